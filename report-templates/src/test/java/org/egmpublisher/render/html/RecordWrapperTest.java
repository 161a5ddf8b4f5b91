package org.egmpublisher.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordWrapperTest {

    /** Private: FreeMarker's bean model could not read it; the wrapper reads its components. */
    private record Row(String name, int rank, List<String> notes, String missing) {
    }

    /** A public record's other methods read as properties, through FreeMarker's bean model, as before. */
    public record Named(String name) {
        public String shout() {
            return name.toUpperCase(Locale.ROOT);
        }
    }

    @Test
    void templatesReadRecordComponentsMethodsAndBuiltIns(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.ftlx"), "${r.name} ${r.rank + 1} ${r.notes?size} ${r.notes[1]} "
                + "${n.shout} ${r.missing!\"none\"} ${r?has_content?c} ${(r.missing)???c}");
        Templates templates = new Templates(dir);

        String out = templates.render("t.ftlx", Map.of("r", new Row("Chad", 7, List.of("a", "b"), null),
                "n", new Named("Chad")));

        assertEquals("Chad 8 2 b CHAD none true false", out);
    }

    @Test
    void aMissingComponentStillFailsAtItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.ftlx"), "line one\n${r.missing}");
        Templates templates = new Templates(dir);

        TemplateError e = assertThrows(TemplateError.class,
                () -> templates.render("t.ftlx", Map.of("r", new Row("Chad", 7, List.of(), null))));

        assertEquals(2, e.line());
    }
}
