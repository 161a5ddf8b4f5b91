package org.egmpublisher.render.document;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.egmpublisher.model.meeting.BreakoutMember;
import org.egmpublisher.model.meeting.Meeting;
import org.egmpublisher.model.meeting.Question;
import org.egmpublisher.model.meeting.QuestionKind;
import org.egmpublisher.model.meeting.Session;

/**
 * What the report says of a meeting's shape and of its written questionnaires, read from the
 * meeting itself: how many dialogues and breakout groups, which dialogues had a questionnaire
 * answered before the meeting, and which questions and answers have an analysis of their own.
 * Nothing here names a particular meeting's sessions or questions.
 */
final class QuestionnaireAnalysis {

    private static final String[] SMALL = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten"};

    private QuestionnaireAnalysis() {
    }

    /** "three Expert Dialogues", "one Expert Dialogue". */
    static String dialogues(Meeting m) {
        int n = m.sessions().size();
        return (n < SMALL.length ? SMALL[n] : String.valueOf(n)) + (n == 1 ? " Expert Dialogue" : " Expert Dialogues");
    }

    /** How many breakout groups the meeting had. */
    static int breakoutGroups(Meeting m) {
        return (int) m.breakouts().stream().map(BreakoutMember::groupId).distinct().count();
    }

    /** The members of a breakout group, on average, rounded; 0 without breakout groups. */
    static int breakoutSize(Meeting m) {
        int groups = breakoutGroups(m);
        return groups == 0 ? 0 : Math.round((float) m.breakouts().size() / groups);
    }

    /** The dialogues whose pre-meeting questionnaire was answered: "Expert Dialogues 1 and 3"; empty if none. */
    static String answeredInWriting(Meeting m) {
        List<Integer> numbers = m.sessions().stream().filter(s -> m.questionsOf(s.id()).stream()
                        .anyMatch(q -> q.questionnaire() == Question.Questionnaire.PRE_MEETING
                                && !m.responsesTo(q.id()).isEmpty()))
                .map(Session::number).toList();
        if (numbers.isEmpty()) {
            return "";
        }
        List<String> each = numbers.stream().map(String::valueOf).toList();
        String joined = each.size() == 1 ? each.getFirst()
                : String.join(", ", each.subList(0, each.size() - 1)) + " and " + each.getLast();
        return (numbers.size() == 1 ? "Expert Dialogue " : "Expert Dialogues ") + joined;
    }

    /** The questions that asked for ranked trends, in the meeting's order. */
    static List<Question> rankedTrends(Meeting m) {
        return m.questions().stream().filter(q -> q.kind() == QuestionKind.RANKED_TRENDS).toList();
    }

    /**
     * The dialogues whose pre-meeting questionnaire has free-text answers with topics, each with
     * its number (ranked trends, horizons and yes/no questions have analyses of their own).
     */
    static Map<Integer, Session> topicSessions(Meeting m) {
        Map<Integer, Session> out = new TreeMap<>();
        for (Session s : m.sessions()) {
            boolean tagged = m.questionsOf(s.id()).stream()
                    .filter(q -> q.questionnaire() == Question.Questionnaire.PRE_MEETING && q.kind() == QuestionKind.FREE_TEXT)
                    .anyMatch(q -> m.responsesTo(q.id()).stream().anyMatch(r -> !r.tags().isEmpty()));
            if (tagged) {
                out.put(s.number(), s);
            }
        }
        return out;
    }
}
