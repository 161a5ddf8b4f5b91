package org.egmpublisher.model.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole meeting. {@code introduction} is Markdown. {@code sample} marks illustrative content,
 * which the report must say in its front matter.
 */
public record Meeting(String title, String subtitle, LocalDate start, LocalDate end, String format,
                      String organiser, String language, List<LocalDate> dryRuns, boolean sample,
                      String introduction, List<AgendaItem> agenda, List<Session> sessions,
                      List<Question> questions, List<Expert> experts, List<Response> responses,
                      List<BreakoutMember> breakouts, List<Outcome> outcomes, List<Poll> polls,
                      List<Recommendation> recommendations) {

    public Meeting {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        dryRuns = List.copyOf(dryRuns);
        agenda = List.copyOf(agenda);
        sessions = List.copyOf(sessions);
        questions = List.copyOf(questions);
        experts = List.copyOf(experts);
        responses = List.copyOf(responses);
        breakouts = List.copyOf(breakouts);
        outcomes = List.copyOf(outcomes);
        polls = List.copyOf(polls);
        recommendations = List.copyOf(recommendations);
    }

    public Optional<Session> findSession(String id) {
        return sessions.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Question> findQuestion(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<Expert> findExpert(String id) {
        return experts.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<Question> questionsOf(String sessionId) {
        return questions.stream().filter(q -> q.sessionId().equals(sessionId)).toList();
    }

    public List<Response> responsesTo(String questionId) {
        return responses.stream().filter(r -> r.questionId().equals(questionId)).toList();
    }

    public List<Outcome> outcomesOf(String sessionId) {
        return outcomes.stream().filter(o -> o.sessionId().equals(sessionId)).toList();
    }

    public List<Poll> pollsOf(String sessionId) {
        return polls.stream().filter(p -> p.sessionId().equals(sessionId)).toList();
    }

    public List<BreakoutMember> membersOf(String groupId) {
        return breakouts.stream().filter(b -> b.groupId().equals(groupId)).toList();
    }
}
