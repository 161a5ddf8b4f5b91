package org.egmpublisher.scoring.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.meeting.Area;
import org.egmpublisher.model.meeting.Recommendation;
import org.junit.jupiter.api.Test;

class ConsolidationTest {

    @Test
    void duplicatesAcrossGroupsAreMergedWithSupportSummed() {
        var recs = BundledMeeting.PROJECT.meeting().recommendations();
        var merged = Consolidation.of(recs);
        assertEquals(recs.size() - 4, merged.size(), "the example has four duplicate pairs");
        var r02 = merged.stream().filter(c -> c.id().equals("r02")).findFirst().orElseThrow();
        assertTrue(r02.merged());
        assertEquals(List.of("r02", "r07"), r02.sources().stream().map(Recommendation::id).toList());
        assertEquals(r02.sources().stream().mapToInt(Recommendation::support).sum(), r02.support());
        assertEquals(recs.stream().mapToInt(Recommendation::support).sum(),
                merged.stream().mapToInt(ConsolidatedRecommendation::support).sum(), "no support lost");
        for (int i = 1; i < merged.size(); i++) {
            assertTrue(merged.get(i - 1).support() >= merged.get(i).support(), "most supported first");
        }
    }

    @Test
    void sameWordsForAnotherIndexAreNotMerged() {
        var a = rec("r1", "s1-g1", Area.SERVICES, IndexName.OSI, "Assess proactive services.");
        var b = rec("r2", "s1-g2", Area.SERVICES, IndexName.LOSI, "assess  proactive services");
        var c = rec("r3", "s1-g3", Area.SERVICES, IndexName.OSI, "ASSESS proactive services");
        var merged = Consolidation.of(List.of(a, b, c));
        assertEquals(2, merged.size());
        assertEquals(List.of("r1", "r3"), merged.get(0).sources().stream().map(Recommendation::id).toList());
        assertFalse(merged.get(1).merged());
    }

    @Test
    void foldingIgnoresCaseAccentsPunctuationAndSpacing() {
        assertEquals("e participation index", Consolidation.fold("  É-Participation   Index. "));
    }

    private static Recommendation rec(String id, String group, Area area, IndexName index, String text) {
        return new Recommendation(id, "s1", group, "", area, index, text, 2, "recommendations.csv", 2);
    }
}
