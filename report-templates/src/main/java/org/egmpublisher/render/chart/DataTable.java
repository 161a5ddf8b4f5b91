package org.egmpublisher.render.chart;

import java.util.List;

/**
 * The data behind a figure, already formatted for reading: printed under the chart in the PDFs,
 * given as an HTML table on the site, and offered as CSV. Cells are plain text; numbers are
 * formatted with a dot as decimal separator and no grouping, whatever the machine's locale.
 *
 * @param caption one line saying what the rows are
 * @param columns the column headers, first the row label
 * @param rows each row has one cell per column
 */
public record DataTable(String caption, List<String> columns, List<List<String>> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a data table needs at least one column; caption: " + caption);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " of table '" + caption + "' has "
                        + rows.get(i).size() + " cells, the table has " + columns.size() + " columns " + columns);
            }
        }
    }

    /** The table as RFC 4180 CSV with a header row and CRLF line ends. */
    public String csv() {
        StringBuilder out = new StringBuilder();
        appendCsv(out, columns);
        rows.forEach(r -> appendCsv(out, r));
        return out.toString();
    }

    private static void appendCsv(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append("\r\n");
    }
}
