package org.egmpublisher.site.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A table as a one-sheet Office Open XML workbook, written by hand: a bold, frozen header row,
 * text as inline strings (neutralised like CSV), numbers as numbers with their published decimals,
 * booleans as booleans. About 20 KB of XML in a zip, against POI's 20 MB of jars at run time.
 *
 * <p>Byte-identical between builds: every zip entry has the same fixed time (1980-01-01, the
 * earliest a zip can record, set as local time so the machine's time zone does not matter), the
 * entries come in a fixed order, and the core properties carry no dates.
 */
final class XlsxFile {

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** Style 0 is plain, 1 the bold header; number styles follow, one per count of decimals. */
    private static final int HEADER_STYLE = 1;
    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    private XlsxFile() {
    }

    /** The workbook; {@code sheetName} is shortened to Excel's 31 characters and stripped of {@code []:*?/\}. */
    static byte[] bytes(Table table, String sheetName, String title) {
        Map<Integer, Integer> numberStyles = new TreeMap<>();
        for (List<Cell> row : table.rows()) {
            for (Cell cell : row) {
                if (cell instanceof Cell.Decimal d) {
                    numberStyles.putIfAbsent(d.decimals(), 0);
                }
            }
        }
        int next = HEADER_STYLE + 1;
        for (Map.Entry<Integer, Integer> e : numberStyles.entrySet()) {
            e.setValue(next++);
        }
        String sheet = sheetName.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        sheet = sheet.isEmpty() ? "Data" : sheet.substring(0, Math.min(31, sheet.length()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", contentTypes());
            entry(zip, "_rels/.rels", rootRelationships());
            entry(zip, "docProps/core.xml", core(title));
            entry(zip, "docProps/app.xml", HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "extended-properties\"><Application>EGM Publisher</Application></Properties>");
            entry(zip, "xl/workbook.xml", HEAD + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets><sheet name=\""
                    + escape(sheet) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", HEAD + "<Relationships xmlns=\"" + PKG_REL + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/></Relationships>");
            entry(zip, "xl/styles.xml", styles(numberStyles));
            entry(zip, "xl/worksheets/sheet1.xml", worksheet(table, numberStyles));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String contentTypes() {
        String o = "application/vnd.openxmlformats-officedocument.";
        return HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + o + "spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + o + "spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + o + "spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"" + o + "extended-properties+xml\"/>"
                + "</Types>";
    }

    private static String rootRelationships() {
        return HEAD + "<Relationships xmlns=\"" + PKG_REL + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                + "core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + REL + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "</Relationships>";
    }

    /** Title and creator only: no created or modified date, so the file does not change with the clock. */
    private static String core(String title) {
        return HEAD + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + escape(title)
                + "</dc:title><dc:creator>EGM Publisher</dc:creator></cp:coreProperties>";
    }

    private static String styles(Map<Integer, Integer> numberStyles) {
        StringBuilder b = new StringBuilder(HEAD).append("<styleSheet xmlns=\"").append(MAIN).append("\">");
        if (!numberStyles.isEmpty()) {
            b.append("<numFmts count=\"").append(numberStyles.size()).append("\">");
            numberStyles.forEach((dp, style) -> b.append("<numFmt numFmtId=\"").append(163 + style - HEADER_STYLE)
                    .append("\" formatCode=\"").append(dp == 0 ? "0" : "0." + "0".repeat(dp)).append("\"/>"));
            b.append("</numFmts>");
        }
        b.append("<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
        b.append("<cellXfs count=\"").append(2 + numberStyles.size()).append("\">")
                .append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>")
                .append("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>");
        numberStyles.forEach((dp, style) -> b.append("<xf numFmtId=\"").append(163 + style - HEADER_STYLE)
                .append("\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"));
        return b.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
                + "</cellStyles></styleSheet>").toString();
    }

    private static String worksheet(Table table, Map<Integer, Integer> numberStyles) {
        int columns = table.fields().size();
        String last = column(columns - 1) + (table.rows().size() + 1);
        StringBuilder b = new StringBuilder(128 * columns * (table.rows().size() + 1)).append(HEAD)
                .append("<worksheet xmlns=\"").append(MAIN).append("\"><dimension ref=\"A1:").append(last).append("\"/>")
                .append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\"")
                .append(" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\"")
                .append(" sqref=\"A2\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < columns; c++) {
            b.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(width(table, c)).append("\" customWidth=\"1\"/>");
        }
        b.append("</cols><sheetData><row r=\"1\">");
        for (int c = 0; c < columns; c++) {
            b.append("<c r=\"").append(column(c)).append("1\" s=\"").append(HEADER_STYLE).append("\" t=\"inlineStr\"><is><t>")
                    .append(escape(table.fields().get(c).name())).append("</t></is></c>");
        }
        b.append("</row>");
        for (int r = 0; r < table.rows().size(); r++) {
            String n = Integer.toString(r + 2);
            b.append("<row r=\"").append(n).append("\">");
            List<Cell> row = table.rows().get(r);
            for (int c = 0; c < columns; c++) {
                String ref = column(c) + n;
                switch (row.get(c)) {
                    case Cell.Text t -> {
                        String text = t.spreadsheetSafe();
                        text = text.length() > MAX_CELL_CHARS ? text.substring(0, MAX_CELL_CHARS) : text;
                        boolean keepSpace = !text.equals(text.strip());
                        b.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t")
                                .append(keepSpace ? " xml:space=\"preserve\">" : ">").append(escape(text))
                                .append("</t></is></c>");
                    }
                    case Cell.Whole w -> b.append("<c r=\"").append(ref).append("\"><v>").append(w.value()).append("</v></c>");
                    case Cell.Decimal d -> b.append("<c r=\"").append(ref).append("\" s=\"")
                            .append(numberStyles.get(d.decimals())).append("\"><v>").append(d.text()).append("</v></c>");
                    case Cell.Flag f -> b.append("<c r=\"").append(ref).append("\" t=\"b\"><v>").append(f.value() ? 1 : 0)
                            .append("</v></c>");
                    case Cell.Missing m -> {
                        // No cell: an empty spreadsheet cell is an absent one.
                    }
                }
            }
            b.append("</row>");
        }
        return b.append("</sheetData></worksheet>").toString();
    }

    /** A column's width in characters: its longest value, between 6 and 60. */
    private static int width(Table table, int c) {
        int longest = table.fields().get(c).name().length() + 2;
        for (List<Cell> row : table.rows()) {
            int length = switch (row.get(c)) {
                case Cell.Text t -> t.spreadsheetSafe().length();
                case Cell.Whole w -> Long.toString(w.value()).length();
                case Cell.Decimal d -> d.text().length();
                case Cell.Flag f -> 5;
                case Cell.Missing m -> 0;
            };
            longest = Math.max(longest, length + 1);
        }
        return Math.max(6, Math.min(60, longest));
    }

    /** The spreadsheet letters of a 0-based column: A, …, Z, AA, …. */
    static String column(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            b.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return b.toString();
    }

    /**
     * Text for XML: markup characters escaped, characters XML 1.0 forbids (most control characters,
     * lone surrogates) dropped, and {@code _xHHHH_} sequences protected, which OOXML would otherwise
     * read as escaped characters.
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '_' -> b.append(s.startsWith("x", i) && s.length() >= i + 6 && s.substring(i + 1, i + 6).matches("[0-9A-Fa-f]{4}_")
                        ? "_x005F_" : "_");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                            || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
                    if (allowed) {
                        b.appendCodePoint(cp);
                    }
                }
            }
        }
        return b.toString();
    }
}
