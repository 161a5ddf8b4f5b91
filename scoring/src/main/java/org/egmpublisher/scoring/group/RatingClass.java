package org.egmpublisher.scoring.group;

/**
 * The sixteen rating classes: quartiles inside each EGDI group, highest first
 * (METHODOLOGY.md §6.2). {@code quartile} is 4 for the top quarter of the group.
 */
public enum RatingClass {
    VH(Group.VERY_HIGH, 4), V3(Group.VERY_HIGH, 3), V2(Group.VERY_HIGH, 2), V1(Group.VERY_HIGH, 1),
    HV(Group.HIGH, 4), H3(Group.HIGH, 3), H2(Group.HIGH, 2), H1(Group.HIGH, 1),
    MH(Group.MIDDLE, 4), M3(Group.MIDDLE, 3), M2(Group.MIDDLE, 2), M1(Group.MIDDLE, 1),
    LM(Group.LOW, 4), L3(Group.LOW, 3), L2(Group.LOW, 2), L1(Group.LOW, 1);

    private final Group group;
    private final int quartile;

    RatingClass(Group group, int quartile) {
        this.group = group;
        this.quartile = quartile;
    }

    public Group group() {
        return group;
    }

    public int quartile() {
        return quartile;
    }

    public static RatingClass of(Group group, int quartile) {
        for (RatingClass c : values()) {
            if (c.group == group && c.quartile == quartile) {
                return c;
            }
        }
        throw new IllegalArgumentException("quartile must lie in 1–4, got " + quartile);
    }
}
