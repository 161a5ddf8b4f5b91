package org.egmpublisher.model.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.egmpublisher.model.Problems;

/**
 * A CSV input file read whole (it is small; {@link TextFile} bounds its size) with the position of
 * every field, so that a problem with a value can name its line and column.
 *
 * <p>Structural problems are reported here: a semicolon-delimited file, missing required columns,
 * duplicate column names, rows with the wrong number of fields, an unbalanced quote.
 */
public final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true)
            .get();

    private final String file;
    private final List<String> header;
    private final List<CsvRow> rows;
    private final boolean complete;

    private CsvTable(String file, List<String> header, List<CsvRow> rows, boolean complete) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        this.complete = complete;
    }

    /**
     * Reads {@code root/relative}. Returns empty (after reporting why) when the file is missing but
     * required, unreadable, or its header lacks a required column.
     */
    public static Optional<CsvTable> read(Path root, String relative, boolean required,
                                          List<String> requiredColumns, Problems problems) {
        return TextFile.read(root, relative, required, problems)
                .flatMap(text -> parse(text, relative, requiredColumns, problems));
    }

    static Optional<CsvTable> parse(String text, String file, List<String> requiredColumns, Problems problems) {
        if (text.isBlank()) {
            problems.error(file, 1, 1, "file is empty; expected a header row with columns " + String.join(",", requiredColumns));
            return Optional.empty();
        }
        LineIndex lines = new LineIndex(text);
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                records.add(record);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            long from = records.isEmpty() ? 0 : endOfRecord(text, records.get(records.size() - 1).getCharacterPosition());
            int quote = openingQuote(text, (int) from);
            problems.error(file, lines.line(quote), lines.column(quote),
                    "unbalanced quote: the quoted value that starts here is never closed");
            return Optional.empty();
        }
        CSVRecord head = records.get(0);
        List<String> header = head.stream().map(h -> h.strip()).toList();
        if (header.size() == 1 && header.get(0).contains(";")) {
            problems.error(file, 1, 1, "file is semicolon-delimited (';'); save it as comma-separated CSV, UTF-8");
            return Optional.empty();
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        int[] headerColumns = fieldColumns(text, lines, head);
        for (int i = 0; i < header.size(); i++) {
            if (index.putIfAbsent(header.get(i), i) != null) {
                problems.error(file, 1, headerColumns[i], "column '" + header.get(i) + "' appears twice in the header");
            }
        }
        List<String> missing = requiredColumns.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.error(file, 1, 1, "missing column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + "; the header has " + String.join(",", header) + "; expected " + String.join(",", requiredColumns));
            return Optional.empty();
        }
        List<CsvRow> rows = new ArrayList<>(records.size());
        boolean complete = true;
        for (CSVRecord record : records.subList(1, records.size())) {
            int[] columns = fieldColumns(text, lines, record);
            int line = lines.line(record.getCharacterPosition());
            if (record.size() != header.size()) {
                int col = record.size() > header.size() ? columns[header.size()] : columns[columns.length - 1];
                problems.error(file, line, col, "row has " + record.size() + " fields; the header has "
                        + header.size() + " (" + String.join(",", header) + ")");
                complete = false;
                continue;
            }
            rows.add(new CsvRow(file, line, index, record.toList(), columns, problems));
        }
        return Optional.of(new CsvTable(file, header, List.copyOf(rows), complete));
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<CsvRow> rows() {
        return rows;
    }

    /**
     * Whether every record became a row: false when a record was dropped for having the wrong
     * number of fields, so ids defined only there are unknown (and references to them unchecked).
     */
    public boolean complete() {
        return complete;
    }

    /** Reports rows whose key repeats an earlier row's, and returns the rows with first-seen keys. */
    public List<CsvRow> unique(String keyColumn, Problems problems) {
        Map<String, Integer> seen = new HashMap<>();
        List<CsvRow> kept = new ArrayList<>();
        for (CsvRow row : rows) {
            String key = row.text(keyColumn).toLowerCase(Locale.ROOT);
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null && !key.isEmpty()) {
                problems.error(file, row.line(), row.column(keyColumn), "duplicate " + keyColumn + " '"
                        + row.text(keyColumn) + "' (first at line " + first + ")");
            } else {
                kept.add(row);
            }
        }
        return kept;
    }

    /** The 1-based column of each field of a record, found by scanning its raw text. */
    private static int[] fieldColumns(String text, LineIndex lines, CSVRecord record) {
        int[] columns = new int[Math.max(record.size(), 1)];
        int i = (int) record.getCharacterPosition();
        for (int f = 0; f < record.size(); f++) {
            columns[f] = lines.column(i);
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                while (i < text.length()) {
                    if (text.charAt(i) == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
            }
            while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            i++;
        }
        return columns;
    }

    private static long endOfRecord(String text, long start) {
        boolean quoted = false;
        for (int i = (int) start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** The offset of the quote that opens a value never closed, scanning from a record boundary. */
    private static int openingQuote(String text, int from) {
        int open = -1;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                if (!quoted) {
                    open = i;
                }
                quoted = !quoted;
            }
        }
        return quoted && open >= 0 ? open : Math.min(from, Math.max(text.length() - 1, 0));
    }
}
