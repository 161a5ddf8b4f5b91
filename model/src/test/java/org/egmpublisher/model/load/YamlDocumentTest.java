package org.egmpublisher.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.egmpublisher.model.Problems;
import org.junit.jupiter.api.Test;

/** YAML errors carry the file's own lines; hostile documents are refused by the limits. */
class YamlDocumentTest {

    @Test
    void aliasBombIsRefusedAtTheLineWhereTheLimitIsPassed() {
        String bomb = """
                a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
                """;
        Problems problems = new Problems();
        long start = System.nanoTime();
        assertTrue(YamlDocument.parse(bomb, "publication.yaml", 1, problems).isEmpty());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused, not expanded");
        assertEquals(List.of("publication.yaml:4:1: YAML: more than 20 aliases (*name) of lists or mappings; refused, as such "
                + "a document can expand exponentially (\"billion laughs\")"), TextFileTest.strings(problems));
    }

    @Test
    void aFewAliasesAreFine() {
        Problems problems = new Problems();
        assertTrue(YamlDocument.parse("a: &a [1, 2]\nb: *a\n", "f.yaml", 1, problems).isPresent());
        assertEquals(List.of(), TextFileTest.strings(problems));
    }

    @Test
    void anUnquotedColonInAValueGetsAHintAtTheFilesLine() {
        Problems problems = new Problems();
        assertTrue(YamlDocument.parse("id: s2\ntitle: Dialogue 2: methods\n", "meeting/sessions/s2.md", 2, problems).isEmpty());
        assertEquals(List.of("meeting/sessions/s2.md:3:18: YAML: mapping values are not allowed here; a value that contains"
                + " ': ' must be in quotes"), TextFileTest.strings(problems));
    }

    @Test
    void duplicateKeysAreRefused() {
        Problems problems = new Problems();
        assertTrue(YamlDocument.parse("title: a\ntitle: b\n", "f.yaml", 1, problems).isEmpty());
        assertTrue(TextFileTest.strings(problems).get(0).startsWith("f.yaml:2:1: YAML: found duplicate key title"),
                TextFileTest.strings(problems).toString());
    }
}
