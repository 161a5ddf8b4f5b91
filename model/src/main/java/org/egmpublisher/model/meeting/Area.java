package org.egmpublisher.model.meeting;

/** The four areas around which the meeting proposed to organise the OSI and LOSI. */
public enum Area {
    TECHNOLOGY("Technology"), CONTENT("Content"), SERVICES("Services"), PARTICIPATION("Participation");

    private final String label;

    Area(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
