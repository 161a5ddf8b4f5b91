package org.egmpublisher.render.chart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

    /**
     * {@link #of}, worked out on first use and kept: most figures of a rebuild are looked up in the
     * cache on another thread, later. The lists and maps among the arguments are copied now, so a
     * caller changing them afterwards cannot change the fingerprint.
     */
    public static Supplier<String> later(String factory, Object... arguments) {
        Object[] copies = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            copies[i] = switch (arguments[i]) {
                case List<?> list -> new ArrayList<>(list);
                case Map<?, ?> map -> new LinkedHashMap<>(map);
                case null, default -> arguments[i];
            };
        }
        return new Supplier<>() {
            private String value;

            @Override
            public synchronized String get() {
                if (value == null) {
                    value = of(factory, copies);
                }
                return value;
            }
        };
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
