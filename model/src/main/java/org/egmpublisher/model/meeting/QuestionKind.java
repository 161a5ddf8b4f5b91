package org.egmpublisher.model.meeting;

/** How a question is answered, which decides how its answers are analysed. */
public enum QuestionKind {
    /** Open answer. */
    FREE_TEXT("free_text"),
    /** Four trends ranked 1–4, each with why. */
    RANKED_TRENDS("ranked_trends"),
    /** Answers at 5, 10 and 20 years. */
    HORIZON("horizon"),
    /** Yes or no, perhaps with a follow-up question. */
    YES_NO("yes_no"),
    /** Introduces sub-questions; takes no answers itself. */
    STEM("stem");

    private final String code;

    QuestionKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
