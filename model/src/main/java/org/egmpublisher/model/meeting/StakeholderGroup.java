package org.egmpublisher.model.meeting;

/** The stakeholder groups the meeting balances its participants across. */
public enum StakeholderGroup {
    GOVERNMENT("government", "Government"),
    ACADEMIA("academia", "Academia"),
    INTERNATIONAL_ORGANISATION("international-organisation", "International organisation"),
    CIVIL_SOCIETY("civil-society", "Civil society"),
    PRIVATE_SECTOR("private-sector", "Private sector");

    private final String code;
    private final String label;

    StakeholderGroup(String code, String label) {
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
