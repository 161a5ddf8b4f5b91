package org.egmpublisher.render.pdf;

import java.security.SecureRandom;
import org.openpdf.text.pdf.BaseFont;

/**
 * OpenPDF tags each embedded font subset with six random letters (ABCDEF+DejaVuSans), which would
 * make every PDF differ from the last. This source gives each font a fixed tag derived from its
 * name instead, so the same input gives the same bytes.
 */
public final class FixedSubsetTags extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private final int seed;
    private int next;

    private FixedSubsetTags(String fontName) {
        this.seed = fontName.hashCode() & 0x7fffffff;
    }

    /** Gives {@code font} fixed subset tags; returns it for chaining. */
    public static BaseFont apply(BaseFont font, String fontName) {
        font.setSecureRandom(new FixedSubsetTags(fontName));
        return font;
    }

    /** Letter i of the tag is (seed / 26^i) mod 26, repeating every six letters. */
    @Override
    public double nextDouble() {
        int letter = (int) ((seed / Math.pow(26, next % 6)) % 26);
        next++;
        return (letter + 0.5) / 26.0;
    }
}
