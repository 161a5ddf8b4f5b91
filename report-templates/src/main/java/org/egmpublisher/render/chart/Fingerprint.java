package org.egmpublisher.render.chart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of what a figure is drawn from: the factory's name and its arguments. A factory is a
 * pure function of its arguments (and of the tool's own code and fonts), so two figures with the
 * same fingerprint draw the same picture, byte for byte. The arguments are records, strings and
 * lists, whose {@code toString} is complete: doubles print every digit they need to round-trip.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** The hexadecimal SHA-256 of {@code factory} and {@code arguments}. */
    public static String of(String factory, Object... arguments) {
        return sha256(factory + "\u0000" + List.of(arguments));
    }

    /** The hexadecimal SHA-256 of {@code text} in UTF-8. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
