package org.egmpublisher.scoring.meeting;

import java.util.List;

/**
 * How often a topic tag was cited: answers carrying it, distinct experts, a rank-weighted score
 * (for ranked trends a first place counts 4, a fourth 1; other answers count 1) and a few quotes.
 */
public record TagCount(String tag, int answers, int experts, int score, List<Quote> quotes) {

    public TagCount {
        quotes = List.copyOf(quotes);
    }

    /** An answer quoted as evidence, with who gave it (pseudonym) and its source line. */
    public record Quote(String expertId, String text, String why, String source) {
    }

    /** The tag as words: {@code artificial-intelligence} → {@code Artificial intelligence}. */
    public String label() {
        String words = tag.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
