package org.egmpublisher.model.meeting;

/** Gender as the participant chose to state it. */
public enum Gender {
    FEMALE("female", "Female"),
    MALE("male", "Male"),
    NON_BINARY("non-binary", "Non-binary"),
    UNDISCLOSED("undisclosed", "Not stated");

    private final String code;
    private final String label;

    Gender(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
