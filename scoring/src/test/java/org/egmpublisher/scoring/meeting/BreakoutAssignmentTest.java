package org.egmpublisher.scoring.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.function.Function;
import org.egmpublisher.model.meeting.BreakoutMember;
import org.egmpublisher.model.meeting.Expert;
import org.junit.jupiter.api.Test;

class BreakoutAssignmentTest {

    static final Function<Expert, String> REGION = e -> BundledMeeting.PROJECT.survey().requireCountry(e.countryIso3()).region();

    @Test
    void sameSeedGivesTheSameGroups() {
        var experts = BundledMeeting.PROJECT.meeting().experts();
        var a = BreakoutAssignment.assign("s2", experts, 3, 42, REGION, Set.of());
        var b = BreakoutAssignment.assign("s2", experts, 3, 42, REGION, Set.of());
        assertEquals(a.members(), b.members());
        var c = BreakoutAssignment.assign("s2", experts, 3, 43, REGION, Set.of());
        assertNotEquals(a.members(), c.members(), "another seed, another draw");
    }

    @Test
    void groupsAreBalancedAndEachHasOneFacilitator() {
        var experts = BundledMeeting.PROJECT.meeting().experts();
        for (long seed = 1; seed <= 20; seed++) {
            var result = BreakoutAssignment.assign("s1", experts, 3, seed, REGION, Set.of());
            assertEquals(experts.size(), result.members().size(), "everyone placed once");
            for (var b : result.balance()) {
                assertEquals(10, b.size());
                long facilitators = result.members().stream().filter(m -> m.groupId().equals(b.groupId())
                        && m.role() == BreakoutMember.Role.FACILITATOR).count();
                assertEquals(1, facilitators, b.groupId());
            }
            assertTrue(result.maxImbalance() <= 2, "seed " + seed + ": imbalance " + result.maxImbalance());
        }
    }

    @Test
    void prefersFacilitatorsWhoHaveNotFacilitatedBefore() {
        var experts = BundledMeeting.PROJECT.meeting().experts();
        var first = BreakoutAssignment.assign("s1", experts, 3, 7, REGION, Set.of());
        Set<String> before = Set.copyOf(first.members().stream().filter(m -> m.role() == BreakoutMember.Role.FACILITATOR)
                .map(BreakoutMember::expertId).toList());
        var second = BreakoutAssignment.assign("s2", experts, 3, 7, REGION, before);
        second.members().stream().filter(m -> m.role() == BreakoutMember.Role.FACILITATOR)
                .forEach(m -> assertTrue(!before.contains(m.expertId()), m.expertId() + " facilitated twice"));
    }

    @Test
    void refusesMoreGroupsThanExperts() {
        var experts = BundledMeeting.PROJECT.meeting().experts();
        var e = assertThrows(IllegalArgumentException.class, () -> BreakoutAssignment.assign("s1", experts, 31, 1, REGION, Set.of()));
        assertEquals("groups must lie in 1–30 (the number of experts), got 31", e.getMessage());
    }
}
