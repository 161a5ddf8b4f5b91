package org.egmpublisher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.egmpublisher.site.data.Json;

/** Rows of text printed as an aligned table, RFC 4180 CSV or JSON (numeric columns unquoted). */
record Table(List<String> header, List<List<String>> rows, List<Integer> numeric) {

    void csv(PrintWriter out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void json(PrintWriter out) {
        out.println("[");
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder b = new StringBuilder("  {");
            List<String> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(quote(header.get(i))).append(": ");
                b.append(numeric.contains(i) ? row.get(i) : quote(row.get(i)));
            }
            out.println(b.append(r == rows.size() - 1 ? "}" : "},"));
        }
        out.println("]");
    }

    void text(PrintWriter out) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        line(out, header, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
    }

    private void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(widths[i] - c.length());
            b.append(i == 0 ? "" : "  ").append(numeric.contains(i) ? pad + c : c + pad);
        }
        out.println(b.toString().stripTrailing());
    }

    private static String quote(String s) {
        return Json.quote(s);
    }
}
