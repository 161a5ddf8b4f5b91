package org.egmpublisher.site.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Turns the raw path of a request into a file inside the site folder, or refuses it. The rules are
 * strict because a preview server on a laptop is still a server:
 * <ul>
 *   <li>the raw path is decoded once, strictly (bad {@code %} escapes or bytes that are not UTF-8
 *       are {@link Outcome.BadRequest}); an encoded separator ({@code %2f}, {@code %5c}) or an
 *       encoded {@code %} ({@code %25}, as in the double-encoded {@code %252e}) is refused;</li>
 *   <li>no segment may be empty, {@code .}, {@code ..} or hidden (start with {@code .}), nor hold a
 *       backslash, a colon, NUL or another control character;</li>
 *   <li>the file's real path (symbolic links resolved) must lie inside the real path of the root.</li>
 * </ul>
 * Every refusal other than a malformed request is {@link Outcome.NotFound}, which says nothing
 * about what exists outside.
 */
final class RequestPath {

    /** What a request path names. */
    sealed interface Outcome {
        /** A regular file inside the root. */
        record File(Path path) implements Outcome {
        }

        /** A folder asked for without its trailing slash: redirect, so relative links resolve. */
        record Redirect(String location) implements Outcome {
        }

        /** Missing, or refused. */
        record NotFound() implements Outcome {
        }

        /** Not a well-formed path. */
        record BadRequest(String reason) implements Outcome {
        }
    }

    private RequestPath() {
    }

    /** Resolves {@code rawPath} (as sent, still percent-encoded) against {@code root}. */
    static Outcome resolve(Path root, String rawPath) {
        if (!rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return new Outcome.NotFound();
        }
        String lower = rawPath.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%25") || lower.contains("%00")) {
            return new Outcome.NotFound();
        }
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) {
            return new Outcome.BadRequest("malformed percent-encoding or not UTF-8");
        }
        String path = decoded.get();
        boolean folder = path.endsWith("/");
        String inner = path.length() <= 1 ? "" : path.substring(1, folder ? path.length() - 1 : path.length());
        List<String> segments = inner.isEmpty() ? List.of() : List.of(inner.split("/", -1));
        for (String s : segments) {
            if (!safe(s)) {
                return new Outcome.NotFound();
            }
        }
        try {
            Path realRoot = root.toRealPath();
            Path target = realRoot;
            for (String s : segments) {
                target = target.resolve(s);
            }
            target = target.normalize();
            if (!target.startsWith(realRoot) || !Files.exists(target)) {
                return new Outcome.NotFound();
            }
            Path real = target.toRealPath();
            if (!real.startsWith(realRoot)) {
                return new Outcome.NotFound();
            }
            if (Files.isDirectory(real)) {
                if (!folder && !segments.isEmpty()) {
                    return new Outcome.Redirect(rawPath + "/");
                }
                real = real.resolve("index.html");
                if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
                    return new Outcome.NotFound();
                }
                real = real.toRealPath();
                if (!real.startsWith(realRoot)) {
                    return new Outcome.NotFound();
                }
            }
            return Files.isRegularFile(real) ? new Outcome.File(real) : new Outcome.NotFound();
        } catch (IOException | SecurityException | java.nio.file.InvalidPathException e) {
            return new Outcome.NotFound();
        }
    }

    private static boolean safe(String segment) {
        if (segment.isEmpty() || segment.startsWith(".")) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\\' || c == ':' || c == '/') {
                return false;
            }
        }
        return true;
    }

    /** Percent-decodes once; empty when an escape is malformed or the bytes are not UTF-8. */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            int c = raw.codePointAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7F) {
                byte[] b = Character.toString(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(c) - 1;
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
