package org.egmpublisher.site.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as RFC 4180 CSV: UTF-8 without a byte-order mark, a header row, CRLF after every record
 * (RFC 4180's line break, and what Excel and the Frictionless default dialect expect), quotes only
 * where a value needs them. Text that a spreadsheet would run as a formula is neutralised.
 */
final class CsvFile {

    /** The record separator, also stated in {@code datapackage.json}'s dialect. */
    static final String LINE_TERMINATOR = "\r\n";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator(LINE_TERMINATOR).get();

    private CsvFile() {
    }

    static byte[] bytes(Table table) {
        StringBuilder out = new StringBuilder(64 * (table.rows().size() + 1));
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(table.header());
            for (List<Cell> row : table.rows()) {
                List<String> values = new ArrayList<>(row.size());
                for (Cell cell : row) {
                    values.add(text(cell));
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Cell cell) {
        return switch (cell) {
            case Cell.Text t -> t.spreadsheetSafe();
            case Cell.Whole w -> Long.toString(w.value());
            case Cell.Decimal d -> d.text();
            case Cell.Flag f -> Boolean.toString(f.value());
            case Cell.Missing m -> "";
        };
    }
}
