package org.egmpublisher.model.load;

import java.nio.file.Path;
import java.util.Optional;
import org.egmpublisher.model.Problems;

/**
 * A Markdown file with YAML front matter between {@code ---} lines. The front matter is parsed by
 * the same limited YAML reader as {@code publication.yaml}, so its errors carry the file's own
 * line numbers; the body is kept as Markdown for the renderer.
 */
public record MarkdownFile(YamlDocument frontMatter, String body, int bodyLine) {

    public static Optional<MarkdownFile> read(Path root, String relative, Problems problems) {
        return TextFile.read(root, relative, true, problems).flatMap(text -> parse(text, relative, problems));
    }

    static Optional<MarkdownFile> parse(String text, String file, Problems problems) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            return YamlDocument.parse("", file, 1, problems).map(fm -> new MarkdownFile(fm, normalised, 1));
        }
        int end = normalised.indexOf("\n---", 3);
        while (end >= 0 && !(end + 4 == normalised.length() || normalised.charAt(end + 4) == '\n')) {
            end = normalised.indexOf("\n---", end + 4);
        }
        if (end < 0) {
            problems.error(file, 1, 1, "front matter opened with '---' is never closed by a '---' line");
            return Optional.empty();
        }
        String yaml = normalised.substring(4, end + 1);
        int bodyStart = Math.min(end + 5, normalised.length());
        int bodyLine = (int) normalised.substring(0, bodyStart).chars().filter(c -> c == '\n').count() + 1;
        return YamlDocument.parse(yaml, file, 2, problems)
                .map(fm -> new MarkdownFile(fm, normalised.substring(bodyStart), bodyLine));
    }
}
