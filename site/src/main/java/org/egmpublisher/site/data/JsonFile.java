package org.egmpublisher.site.data;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table as JSON: an array of row objects, keys in column order, one row per line; numbers are
 * JSON numbers at their published precision, a missing value is {@code null}. Text is written as
 * it is (JSON is not a spreadsheet: no formula neutralisation).
 */
final class JsonFile {

    private JsonFile() {
    }

    static byte[] bytes(Table table) {
        StringBuilder b = new StringBuilder(160 * (table.rows().size() + 1)).append('[');
        List<String> header = table.header();
        for (int r = 0; r < table.rows().size(); r++) {
            List<Cell> row = table.rows().get(r);
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                object.put(header.get(i), value(row.get(i)));
            }
            b.append(r == 0 ? "\n" : ",\n").append(Json.compact(object));
        }
        b.append(table.rows().isEmpty() ? "]\n" : "\n]\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Object value(Cell cell) {
        return switch (cell) {
            case Cell.Text t -> t.value();
            case Cell.Whole w -> w.value();
            case Cell.Decimal d -> new Json.Literal(d.text());
            case Cell.Flag f -> f.value();
            case Cell.Missing m -> Json.NULL;
        };
    }
}
