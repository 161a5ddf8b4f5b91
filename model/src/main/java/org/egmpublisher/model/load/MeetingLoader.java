package org.egmpublisher.model.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.Problems;
import org.egmpublisher.model.meeting.AgendaItem;
import org.egmpublisher.model.meeting.Area;
import org.egmpublisher.model.meeting.BreakoutMember;
import org.egmpublisher.model.meeting.Expert;
import org.egmpublisher.model.meeting.Gender;
import org.egmpublisher.model.meeting.Meeting;
import org.egmpublisher.model.meeting.Outcome;
import org.egmpublisher.model.meeting.Poll;
import org.egmpublisher.model.meeting.Question;
import org.egmpublisher.model.meeting.QuestionKind;
import org.egmpublisher.model.meeting.Recommendation;
import org.egmpublisher.model.meeting.Response;
import org.egmpublisher.model.meeting.Session;
import org.egmpublisher.model.meeting.StakeholderGroup;

/**
 * Reads the {@code meeting/} folder and checks every reference between its files (sessions,
 * questions, experts, groups) and to the survey's countries.
 *
 * <p>When a file that defines ids cannot be read (missing, not UTF-8, broken structure or front
 * matter), references to its ids are not checked: its own problem is reported, and hundreds of
 * "names no known question" lines would only bury it.
 */
public final class MeetingLoader {

    /** The ids one source defines; {@code complete} is false when the source could not be read whole. */
    private record Known(Set<String> ids, boolean complete) {
        boolean has(String id) {
            return !complete || ids.contains(id);
        }
    }

    private final Path root;
    private final Problems problems;
    private final Set<String> countryCodes;
    private final Set<String> questionSet = new java.util.HashSet<>();
    private final Set<String> expertSet = new java.util.HashSet<>();
    private boolean sessionsComplete;
    private boolean questionsComplete;
    private boolean expertsComplete;
    private boolean breakoutsComplete;

    private MeetingLoader(Path root, Problems problems, Set<String> countryCodes) {
        this.root = root;
        this.problems = problems;
        this.countryCodes = countryCodes;
    }

    /**
     * Reads the meeting; {@code countryCodes} are the ISO3 codes experts may come from (empty when
     * {@code survey/countries.csv} could not be read: then experts' countries are not checked).
     */
    public static Meeting load(Path root, Set<String> countryCodes, Problems problems) {
        return new MeetingLoader(root, problems, countryCodes).load();
    }

    private Meeting load() {
        Optional<MarkdownFile> meetingFile = MarkdownFile.read(root, "meeting/meeting.md", problems);
        Set<String> sessionSet = new java.util.HashSet<>();
        List<Session> sessions = sessions(sessionSet);
        Known sessionIds = new Known(sessionSet, sessionsComplete);
        List<Question> questions = questions(sessionIds);
        Map<String, Question> questionById = new HashMap<>();
        questions.forEach(q -> questionById.put(q.id(), q));
        Known questionIds = new Known(questionSet, questionsComplete);
        List<Expert> experts = experts();
        Known expertIds = new Known(expertSet, expertsComplete);
        List<BreakoutMember> breakouts = breakouts(sessionIds, expertIds);
        Set<String> groupSet = breakouts.stream().map(BreakoutMember::groupId).collect(Collectors.toSet());
        Known groupIds = new Known(groupSet, breakoutsComplete);

        String title = "";
        LocalDate start = LocalDate.EPOCH;
        LocalDate end = LocalDate.EPOCH;
        String subtitle = "";
        String format = "";
        String organiser = "";
        String language = "en";
        List<LocalDate> dryRuns = List.of();
        boolean sample = false;
        String introduction = "";
        if (meetingFile.isPresent()) {
            YamlDocument fm = meetingFile.get().frontMatter();
            title = fm.requiredText("title").orElse("");
            subtitle = fm.text("subtitle", "");
            start = fm.date("start").orElse(LocalDate.EPOCH);
            end = fm.date("end").orElse(start);
            if (end.isBefore(start)) {
                fm.error("end", "end " + end + " is before start " + start);
            }
            format = fm.text("format", "");
            organiser = fm.text("organiser", "");
            language = fm.text("language", "en");
            dryRuns = fm.dates("dry_runs");
            sample = fm.bool("sample");
            introduction = meetingFile.get().body();
        }
        return new Meeting(title, subtitle, start, end, format, organiser, language, dryRuns, sample, introduction,
                agenda(sessionIds), sessions, questions, experts, responses(questionById, questionIds, expertIds),
                breakouts, outcomes(sessionIds, groupIds, questionIds, breakouts), polls(sessionIds),
                recommendations(sessionIds, groupIds, questionIds));
    }

    private List<AgendaItem> agenda(Known sessionIds) {
        List<AgendaItem> items = new ArrayList<>();
        CsvTable.read(root, "meeting/agenda.csv", false, List.of("date", "start", "end", "session_id", "item"), problems)
                .ifPresent(table -> {
                    for (CsvRow row : table.rows()) {
                        String session = row.text("session_id");
                        checkRef(row, "session_id", session, sessionIds, "session", true);
                        var date = row.date("date");
                        var from = row.time("start");
                        var to = row.time("end");
                        var item = row.required("item");
                        if (date.isPresent() && from.isPresent() && to.isPresent() && item.isPresent()) {
                            if (to.get().isBefore(from.get())) {
                                row.error("end", "end " + to.get() + " is before start " + from.get());
                            }
                            items.add(new AgendaItem(date.get(), from.get(), to.get(), session, item.get()));
                        }
                    }
                });
        items.sort(Comparator.comparing(AgendaItem::date).thenComparing(AgendaItem::start));
        return items;
    }

    private List<Session> sessions(Set<String> ids) {
        List<Session> sessions = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<String> files = markdownFiles("meeting/sessions", true);
        sessionsComplete = !files.isEmpty();
        for (String file : files) {
            Optional<MarkdownFile> read = MarkdownFile.read(root, file, problems);
            if (read.isEmpty()) {
                sessionsComplete = false;
            }
            read.ifPresent(md -> {
                YamlDocument fm = md.frontMatter();
                Optional<String> id = fm.requiredText("id").filter(v -> validId(fm, "id", v));
                id.ifPresentOrElse(ids::add, () -> sessionsComplete = false);
                Optional<Integer> number = fm.integer("number", 1, 99, 0);
                Optional<Integer> day = fm.integer("day", 1, 31, 1);
                Optional<LocalDate> date = fm.date("date");
                Optional<String> title = fm.requiredText("title");
                if (id.isPresent() && seen.putIfAbsent(id.get(), file) != null) {
                    fm.error("id", "duplicate session id '" + id.get() + "' (also in " + seen.get(id.get()) + ")");
                    return;
                }
                if (id.isPresent() && number.isPresent() && day.isPresent() && date.isPresent() && title.isPresent()) {
                    sessions.add(new Session(id.get(), number.get(), day.get(), date.get(), title.get(),
                            fm.text("short_title", title.get()), fm.text("guiding_question", ""),
                            fm.texts("presentations"), md.body(), file));
                }
            });
        }
        sessions.sort(Comparator.comparingInt(Session::number).thenComparing(Session::id));
        return sessions;
    }

    private List<Question> questions(Known sessionIds) {
        List<String> columns = List.of("question_id", "session_id", "questionnaire", "number", "kind", "text");
        Optional<CsvTable> table = CsvTable.read(root, "meeting/questions.csv", true, columns, problems);
        questionsComplete = table.isPresent() && table.get().complete();
        if (table.isEmpty()) {
            return List.of();
        }
        List<CsvRow> rows = table.get().unique("question_id", problems);
        Set<String> ids = rows.stream().map(r -> r.text("question_id")).collect(Collectors.toSet());
        questionSet.addAll(ids);
        Known parents = new Known(ids, questionsComplete);
        List<Question> questions = new ArrayList<>();
        for (CsvRow row : rows) {
            var id = row.id("question_id");
            var session = row.required("session_id").filter(s -> checkRef(row, "session_id", s, sessionIds, "session", false));
            var questionnaire = row.choice("questionnaire", Question.Questionnaire.class, Question.Questionnaire::code);
            String number = row.text("number");
            var kind = row.choice("kind", QuestionKind.class, QuestionKind::code);
            var text = row.required("text");
            String parent = row.text("parent_id");
            boolean parentOk = checkRef(row, "parent_id", parent, parents, "question", true);
            if (id.isPresent() && session.isPresent() && questionnaire.isPresent() 
                    && kind.isPresent() && text.isPresent() && parentOk) {
                questions.add(new Question(id.get(), session.get(), questionnaire.get(), number, kind.get(),
                        parent, text.get()));
            }
        }
        return questions;
    }

    private List<Expert> experts() {
        List<String> columns = List.of("expert_id", "display_name", "affiliation", "stakeholder_group", "country_iso3",
                "gender", "consent_public");
        Optional<CsvTable> table = CsvTable.read(root, "meeting/experts.csv", true, columns, problems);
        expertsComplete = table.isPresent() && table.get().complete();
        if (table.isEmpty()) {
            return List.of();
        }
        List<Expert> experts = new ArrayList<>();
        Known countries = new Known(countryCodes, !countryCodes.isEmpty());
        for (CsvRow row : table.get().unique("expert_id", problems)) {
            expertSet.add(row.text("expert_id"));
            var id = row.id("expert_id");
            var name = row.required("display_name");
            var group = row.choice("stakeholder_group", StakeholderGroup.class, StakeholderGroup::code);
            var country = row.required("country_iso3")
                    .filter(c -> checkRef(row, "country_iso3", c, countries, "country (survey/countries.csv)", false));
            var gender = row.choice("gender", Gender.class, Gender::code);
            var consent = row.bool("consent_public");
            if (id.isPresent() && name.isPresent() && group.isPresent() && country.isPresent() && gender.isPresent()
                    && consent.isPresent()) {
                experts.add(new Expert(id.get(), name.get(), row.text("affiliation"), group.get(), country.get(),
                        gender.get(), consent.get()));
            }
        }
        experts.sort(Comparator.comparing(Expert::id));
        return experts;
    }

    private List<Response> responses(Map<String, Question> questions, Known questionIds, Known expertIds) {
        List<String> columns = List.of("expert_id", "question_id", "item", "answer");
        Optional<CsvTable> table = CsvTable.read(root, "meeting/responses.csv", false, columns, problems);
        if (table.isEmpty()) {
            return List.of();
        }
        List<Response> responses = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : table.get().rows()) {
            var expert = row.required("expert_id").filter(e -> checkRef(row, "expert_id", e, expertIds, "expert", false));
            var questionId = row.required("question_id")
                    .filter(q -> checkRef(row, "question_id", q, questionIds, "question", false));
            var answer = row.required("answer");
            if (expert.isEmpty() || questionId.isEmpty() || answer.isEmpty()) {
                continue;
            }
            Question question = questions.get(questionId.get());
            if (question == null) {
                continue; // its row in meeting/questions.csv has a problem of its own, already reported
            }
            Optional<Integer> item = item(row, question);
            if (item.isEmpty()) {
                continue;
            }
            if (question.kind() == QuestionKind.YES_NO && !answer.get().matches("(?i)yes|no")) {
                row.error("answer", "answer '" + answer.get() + "' to yes/no question " + question.id() + " must be yes or no");
                continue;
            }
            String key = expert.get() + "|" + question.id() + "|" + item.get();
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                row.error("answer", "expert " + expert.get() + " already answered " + question.id()
                        + (item.get() > 0 ? " item " + item.get() : "") + " at line " + first);
                continue;
            }
            responses.add(new Response(expert.get(), question.id(), item.get(), answer.get(), row.text("why"),
                    row.list("tags"), table.get().file(), row.line()));
        }
        return responses;
    }

    private Optional<Integer> item(CsvRow row, Question question) {
        return switch (question.kind()) {
            case RANKED_TRENDS -> row.integer("item", 1, 4);
            case HORIZON -> row.integer("item", 5, 20).filter(h -> {
                if (h != 5 && h != 10 && h != 20) {
                    row.error("item", "item " + h + " is not a horizon; expected 5, 10 or 20 (years)");
                    return false;
                }
                return true;
            });
            case STEM -> {
                row.error("question_id", "question " + question.id() + " only introduces its sub-questions; answer those");
                yield Optional.empty();
            }
            case FREE_TEXT, YES_NO -> {
                if (!row.text("item").isEmpty()) {
                    row.error("item", "item must be empty for " + question.kind().code() + " question " + question.id());
                    yield Optional.empty();
                }
                yield Optional.of(0);
            }
        };
    }

    private List<BreakoutMember> breakouts(Known sessionIds, Known expertIds) {
        List<String> columns = List.of("session_id", "group_id", "expert_id", "role");
        Optional<CsvTable> table = CsvTable.read(root, "meeting/breakouts.csv", false, columns, problems);
        breakoutsComplete = table.map(CsvTable::complete).orElse(!Files.exists(root.resolve("meeting/breakouts.csv")));
        if (table.isEmpty()) {
            return List.of();
        }
        List<BreakoutMember> members = new ArrayList<>();
        Map<String, Integer> placed = new HashMap<>();
        Map<String, Integer> facilitators = new LinkedHashMap<>();
        Map<String, CsvRow> firstRowOfGroup = new LinkedHashMap<>();
        for (CsvRow row : table.get().rows()) {
            var session = row.required("session_id").filter(s -> checkRef(row, "session_id", s, sessionIds, "session", false));
            var group = row.id("group_id");
            var expert = row.required("expert_id").filter(e -> checkRef(row, "expert_id", e, expertIds, "expert", false));
            var role = row.choice("role", BreakoutMember.Role.class, BreakoutMember.Role::code);
            if (session.isEmpty() || group.isEmpty() || expert.isEmpty() || role.isEmpty()) {
                continue;
            }
            Integer first = placed.putIfAbsent(session.get() + "|" + expert.get(), row.line());
            if (first != null) {
                row.error("expert_id", "expert " + expert.get() + " is already in a group of " + session.get()
                        + " (line " + first + ")");
                continue;
            }
            firstRowOfGroup.putIfAbsent(group.get(), row);
            if (role.get() == BreakoutMember.Role.FACILITATOR) {
                facilitators.merge(group.get(), 1, Integer::sum);
            }
            members.add(new BreakoutMember(session.get(), group.get(), expert.get(), role.get()));
        }
        firstRowOfGroup.forEach((group, row) -> {
            int n = facilitators.getOrDefault(group, 0);
            if (n != 1) {
                row.error("group_id", "group " + group + " has " + n + " facilitators; expected exactly one");
            }
        });
        return members;
    }

    private List<Outcome> outcomes(Known sessionIds, Known groupIds, Known questions, List<BreakoutMember> breakouts) {
        List<Outcome> outcomes = new ArrayList<>();
        for (String file : markdownFiles("meeting/outcomes", false)) {
            MarkdownFile.read(root, file, problems).ifPresent(md -> {
                YamlDocument fm = md.frontMatter();
                var session = fm.requiredText("session").filter(s -> checkRef(fm, "session", s, sessionIds, "session"));
                var group = fm.requiredText("group").filter(g -> checkRef(fm, "group", g, groupIds,
                        "breakout group (meeting/breakouts.csv)"));
                String facilitator = fm.text("facilitator", "");
                boolean facilitatorOk = facilitator.isEmpty() || group.isEmpty() || breakouts.stream().anyMatch(b ->
                        b.groupId().equals(group.get()) && b.expertId().equals(facilitator)
                                && b.role() == BreakoutMember.Role.FACILITATOR);
                if (!facilitatorOk) {
                    // A warning: groups may be redrawn (egm assign-breakouts) after outcomes were written.
                    fm.warning("facilitator", "'" + facilitator + "' is not the facilitator of group " + group.get()
                            + " in meeting/breakouts.csv");
                }
                List<String> qs = fm.texts("questions");
                boolean questionsOk = qs.stream().allMatch(q -> checkRef(fm, "questions", q, questions, "question"));
                if (session.isPresent() && group.isPresent() && questionsOk) {
                    outcomes.add(new Outcome(session.get(), group.get(), facilitator, qs, md.body(), file));
                }
            });
        }
        outcomes.sort(Comparator.comparing(Outcome::sessionId).thenComparing(Outcome::groupId));
        return outcomes;
    }

    private List<Poll> polls(Known sessionIds) {
        List<String> columns = List.of("poll_id", "session_id", "question", "option", "votes");
        Optional<CsvTable> table = CsvTable.read(root, "meeting/polls.csv", false, columns, problems);
        if (table.isEmpty()) {
            return List.of();
        }
        record Head(String session, String question, int line) {
        }
        Map<String, Head> heads = new LinkedHashMap<>();
        Map<String, List<Poll.Option>> options = new LinkedHashMap<>();
        for (CsvRow row : table.get().rows()) {
            var id = row.id("poll_id");
            var session = row.required("session_id").filter(s -> checkRef(row, "session_id", s, sessionIds, "session", false));
            var question = row.required("question");
            var option = row.required("option");
            var votes = row.integer("votes", 0, 1_000_000);
            if (id.isEmpty() || session.isEmpty() || question.isEmpty() || option.isEmpty() || votes.isEmpty()) {
                continue;
            }
            Head head = heads.computeIfAbsent(id.get(), k -> new Head(session.get(), question.get(), row.line()));
            if (!head.session().equals(session.get()) || !head.question().equals(question.get())) {
                row.error("question", "poll " + id.get() + " has another session or question than at line " + head.line());
                continue;
            }
            List<Poll.Option> list = options.computeIfAbsent(id.get(), k -> new ArrayList<>());
            if (list.stream().anyMatch(o -> o.label().equals(option.get()))) {
                row.error("option", "option '" + option.get() + "' appears twice in poll " + id.get());
                continue;
            }
            list.add(new Poll.Option(option.get(), votes.get()));
        }
        List<Poll> polls = new ArrayList<>();
        heads.forEach((id, h) -> polls.add(new Poll(id, h.session(), h.question(), options.get(id))));
        return polls;
    }

    private List<Recommendation> recommendations(Known sessionIds, Known groupIds, Known questions) {
        List<String> columns = List.of("rec_id", "session_id", "group_id", "question_id", "area", "index", "text", "support");
        Optional<CsvTable> table = CsvTable.read(root, "meeting/recommendations.csv", false, columns, problems);
        if (table.isEmpty()) {
            return List.of();
        }
        List<Recommendation> recs = new ArrayList<>();
        for (CsvRow row : table.get().unique("rec_id", problems)) {
            var id = row.id("rec_id");
            var session = row.required("session_id").filter(s -> checkRef(row, "session_id", s, sessionIds, "session", false));
            String group = row.text("group_id");
            boolean groupOk = checkRef(row, "group_id", group, groupIds, "breakout group (meeting/breakouts.csv)", true);
            String questionId = row.text("question_id");
            boolean questionOk = checkRef(row, "question_id", questionId, questions, "question", true);
            var area = row.choice("area", Area.class, Area::label);
            var index = row.choice("index", IndexName.class, IndexName::name);
            var text = row.required("text");
            var support = row.integer("support", 0, 10_000);
            if (id.isPresent() && session.isPresent() && groupOk && questionOk && area.isPresent() && index.isPresent()
                    && text.isPresent() && support.isPresent()) {
                if (!group.isEmpty() && !group.startsWith(session.get() + "-")) {
                    row.error("group_id", "group " + group + " does not belong to session " + session.get());
                    continue;
                }
                recs.add(new Recommendation(id.get(), session.get(), group, questionId, area.get(), index.get(), text.get(),
                        support.get(), table.get().file(), row.line()));
            }
        }
        return recs;
    }

    private boolean checkRef(CsvRow row, String column, String value, Known known, String what, boolean optional) {
        if (value.isEmpty() && optional) {
            return true;
        }
        if (!known.has(value)) {
            row.error(column, column + " '" + value + "' names no known " + what + knownList(known.ids()));
            return false;
        }
        return true;
    }

    private boolean checkRef(YamlDocument fm, String key, String value, Known known, String what) {
        if (!known.has(value)) {
            fm.error(key, key + " '" + value + "' names no known " + what + knownList(known.ids()));
            return false;
        }
        return true;
    }

    private static String knownList(Set<String> known) {
        List<String> sorted = known.stream().sorted().toList();
        return sorted.isEmpty() || sorted.size() > 12 ? "" : "; known: " + String.join(", ", sorted);
    }

    private static boolean validId(YamlDocument fm, String key, String value) {
        if (!value.matches("[a-z0-9][a-z0-9-]*")) {
            fm.error(key, key + " '" + value + "' is not an id: use lower-case letters, digits and '-'");
            return false;
        }
        return true;
    }

    private List<String> markdownFiles(String folder, boolean required) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            if (required) {
                problems.error(folder, 0, 0, "folder is missing");
            }
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> found = files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .map(p -> folder + "/" + p.getFileName()).sorted().toList();
            if (found.isEmpty() && required) {
                problems.error(folder, 0, 0, "folder has no .md files");
            }
            return found;
        } catch (IOException e) {
            problems.error(folder, 0, 0, "cannot be listed: " + e.getMessage());
            return List.of();
        }
    }
}
