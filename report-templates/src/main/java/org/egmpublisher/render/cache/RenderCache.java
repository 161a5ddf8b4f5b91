package org.egmpublisher.render.cache;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Outputs that are costly to make, kept by a key that spells out everything they are made from.
 * The key must be complete: a value found under it is used as if it had just been made.
 */
public interface RenderCache {

    /** Keeps nothing: every value is made, and text is handed back as made. */
    RenderCache NONE = new RenderCache() {
        @Override
        public byte[] bytes(String kind, String key, Supplier<byte[]> make) {
            return make.get();
        }

        @Override
        public String text(String kind, String key, Supplier<String> make) {
            return make.get();
        }
    };

    /** The value of {@code kind} (a short name, e.g. {@code pdf}) kept under {@code key}, else made by {@code make}. */
    byte[] bytes(String kind, String key, Supplier<byte[]> make);

    /** As {@link #bytes}, for text kept as UTF-8. */
    default String text(String kind, String key, Supplier<String> make) {
        return new String(bytes(kind, key, () -> make.get().getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
