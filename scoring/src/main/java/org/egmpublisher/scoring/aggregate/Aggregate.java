package org.egmpublisher.scoring.aggregate;

/**
 * The simple mean of the member countries' values (METHODOLOGY.md §14).
 *
 * @param kind what the grouping is
 * @param name the group's name, e.g. {@code Europe}, {@code LDC}, {@code World}
 */
public record Aggregate(Kind kind, String name, int countries, double egdi, double osi, double tii, double hci,
                        double epi) {

    /** The groupings the Survey publishes means for. */
    public enum Kind {
        WORLD("World"), REGION("Region"), SUB_REGION("Sub-region"), INCOME_GROUP("Income group"),
        SPECIAL("Country group");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The option name used on the command line ({@code --by region}). */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
