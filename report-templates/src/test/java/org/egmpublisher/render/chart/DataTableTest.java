package org.egmpublisher.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataTableTest {

    @Test
    void csvQuotesOnlyWhatNeedsIt() {
        DataTable t = new DataTable("c", List.of("Country", "Note"),
                List.of(List.of("Denmark", "plain"), List.of("Korea, Republic of", "says \"hi\"")));
        assertEquals("Country,Note\r\nDenmark,plain\r\n\"Korea, Republic of\",\"says \"\"hi\"\"\"\r\n", t.csv());
    }

    @Test
    void aRowOfTheWrongLengthIsRefusedNamingTheRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DataTable("Groups", List.of("A", "B"), List.of(List.of("1", "2"), List.of("3"))));
        assertEquals("row 2 of table 'Groups' has 1 cells, the table has 2 columns [A, B]", e.getMessage());
    }
}
