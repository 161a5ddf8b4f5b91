package org.egmpublisher.model.meeting;

/**
 * A meeting participant. In the bundled example every name is a pseudonym; {@code consentPublic}
 * decides whether {@code displayName} may appear in public outputs at all.
 */
public record Expert(String id, String displayName, String affiliation, StakeholderGroup stakeholderGroup,
                     String countryIso3, Gender gender, boolean consentPublic) {

    /** The name to print in public: the display name if consented, else a neutral label. */
    public String publicName() {
        return consentPublic ? displayName : "Participant (name withheld)";
    }
}
