package org.egmpublisher.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.meeting.Area;
import org.egmpublisher.model.meeting.Meeting;
import org.egmpublisher.model.meeting.Session;
import org.egmpublisher.render.document.FigureCatalogue;
import org.egmpublisher.render.document.Formats;
import org.egmpublisher.render.document.ReportBuilder;
import org.egmpublisher.render.markdown.Markdown;

/**
 * The meeting on the site: its overview (introduction, agenda, the Expert Dialogues), one page per
 * Expert Dialogue (framing, questions, breakout outcomes, polls, recommendations) and the page of
 * all recommendations, each linked to the dialogue, group and question it came from.
 */
public final class MeetingPages {

    /** A dialogue as the overview lists it. */
    public record DialogueCard(String id, int number, String title, String date, String guidingQuestion,
                               int outcomes, int polls, int recs) {
    }

    /** A line of the agenda. */
    public record AgendaRow(String date, String time, String sessionId, String session, String item) {
    }

    /** A breakout group's summary, its headings fitted under the group's heading. */
    public record OutcomeBlock(String id, String group, String facilitator, String questions, String html) {
    }

    /** A poll: its chart (with the data table) when there is one, else its table alone. */
    public record PollBlock(String id, String question, int total, List<ReportBuilder.Count> options,
                            String figureHtml) {
    }

    /** A link to a neighbouring dialogue. */
    public record DialogueLink(String id, String label) {
    }

    /**
     * A recommendation with links to where it came from: its dialogue, its breakout group's
     * summary and its question (blank when it has none, e.g. from the plenary).
     */
    public record RecRow(ReportBuilder.RecView rec, String groupHref, String questionHref) {
    }

    /** A filter choice with how many recommendations it keeps. */
    public record Choice(String value, String label, int count) {
    }

    private final SiteOutput output;
    private final Markdown markdown;
    private final ReportBuilder reports;

    MeetingPages(SiteOutput output, Markdown markdown, ReportBuilder reports) {
        this.output = output;
        this.markdown = markdown;
        this.reports = reports;
    }

    void writeAll(Meeting m, HtmlFigures figures) throws IOException {
        List<ReportBuilder.SessionView> sessions = reports.sessions(m);
        overview(m, sessions, figures);
        for (int i = 0; i < sessions.size(); i++) {
            dialogue(sessions, i, figures);
        }
        recommendations(m, figures);
    }

    private void overview(Meeting m, List<ReportBuilder.SessionView> sessions, HtmlFigures figures)
            throws IOException {
        String dates = Formats.dateRange(m.start(), m.end());
        Map<String, Object> model = output.base("meeting/index.html", "The meeting",
                m.title() + ", " + dates + ": the Expert Dialogues, breakout outcomes, polls and recommendations.");
        model.put("current", "meeting");
        model.put("heading", m.title());
        model.put("lead", dates + " · " + m.format() + " · organised by " + m.organiser());
        model.put("introHtml", markdown.toXhtml(m.introduction(), 2));
        model.put("dialogues", sessions.stream().map(s -> new DialogueCard(s.id(), s.number(), s.title(), s.date(),
                s.guidingQuestion(), s.outcomes().size(), s.polls().size(), s.recs().size())).toList());
        model.put("agenda", m.agenda().stream().map(a -> new AgendaRow(Formats.date(a.date()),
                a.start() + "\u2013" + a.end(), a.sessionId(), m.findSession(a.sessionId())
                .map(s -> "Expert Dialogue " + s.number()).orElse(""), a.item())).toList());
        Map<String, Integer> stakeholders = new TreeMap<>();
        m.experts().forEach(e -> stakeholders.merge(e.stakeholderGroup().label(), 1, Integer::sum));
        model.put("experts", m.experts().size());
        model.put("stakeholders", stakeholders.entrySet().stream().map(e -> new Choice(e.getKey(), e.getKey(),
                e.getValue())).toList());
        model.put("recCount", m.recommendations().size());
        model.put("pollCount", m.polls().size());
        StringBuilder trends = new StringBuilder();
        FigureCatalogue.trendsFigures(m).forEach(id -> trends.append(figures.html(id)));
        model.put("trendsHtml", trends.toString());
        output.page("meeting/index.html", "site/meeting.ftlx", model);
        output.index("The meeting: " + m.title(), "meeting/index.html", "The meeting", "meeting agenda experts egm");
    }

    private void dialogue(List<ReportBuilder.SessionView> sessions, int i, HtmlFigures figures)
            throws IOException {
        ReportBuilder.SessionView s = sessions.get(i);
        String path = "meeting/" + s.id() + ".html";
        String title = "Expert Dialogue " + s.number() + ": " + s.title();
        Map<String, Object> model = output.base(path, title, s.guidingQuestion().isBlank() ? title
                : title + ". " + s.guidingQuestion());
        model.put("current", "meeting");
        model.put("s", s);
        model.put("framingHtml", s.framingHtml()); // ReportBuilder fitted its headings from h3 down, as this page needs too
        model.put("outcomes", s.outcomes().stream().map(o -> new OutcomeBlock(o.id(), o.group(), o.facilitator(),
                String.join(", ", o.questions()), o.html())).toList());
        model.put("polls", s.polls().stream().map(p -> new PollBlock(p.id(), p.question(), p.total(), p.options(),
                figures.html("poll-" + p.id()))).toList());
        List<DialogueLink> around = new ArrayList<>();
        if (i > 0) {
            ReportBuilder.SessionView p = sessions.get(i - 1);
            around.add(new DialogueLink(p.id(), "Previous: Expert Dialogue " + p.number() + ", " + p.title()));
        }
        if (i + 1 < sessions.size()) {
            ReportBuilder.SessionView n = sessions.get(i + 1);
            around.add(new DialogueLink(n.id(), "Next: Expert Dialogue " + n.number() + ", " + n.title()));
        }
        model.put("around", around);
        output.page(path, "site/dialogue.ftlx", model);
        output.index(title, path, "The meeting", "dialogue session breakout poll " + s.id());
        for (var o : s.outcomes()) {
            output.index(o.group() + ", Expert Dialogue " + s.number(), path + "#" + o.id(), "Breakout outcome",
                    "breakout group outcome");
        }
        for (var p : s.polls()) {
            output.index(p.question(), path + "#poll-q-" + p.id(), "Poll, Expert Dialogue " + s.number(), "poll vote");
        }
    }

    private void recommendations(Meeting m, HtmlFigures figures) throws IOException {
        Map<String, Object> model = output.base("recommendations.html", "Recommendations",
                "The " + m.recommendations().size() + " recommendations of the " + m.title()
                        + ", by area, index and Expert Dialogue, each with where it came from.");
        model.put("current", "recommendations");
        List<ReportBuilder.RecView> recs = m.recommendations().stream().map(r -> ReportBuilder.rec(m, r)).toList();
        model.put("recs", m.recommendations().stream().map(r -> {
            String page = "meeting/" + r.sessionId() + ".html";
            boolean summarised = !r.groupId().isEmpty() && m.outcomesOf(r.sessionId()).stream()
                    .anyMatch(o -> o.groupId().equals(r.groupId()));
            boolean asked = !r.questionId().isEmpty() && m.questionsOf(r.sessionId()).stream()
                    .anyMatch(q -> q.id().equals(r.questionId()));
            return new RecRow(ReportBuilder.rec(m, r), summarised ? page + "#outcome-" + r.groupId() : "",
                    asked ? page + "#q-" + r.questionId() : "");
        }).toList());
        List<Choice> areas = new ArrayList<>();
        for (Area a : Area.values()) {
            areas.add(new Choice(a.label(), a.label(), (int) recs.stream().filter(r -> r.area().equals(a.label())).count()));
        }
        List<Choice> indices = new ArrayList<>();
        for (IndexName x : IndexName.values()) {
            int n = (int) recs.stream().filter(r -> r.index().equals(x.name())).count();
            if (n > 0) {
                indices.add(new Choice(x.name(), x.name() + " (" + x.title() + ")", n));
            }
        }
        List<Choice> sessions = new ArrayList<>();
        for (Session s : m.sessions()) {
            sessions.add(new Choice(s.id(), "Expert Dialogue " + s.number(),
                    (int) recs.stream().filter(r -> r.sessionId().equals(s.id())).count()));
        }
        model.put("areas", areas);
        model.put("indices", indices);
        model.put("sessions", sessions);
        model.put("figureHtml", figures.html("recs-area-index"));
        output.page("recommendations.html", "site/recommendations.ftlx", model);
        output.index("Recommendations of the meeting", "recommendations.html", "The meeting", "recommendations");
        for (ReportBuilder.RecView r : recs) {
            output.index(r.text(), "recommendations.html#rec-" + r.id(), "Recommendation " + r.id() + ", " + r.session(),
                    (r.area() + " " + r.index()).toLowerCase(Locale.ROOT));
        }
    }
}
