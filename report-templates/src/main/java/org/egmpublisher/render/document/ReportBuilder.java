package org.egmpublisher.render.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.meeting.Area;
import org.egmpublisher.model.meeting.Expert;
import org.egmpublisher.model.meeting.Meeting;
import org.egmpublisher.model.meeting.Poll;
import org.egmpublisher.model.meeting.Question;
import org.egmpublisher.model.meeting.Recommendation;
import org.egmpublisher.model.meeting.Session;
import org.egmpublisher.model.survey.Survey;
import org.egmpublisher.render.html.Templates;
import org.egmpublisher.render.markdown.Markdown;
import org.egmpublisher.scoring.meeting.Consolidation;
import org.egmpublisher.scoring.meeting.MeetingAnalysis;
import org.egmpublisher.scoring.meeting.TagCount;

/**
 * Builds the EGM report's content from the meeting: introduction and organisation of work, one
 * chapter per Expert Dialogue, the recommendations by area and by index, and the annexes.
 */
public final class ReportBuilder {

    /** A label and a count, for the small tables of the report. */
    public record Count(String label, int count, String share) {
    }

    /** A question as printed. */
    public record QuestionView(String id, String number, String text, String kind, boolean sub) {
    }

    /** The questions of one instrument. */
    public record QuestionnaireView(String title, List<QuestionView> questions) {
    }

    /** A breakout group's summary. */
    public record OutcomeView(String id, String group, String facilitator, List<String> questions, String html) {
    }

    /** A poll with each option's share. */
    public record PollView(String id, String question, int total, List<Count> options) {
    }

    /** A recommendation with where it came from. */
    public record RecView(String id, String text, String area, String index, int support, String sessionId,
                          String session, String group, String question, String source) {
    }

    /** Recommendations under one heading (an area or an index). */
    public record RecGroup(String id, String title, List<RecView> recs) {
    }

    /** One Expert Dialogue. */
    public record SessionView(String id, int number, String title, String date, String framingHtml,
                              String guidingQuestion, List<String> presentations, List<QuestionnaireView> questionnaires,
                              List<OutcomeView> outcomes, List<PollView> polls, List<RecView> recs) {
    }

    /** A participant as the annex lists them. */
    public record ParticipantView(String id, String name, String affiliation, String stakeholder, String country,
                                  String region) {
    }

    /** An agenda line. */
    public record AgendaView(String date, String time, String session, String item) {
    }

    private final Templates templates;
    private final Markdown markdown;

    public ReportBuilder(Templates templates, Markdown markdown) {
        this.templates = templates;
        this.markdown = markdown;
    }

    /** A cited topic with its counts and quotes. */
    public record TagView(String tag, String label, int answers, int experts, int score, List<QuoteView> quotes) {
    }

    /** A quoted answer. */
    public record QuoteView(String expert, String text, String why) {
    }

    /** One row of a horizon matrix. */
    public record HorizonRow(String label, List<Integer> counts, int total) {
    }

    /** A ranked-trends question, the topics of its answers, and the id of their figure. */
    public record TrendsView(String id, String number, String text, List<TagView> tags, String figure) {
    }

    /** The topics of the free-text answers to one dialogue's written questionnaire. */
    public record TopicsView(String id, int number, String title, List<TagView> tags) {
    }

    /** A horizon question's matrix. */
    public record HorizonView(String id, String number, String text, List<Integer> horizons, List<HorizonRow> rows) {
    }

    /** A yes/no tally. */
    public record YesNoView(String number, String text, int yes, int no, List<QuoteView> followUps) {
    }

    /** A consolidated recommendation and where each of its originals came from. */
    public record ConsolidatedView(String id, String text, String area, String index, int support, List<RecView> sources) {
    }

    public DocumentContent build(Project project, Map<String, DocumentFigure> figures) {
        Meeting m = project.meeting();
        Survey survey = project.survey();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("meeting", m);
        model.put("dates", Formats.dateRange(m.start(), m.end()));
        model.put("introHtml", markdown.toXhtml(m.introduction(), 2));
        model.put("participants", m.experts().size());
        model.put("dialogues", QuestionnaireAnalysis.dialogues(m));
        model.put("breakoutGroups", QuestionnaireAnalysis.breakoutGroups(m));
        model.put("breakoutSize", QuestionnaireAnalysis.breakoutSize(m));
        model.put("answeredInWriting", QuestionnaireAnalysis.answeredInWriting(m));
        model.put("byRegion", counts(m.experts(), e -> survey.findCountry(e.countryIso3()).map(c -> c.region()).orElse("–")));
        model.put("byGender", counts(m.experts(), e -> e.gender().label()));
        model.put("byStakeholder", counts(m.experts(), e -> e.stakeholderGroup().label()));
        model.put("agenda", m.agenda().stream().map(a -> new AgendaView(Formats.date(a.date()),
                a.start() + "\u2013" + a.end(), m.findSession(a.sessionId()).map(Session::shortTitle).orElse(""),
                a.item())).toList());
        model.put("sessions", sessions(m));
        List<RecView> recs = m.recommendations().stream().map(r -> rec(m, r)).toList();
        model.put("byArea", groups(recs, RecView::area, "area-"));
        model.put("byIndex", groups(recs, RecView::index, "index-"));
        model.put("recCount", recs.size());
        model.put("participantList", m.experts().stream().map(e -> participant(survey, e)).toList());
        model.put("allQuestions", m.sessions().stream().map(s -> questionnaires(m, s)).toList());
        model.put("figures", figures);
        model.put("trends", QuestionnaireAnalysis.rankedTrends(m).stream()
                .map(q -> new TrendsView(q.id(), q.number(), q.text(), tags(m, q.id()), FigureCatalogue.trendsFigure(q)))
                .filter(t -> !t.tags().isEmpty()).toList());
        model.put("topics", QuestionnaireAnalysis.topicSessions(m).values().stream()
                .map(s -> new TopicsView(s.id(), s.number(), s.shortTitle(), sessionTags(m, s.id()))).toList());
        model.put("horizons", MeetingAnalysis.horizons(m).stream().map(ReportBuilder::horizon).toList());
        model.put("yesNo", MeetingAnalysis.yesNo(m).stream().map(y -> new YesNoView(y.question().number(),
                y.question().text(), y.yes(), y.no(), y.followUps().stream().map(r -> quote(m, r.expertId(), r.answer(), ""))
                        .toList())).toList());
        model.put("consolidated", Consolidation.of(m.recommendations()).stream().map(c -> new ConsolidatedView(c.id(),
                c.text(), c.area().label(), c.index().name(), c.support(), c.sources().stream().map(r -> rec(m, r)).toList()))
                .toList());
        String body = templates.render("report-body.ftlx", model);
        List<String> front = new ArrayList<>();
        front.add("Report of the " + m.title() + ", " + Formats.dateRange(m.start(), m.end()) + ", " + m.format() + ".");
        if (m.sample()) {
            front.add("Sample content: the participants of this report are pseudonymous and their answers, "
                    + "breakout outcomes, polls and recommendations are illustrative, written to show how EGM Publisher "
                    + "publishes a meeting.");
        }
        front.add("The designations employed and the presentation of the material in this publication do not imply "
                + "the expression of any opinion whatsoever on the part of the United Nations concerning the legal status "
                + "of any country or territory or of its authorities.");
        return DocumentContent.of("egm-report", "Report of the " + m.title(), m.subtitle(), m.language(),
                "EGM report \u2014 " + Formats.dateRange(m.start(), m.end()), front, body, figures);
    }

    /** The Expert Dialogues as the report and the site show them. */
    public List<SessionView> sessions(Meeting m) {
        return m.sessions().stream().map(s -> session(m, s)).toList();
    }

    /** The tags of one question's answers. */
    static List<TagView> tags(Meeting m, String questionId) {
        return MeetingAnalysis.tags(m, questionId).stream().map(t -> tagView(m, t)).toList();
    }

    static List<TagView> sessionTags(Meeting m, String sessionId) {
        return MeetingAnalysis.sessionTags(m, sessionId).stream().map(t -> tagView(m, t)).toList();
    }

    private static TagView tagView(Meeting m, TagCount t) {
        return new TagView(t.tag(), t.label(), t.answers(), t.experts(), t.score(), t.quotes().stream()
                .map(q -> quote(m, q.expertId(), q.text(), q.why())).toList());
    }

    private static QuoteView quote(Meeting m, String expertId, String text, String why) {
        return new QuoteView(m.findExpert(expertId).map(Expert::publicName).orElse(expertId), text, why);
    }

    private static HorizonView horizon(MeetingAnalysis.HorizonMatrix h) {
        List<HorizonRow> rows = h.tags().stream().map(t -> {
            List<Integer> counts = h.horizons().stream().map(y -> h.count(t, y)).toList();
            return new HorizonRow(new TagCount(t, 0, 0, 0, List.of()).label(), counts,
                    counts.stream().mapToInt(Integer::intValue).sum());
        }).toList();
        return new HorizonView(h.question().id(), h.question().number(), h.question().text(), h.horizons(), rows);
    }

    private SessionView session(Meeting m, Session s) {
        List<OutcomeView> outcomes = m.outcomesOf(s.id()).stream().map(o -> new OutcomeView("outcome-" + o.groupId(),
                groupLabel(o.groupId()), m.findExpert(o.facilitatorId()).map(Expert::publicName).orElse("–"),
                o.questionIds().stream().map(q -> m.findQuestion(q).map(Question::number).orElse(q)).toList(),
                markdown.toXhtml(o.summary(), 4))).toList();
        List<PollView> polls = m.pollsOf(s.id()).stream().map(ReportBuilder::poll).toList();
        List<RecView> recs = m.recommendations().stream().filter(r -> r.sessionId().equals(s.id()))
                .map(r -> rec(m, r)).toList();
        return new SessionView(s.id(), s.number(), s.title(), Formats.date(s.date()), markdown.toXhtml(s.framing(), 3),
                s.guidingQuestion(), s.presentations(), questionnaires(m, s).questionnaires(), outcomes, polls, recs);
    }

    /** The questions of a session grouped by instrument. */
    private QuestionnaireGroup questionnaires(Meeting m, Session s) {
        Map<Question.Questionnaire, List<QuestionView>> by = new TreeMap<>();
        for (Question q : m.questionsOf(s.id())) {
            by.computeIfAbsent(q.questionnaire(), k -> new ArrayList<>()).add(new QuestionView(q.id(), q.number(),
                    q.text(), q.kind().code(), q.hasParent()));
        }
        List<QuestionnaireView> list = new ArrayList<>();
        by.forEach((k, v) -> list.add(new QuestionnaireView(k.title(), v)));
        return new QuestionnaireGroup(s.id(), "Expert Dialogue " + s.number() + ": " + s.title(), list);
    }

    /** A session's questionnaires, for the annex. */
    public record QuestionnaireGroup(String id, String title, List<QuestionnaireView> questionnaires) {
    }

    static PollView poll(Poll p) {
        int total = p.totalVotes();
        return new PollView(p.id(), p.question(), total, p.options().stream()
                .map(o -> new Count(o.label(), o.votes(), Formats.percent(o.votes(), total))).toList());
    }

    public static RecView rec(Meeting m, Recommendation r) {
        String session = m.findSession(r.sessionId()).map(s -> "Expert Dialogue " + s.number()).orElse(r.sessionId());
        String group = r.groupId().isEmpty() ? "Plenary" : groupLabel(r.groupId());
        String question = r.questionId().isEmpty() ? "" : m.findQuestion(r.questionId())
                .map(q -> "question " + q.number()).orElse(r.questionId());
        return new RecView(r.id(), r.text(), r.area().label(), r.index().name(), r.support(), r.sessionId(), session,
                group, question,
                r.file() + ":" + r.line());
    }

    static String groupLabel(String groupId) {
        int g = groupId.lastIndexOf("-g");
        return g < 0 ? groupId : "Group " + groupId.substring(g + 2);
    }

    private static List<RecGroup> groups(List<RecView> recs, Function<RecView, String> key, String prefix) {
        Map<String, List<RecView>> by = new LinkedHashMap<>();
        if (prefix.equals("area-")) {
            for (Area a : Area.values()) {
                by.put(a.label(), new ArrayList<>());
            }
        }
        recs.stream().sorted(Comparator.comparing(key)).forEach(r -> by.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        List<RecGroup> out = new ArrayList<>();
        by.forEach((k, v) -> out.add(new RecGroup(prefix + k.toLowerCase(java.util.Locale.ROOT), k, v)));
        return out;
    }

    private static ParticipantView participant(Survey survey, Expert e) {
        var country = survey.findCountry(e.countryIso3());
        return new ParticipantView(e.id(), e.publicName(), e.affiliation(), e.stakeholderGroup().label(),
                country.map(c -> c.name()).orElse(e.countryIso3()), country.map(c -> c.region()).orElse(""));
    }

    static <T> List<Count> counts(List<T> items, Function<T, String> key) {
        Map<String, Integer> by = new TreeMap<>();
        items.forEach(i -> by.merge(key.apply(i), 1, Integer::sum));
        List<Count> out = new ArrayList<>();
        by.forEach((k, v) -> out.add(new Count(k, v, Formats.percent(v, items.size()))));
        return out;
    }
}
