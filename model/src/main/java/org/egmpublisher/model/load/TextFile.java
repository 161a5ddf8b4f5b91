package org.egmpublisher.model.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.egmpublisher.model.Problems;

/**
 * Reads an input file as strict UTF-8 text: a byte-order mark is dropped, an invalid byte is
 * reported at its line and column, and a file over {@link #MAX_BYTES} is refused before it is read,
 * so that memory stays bounded whatever an editor drops into the project.
 */
public final class TextFile {

    /** The largest input file read: far above any real meeting or Survey file (a few hundred KB). */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private TextFile() {
    }

    /**
     * The text of {@code root/relative}, or empty after reporting why it could not be read.
     * A missing file is reported only if {@code required}.
     */
    public static Optional<String> read(Path root, String relative, boolean required, Problems problems) {
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file)) {
            if (required) {
                problems.error(relative, 0, 0, "required file is missing");
            }
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.error(relative, 0, 0, String.format(java.util.Locale.ROOT,
                        "file is %.1f MB; the limit for one input file is %d MB", size / 1048576.0, MAX_BYTES / 1048576));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return decode(bytes, relative, problems);
        } catch (IOException e) {
            problems.error(relative, 0, 0, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    static Optional<String> decode(byte[] bytes, String relative, Problems problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            problems.error(relative, 1, 1, "file is UTF-16; save it as UTF-8");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = start;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            problems.error(relative, line, column, String.format(java.util.Locale.ROOT,
                    "invalid UTF-8 (byte 0x%02X); save the file as UTF-8 (it may be Latin-1 or Windows-1252)",
                    bytes[bad] & 0xFF));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(out.toString());
    }
}
