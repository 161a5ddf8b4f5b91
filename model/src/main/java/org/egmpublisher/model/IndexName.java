package org.egmpublisher.model;

/**
 * The indices of the UN E-Government Survey. A closed set: the Survey's own names, used by survey
 * results, by recommendations (the index a recommendation concerns) and by the methodology.
 */
public enum IndexName {
    EGDI("E-Government Development Index"),
    OSI("Online Service Index"),
    TII("Telecommunication Infrastructure Index"),
    HCI("Human Capital Index"),
    EPI("E-Participation Index"),
    LOSI("Local Online Service Index"),
    OGDI("Open Government Data Index");

    private final String title;

    IndexName(String title) {
        this.title = title;
    }

    /** The full name as the Survey writes it. */
    public String title() {
        return title;
    }
}
