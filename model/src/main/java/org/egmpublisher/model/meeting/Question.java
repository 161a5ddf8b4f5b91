package org.egmpublisher.model.meeting;

/**
 * A question asked of the experts: in the pre-meeting questionnaire, the framing-statement
 * interview, a breakout session, or as a dialogue's guiding question.
 *
 * @param number the number as printed, e.g. {@code 4a}
 * @param parentId the stem or the question this one follows up, or empty
 */
public record Question(String id, String sessionId, Questionnaire questionnaire, String number,
                       QuestionKind kind, String parentId, String text) {

    /** Which instrument a question belongs to. */
    public enum Questionnaire {
        PRE_MEETING("pre-meeting", "Pre-meeting questionnaire"),
        FRAMING("framing", "Framing statements"),
        BREAKOUT("breakout", "Breakout questions"),
        GUIDING("guiding", "Guiding question");

        private final String code;
        private final String title;

        Questionnaire(String code, String title) {
            this.code = code;
            this.title = title;
        }

        public String code() {
            return code;
        }

        public String title() {
            return title;
        }
    }

    public boolean hasParent() {
        return !parentId.isEmpty();
    }
}
