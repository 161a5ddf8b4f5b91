package org.egmpublisher.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.egmpublisher.model.Problems;
import org.junit.jupiter.api.Test;

/** Structural problems of a CSV file, each at the position a person would go to. */
class CsvTableTest {

    static final List<String> COLUMNS = List.of("id", "text", "n");

    @Test
    void unbalancedQuoteIsReportedWhereItOpened() {
        Problems problems = new Problems();
        String text = "id,text,n\na,fine,1\nb,\"never closed,2\nc,swallowed,3\n";
        assertTrue(CsvTable.parse(text, "f.csv", COLUMNS, problems).isEmpty());
        assertEquals(List.of("f.csv:3:3: unbalanced quote: the quoted value that starts here is never closed"),
                TextFileTest.strings(problems));
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsReportedAndTheTableIsIncomplete() {
        Problems problems = new Problems();
        var table = CsvTable.parse("id,text,n\na,fine,1\nb,two,2,extra\n", "f.csv", COLUMNS, problems).orElseThrow();
        assertEquals(List.of("f.csv:3:9: row has 4 fields; the header has 3 (id,text,n)"), TextFileTest.strings(problems));
        assertEquals(1, table.rows().size());
        assertFalse(table.complete(), "ids of the dropped row are unknown");
        assertTrue(CsvTable.parse("id,text,n\na,b,1\n", "g.csv", COLUMNS, new Problems()).orElseThrow().complete());
    }

    @Test
    void semicolonDelimitedFileIsRecognised() {
        Problems problems = new Problems();
        assertTrue(CsvTable.parse("id;text;n\na;b;1\n", "f.csv", COLUMNS, problems).isEmpty());
        assertEquals(List.of("f.csv:1:1: file is semicolon-delimited (';'); save it as comma-separated CSV, UTF-8"),
                TextFileTest.strings(problems));
    }

    @Test
    void aPercentageWhereAFractionBelongsGetsAHint() {
        Problems problems = new Problems();
        var rows = CsvTable.parse("id,text,n\na,87.5,1\nb,1.91377,1\nc,0.5,1\n", "f.csv", COLUMNS, problems).orElseThrow().rows();
        rows.forEach(r -> r.decimal("text", 0, 1));
        assertEquals(List.of(
                "f.csv:2:3: text 87.5 is out of range; expected a number from 0 to 1 (it looks like a percentage: write 0.875)",
                "f.csv:3:3: text 1.91377 is out of range; expected a number from 0 to 1"), TextFileTest.strings(problems));
    }
}
