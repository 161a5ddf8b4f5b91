package org.egmpublisher.render.pdf;

import java.security.SecureRandom;
import org.openpdf.text.pdf.BaseFont;

/**
 * OpenPDF tags each embedded font subset with six random letters (ABCDEF+DejaVuSans), which would
 * make every PDF differ from the last. This source gives each font a fixed tag derived from its
 * name instead, so the same input gives the same bytes.
 *
 * <p>A tag takes six draws in a row on the thread that writes the font. The draw count is kept per
 * thread, so a font shared by documents written on several threads at once still gets the same
 * tag in each.
 */
public final class FixedSubsetTags extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private final int seed;
    private final transient ThreadLocal<int[]> next = ThreadLocal.withInitial(() -> new int[1]);

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
        int[] draws = next.get();
        int letter = (int) ((seed / Math.pow(26, draws[0] % 6)) % 26);
        draws[0]++;
        return (letter + 0.5) / 26.0;
    }
}
