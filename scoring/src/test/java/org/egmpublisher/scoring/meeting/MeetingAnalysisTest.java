package org.egmpublisher.scoring.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class MeetingAnalysisTest {

    @Test
    void trendTagsAreCountedFromEveryAnswerMostCitedFirst() {
        Map<String, Integer> expected = new HashMap<>();
        for (CSVRecord r : BundledMeeting.rows("meeting/responses.csv")) {
            if (r.get("question_id").equals("s1-q1")) {
                Arrays.stream(r.get("tags").split(";")).map(String::strip).filter(t -> !t.isEmpty())
                        .forEach(t -> expected.merge(t, 1, Integer::sum));
            }
        }
        List<TagCount> tags = MeetingAnalysis.tags(BundledMeeting.PROJECT.meeting(), "s1-q1");
        assertEquals(expected.size(), tags.size());
        tags.forEach(t -> assertEquals(expected.get(t.tag()), t.answers(), t.tag()));
        int max = expected.values().stream().max(Integer::compare).orElseThrow();
        assertEquals(max, tags.get(0).answers(), "most cited first");
        assertTrue(tags.get(0).quotes().size() <= MeetingAnalysis.QUOTES && !tags.get(0).quotes().isEmpty());
    }

    @Test
    void rankedTrendsScoreAFirstPlaceAboveAFourth() {
        List<TagCount> tags = MeetingAnalysis.tags(BundledMeeting.PROJECT.meeting(), "s1-q1");
        for (TagCount t : tags) {
            assertTrue(t.score() >= t.answers() && t.score() <= 4 * t.answers(), t.toString());
        }
        assertEquals("Artificial intelligence", new TagCount("artificial-intelligence", 1, 1, 1, List.of()).label());
    }

    @Test
    void horizonMatrixCountsEveryTaggedAnswerOnce() {
        var matrices = MeetingAnalysis.horizons(BundledMeeting.PROJECT.meeting());
        assertEquals(List.of("s1-q2", "s1-q3"), matrices.stream().map(m -> m.question().id()).toList());
        for (var m : matrices) {
            int tagged = 0;
            for (CSVRecord r : BundledMeeting.rows("meeting/responses.csv")) {
                if (r.get("question_id").equals(m.question().id())) {
                    tagged += (int) Arrays.stream(r.get("tags").split(";")).filter(t -> !t.isBlank()).count();
                }
            }
            int total = m.tags().stream().mapToInt(t -> m.horizons().stream().mapToInt(h -> m.count(t, h)).sum()).sum();
            assertEquals(tagged, total, m.question().id());
            assertEquals(List.of(5, 10, 20), m.horizons());
        }
    }

    @Test
    void yesNoTallyMatchesTheAnswersAndKeepsTheFollowUps() {
        var tallies = MeetingAnalysis.yesNo(BundledMeeting.PROJECT.meeting());
        assertEquals(1, tallies.size());
        long yes = BundledMeeting.rows("meeting/responses.csv").stream()
                .filter(r -> r.get("question_id").equals("s1-f1") && r.get("answer").equalsIgnoreCase("yes")).count();
        long followUps = BundledMeeting.rows("meeting/responses.csv").stream()
                .filter(r -> r.get("question_id").equals("s1-f2")).count();
        assertEquals(yes, tallies.get(0).yes());
        assertEquals(30 - yes, tallies.get(0).no());
        assertEquals(followUps, tallies.get(0).followUps().size());
    }
}
