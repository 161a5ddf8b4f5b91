package org.egmpublisher.scoring.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.egmpublisher.model.meeting.Meeting;
import org.egmpublisher.model.meeting.Question;
import org.egmpublisher.model.meeting.QuestionKind;
import org.egmpublisher.model.meeting.Response;

/**
 * The questionnaire analysis of a meeting: the most cited trends, the opportunities and challenges
 * matrix by time horizon, and the yes/no tallies with their follow-up answers.
 */
public final class MeetingAnalysis {

    /** Quotes kept per tag: enough to show the range of views, few enough to read. */
    static final int QUOTES = 3;

    /** Tag × horizon counts of one horizon question; {@code horizons} in ascending years. */
    public record HorizonMatrix(Question question, List<Integer> horizons, Map<String, Map<Integer, Integer>> counts) {

        /** The count of answers with {@code tag} at {@code horizon} years. */
        public int count(String tag, int horizon) {
            return counts.getOrDefault(tag, Map.of()).getOrDefault(horizon, 0);
        }

        public List<String> tags() {
            return List.copyOf(counts.keySet());
        }
    }

    /** Yes/no answers to one question and the answers to its follow-up. */
    public record YesNo(Question question, int yes, int no, List<Response> followUps) {
        public YesNo {
            followUps = List.copyOf(followUps);
        }
    }

    private MeetingAnalysis() {
    }

    /**
     * Tags of the answers to {@code questionId}, most cited first (by answers, then score, then tag).
     */
    public static List<TagCount> tags(Meeting meeting, String questionId) {
        Question q = meeting.findQuestion(questionId).orElseThrow(() -> new IllegalArgumentException(
                "no question '" + questionId + "'"));
        return count(meeting.responsesTo(questionId), q.kind() == QuestionKind.RANKED_TRENDS);
    }

    /**
     * Tags over every free-text answer of a session's pre-meeting questionnaire: ranked trends,
     * horizons and yes/no questions are analysed on their own ({@link #tags}, {@link #horizons},
     * {@link #yesNo}).
     */
    public static List<TagCount> sessionTags(Meeting meeting, String sessionId) {
        Set<String> ids = new HashSet<>();
        meeting.questionsOf(sessionId).stream().filter(q -> q.questionnaire() == Question.Questionnaire.PRE_MEETING
                        && q.kind() == QuestionKind.FREE_TEXT)
                .forEach(q -> ids.add(q.id()));
        return count(meeting.responses().stream().filter(r -> ids.contains(r.questionId())).toList(), false);
    }

    static List<TagCount> count(List<Response> responses, boolean ranked) {
        Map<String, List<Response>> byTag = new TreeMap<>();
        for (Response r : responses) {
            for (String tag : r.tags()) {
                byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(r);
            }
        }
        List<TagCount> out = new ArrayList<>();
        byTag.forEach((tag, list) -> {
            int score = list.stream().mapToInt(r -> ranked && r.item() > 0 ? 5 - r.item() : 1).sum();
            int experts = (int) list.stream().map(Response::expertId).distinct().count();
            List<TagCount.Quote> quotes = list.stream()
                    .sorted(Comparator.comparingInt((Response r) -> ranked ? r.item() : 0).thenComparing(Response::expertId))
                    .limit(QUOTES)
                    .map(r -> new TagCount.Quote(r.expertId(), r.answer(), r.why(), r.file() + ":" + r.line()))
                    .toList();
            out.add(new TagCount(tag, list.size(), experts, score, quotes));
        });
        out.sort(Comparator.comparingInt(TagCount::answers).reversed().thenComparing(Comparator.comparingInt(TagCount::score)
                .reversed()).thenComparing(TagCount::tag));
        return List.copyOf(out);
    }

    /** The tag × horizon matrix of every horizon question of the meeting, in question order. */
    public static List<HorizonMatrix> horizons(Meeting meeting) {
        List<HorizonMatrix> out = new ArrayList<>();
        for (Question q : meeting.questions()) {
            if (q.kind() != QuestionKind.HORIZON) {
                continue;
            }
            Map<String, Map<Integer, Integer>> counts = new TreeMap<>();
            Set<Integer> horizons = new java.util.TreeSet<>(List.of(5, 10, 20));
            for (Response r : meeting.responsesTo(q.id())) {
                horizons.add(r.item());
                for (String tag : r.tags()) {
                    counts.computeIfAbsent(tag, k -> new HashMap<>()).merge(r.item(), 1, Integer::sum);
                }
            }
            Map<String, Map<Integer, Integer>> ordered = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, Map<Integer, Integer>> e) -> -e.getValue().values()
                            .stream().mapToInt(Integer::intValue).sum()).thenComparing(Map.Entry::getKey))
                    .forEach(e -> ordered.put(e.getKey(), Map.copyOf(e.getValue())));
            out.add(new HorizonMatrix(q, List.copyOf(horizons), ordered));
        }
        return out;
    }

    /** Yes/no tallies, with the answers to each question's follow-ups. */
    public static List<YesNo> yesNo(Meeting meeting) {
        List<YesNo> out = new ArrayList<>();
        for (Question q : meeting.questions()) {
            if (q.kind() != QuestionKind.YES_NO) {
                continue;
            }
            List<Response> answers = meeting.responsesTo(q.id());
            int yes = (int) answers.stream().filter(r -> r.answer().equalsIgnoreCase("yes")).count();
            List<Response> followUps = meeting.questions().stream().filter(f -> f.parentId().equals(q.id()))
                    .flatMap(f -> meeting.responsesTo(f.id()).stream()).toList();
            out.add(new YesNo(q, yes, answers.size() - yes, followUps));
        }
        return out;
    }
}
