package org.egmpublisher.model.meeting;

/** An expert's place in a breakout group of a session. */
public record BreakoutMember(String sessionId, String groupId, String expertId, Role role) {

    /** What the expert does in the group. */
    public enum Role {
        FACILITATOR("facilitator"), RAPPORTEUR("rapporteur"), MEMBER("member");

        private final String code;

        Role(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
