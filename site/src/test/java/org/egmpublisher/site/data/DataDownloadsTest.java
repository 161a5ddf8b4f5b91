package org.egmpublisher.site.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.load.ProjectLoader;
import org.egmpublisher.model.meeting.Area;
import org.egmpublisher.model.meeting.Meeting;
import org.egmpublisher.model.meeting.Recommendation;
import org.egmpublisher.scoring.Scoring;
import org.egmpublisher.scoring.SurveyScores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the downloads of the bundled example (with two hostile recommendations added) and reads
 * every file back with an independent reader: Commons CSV, Jackson and Apache POI.
 */
class DataDownloadsTest {

    static final Path EXAMPLE = Path.of("..", "examples", "egm-2021");
    static final String HYPERLINK = "=HYPERLINK(\"https://evil.invalid\",\"Click\")";

    static {
        // POI logs through Log4j, which otherwise complains that no logging provider is installed.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }

    @TempDir
    static Path tmp;

    static Project project;
    static SurveyScores scores;
    static Path site;
    static List<Download> downloads;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void write() throws IOException {
        ProjectLoader.Result loaded = ProjectLoader.load(EXAMPLE);
        assertTrue(loaded.project().isPresent(), loaded.problems().all().toString());
        Project example = loaded.project().get();
        Meeting m = example.meeting();
        List<Recommendation> recs = new ArrayList<>(m.recommendations());
        recs.add(new Recommendation("r98", "s1", "", "", Area.TECHNOLOGY, IndexName.OSI, HYPERLINK, 2,
                "meeting/recommendations.csv", 98));
        recs.add(new Recommendation("r99", "s1", "", "", Area.CONTENT, IndexName.EGDI,
                "-1 for <script>alert(1)</script>, \"quoted\"\nand on two lines", 0, "meeting/recommendations.csv", 99));
        Meeting meeting = new Meeting(m.title(), m.subtitle(), m.start(), m.end(), m.format(), m.organiser(), m.language(),
                m.dryRuns(), m.sample(), m.introduction(), m.agenda(), m.sessions(), m.questions(), m.experts(),
                m.responses(), m.breakouts(), m.outcomes(), m.polls(), recs);
        project = new Project(example.root(), example.publication(), meeting, example.survey(), example.pages());
        scores = Scoring.score(project.survey());
        site = tmp.resolve("site");
        downloads = DataDownloads.write(site, project, scores);
    }

    @Test
    void writesACsvPerEditionAndJsonAndXlsxForTheLatest() throws IOException {
        Set<String> expected = new TreeSet<>();
        scores.editions().forEach(e -> expected.add("egdi-" + e.year() + ".csv"));
        expected.addAll(List.of("egdi-2024.json", "egdi-2024.xlsx", "aggregates-2024.csv", "aggregates-2024.json",
                "aggregates-2024.xlsx", "recommendations.csv", "recommendations.json", "datapackage.json"));
        Set<String> actual = new TreeSet<>();
        try (Stream<Path> files = Files.list(site.resolve("data"))) {
            files.forEach(f -> actual.add(f.getFileName().toString()));
        }
        assertEquals(expected, actual);
        assertEquals(12 + 8, downloads.size());
        assertEquals("data/datapackage.json", downloads.get(downloads.size() - 1).path());
        for (Download d : downloads) {
            assertEquals(Files.size(site.resolve(d.path())), d.bytes(), d.path());
        }
    }

    @Test
    void csvOfTheLatestEditionHasThePublishedValues() throws IOException {
        List<CSVRecord> rows = csv("egdi-2024.csv");
        assertEquals(193, rows.size());
        CSVRecord first = rows.get(0);
        assertEquals(List.of("iso3", "country", "region", "sub_region", "income_group", "ldc", "lldc", "sids", "edition",
                "egdi", "osi", "tii", "hci", "epi", "rank", "group", "rating_class", "rank_change"), first.getParser().getHeaderNames());
        assertEquals("DNK", first.get("iso3"));
        assertEquals("Denmark", first.get("country"));
        assertEquals("0.98474", first.get("egdi"));
        assertEquals("1", first.get("rank"));
        assertEquals("Very High", first.get("group"));
        assertEquals("VH", first.get("rating_class"));
        assertEquals("false", first.get("ldc"));
        assertEquals("2024", first.get("edition"));
        assertEquals("0", first.get("rank_change"), "Denmark was first in 2022 too");
        var epi = first.get("epi");
        assertTrue(epi.matches("\\d\\.\\d{4}"), "EPI at 4 decimals: " + epi);
        String text = Files.readString(site.resolve("data/egdi-2024.csv"), StandardCharsets.UTF_8);
        assertFalse(text.startsWith("\uFEFF"), "no byte-order mark");
        assertEquals(194, text.split("\r\n", -1).length - 1, "CRLF after each of 194 records");
        assertFalse(text.replace("\r\n", "").contains("\n"), "no bare LF");
    }

    @Test
    void csvOfEveryEditionMatchesTheScores() throws IOException {
        for (var e : scores.editions()) {
            List<CSVRecord> rows = csv("egdi-" + e.year() + ".csv");
            assertEquals(e.countries().size(), rows.size(), "edition " + e.year());
            for (int i = 0; i < rows.size(); i++) {
                var c = e.countries().get(i);
                assertEquals(c.iso3(), rows.get(i).get("iso3"));
                assertEquals(String.format(java.util.Locale.ROOT, "%." + e.decimals() + "f", c.egdi()), rows.get(i).get("egdi"));
                assertEquals(c.rank() > 0 ? String.valueOf(c.rank()) : "", rows.get(i).get("rank"));
            }
        }
        assertEquals("", csv("egdi-2003.csv").get(0).get("rank_change"), "no previous edition in 2003");
        assertEquals("0.9717", csv("egdi-2022.csv").get(0).get("egdi"), "2022 at 4 decimals, as egm score prints it");
    }

    @Test
    void jsonHasNumbersAsNumbersAndNullForMissing() throws IOException {
        JsonNode rows = JSON.readTree(site.resolve("data/egdi-2024.json").toFile());
        assertEquals(193, rows.size());
        JsonNode dnk = rows.get(0);
        assertEquals("Denmark", dnk.get("country").asText());
        assertTrue(dnk.get("egdi").isNumber());
        assertEquals("0.98474", dnk.get("egdi").decimalValue().toPlainString());
        assertTrue(dnk.get("rank").isIntegralNumber());
        assertTrue(dnk.get("sids").isBoolean());
        List<String> keys = new ArrayList<>();
        dnk.fieldNames().forEachRemaining(keys::add);
        assertEquals(csv("egdi-2024.csv").get(0).getParser().getHeaderNames(), keys, "keys in column order");
        JsonNode recs = JSON.readTree(site.resolve("data/recommendations.json").toFile());
        JsonNode hyperlink = find(recs, "r98");
        assertEquals(HYPERLINK, hyperlink.get("text").asText(), "JSON keeps the text as written");
        assertTrue(hyperlink.get("group_id").isNull());
        assertEquals("-1 for <script>alert(1)</script>, \"quoted\"\nand on two lines", find(recs, "r99").get("text").asText());
        assertFalse(Files.readString(site.resolve("data/recommendations.json")).contains("<script"), "'<' escaped");
        List<String> lines = Files.readAllLines(site.resolve("data/egdi-2024.json"));
        assertEquals(193 + 2, lines.size(), "one row per line between [ and ]");
        assertTrue(lines.get(1).startsWith("{\"iso3\":\"DNK\",\"country\":\"Denmark\","), lines.get(1));
    }

    @Test
    void aggregatesHaveTheWorldAndTheRegions() throws IOException {
        List<CSVRecord> rows = csv("aggregates-2024.csv");
        assertEquals("world", rows.get(0).get("kind"));
        assertEquals("World", rows.get(0).get("name"));
        assertEquals("193", rows.get(0).get("countries"));
        CSVRecord europe = rows.stream().filter(r -> r.get("name").equals("Europe")).findFirst().orElseThrow();
        assertEquals("region", europe.get("kind"));
        assertEquals("43", europe.get("countries"));
        assertTrue(europe.get("egdi").matches("0\\.849\\d\\d"), europe.get("egdi"));
        JsonNode json = JSON.readTree(site.resolve("data/aggregates-2024.json").toFile());
        assertEquals(rows.size(), json.size());
        assertTrue(rows.stream().anyMatch(r -> r.get("kind").equals("special") && r.get("name").equals("SIDS")));
    }

    @Test
    void formulaTextIsNeutralisedInCsvAndXlsxButNotNumbers() throws IOException {
        List<CSVRecord> recs = csv("recommendations.csv");
        CSVRecord hyperlink = recs.stream().filter(r -> r.get("rec_id").equals("r98")).findFirst().orElseThrow();
        assertEquals("'" + HYPERLINK, hyperlink.get("text"));
        CSVRecord minus = recs.stream().filter(r -> r.get("rec_id").equals("r99")).findFirst().orElseThrow();
        assertEquals("'-1 for <script>alert(1)</script>, \"quoted\"\nand on two lines", minus.get("text"));
        List<CSVRecord> countries = csv("egdi-2024.csv");
        assertTrue(countries.stream().anyMatch(r -> r.get("rank_change").startsWith("-")),
                "a negative rank change stays a number");
        try (XSSFWorkbook book = workbook("egdi-2024.xlsx")) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        assertFalse(cell.getStringCellValue().matches("(?s)[=+\\-@\t\r].*"), cell.getStringCellValue());
                    }
                }
            }
        }
        Table table = new Table("t", "T", List.of(Field.text("text", "x")), List.of(List.of(org.egmpublisher.site.data.Cell
                .text(HYPERLINK)), List.of(org.egmpublisher.site.data.Cell.text("@cmd")),
                List.of(org.egmpublisher.site.data.Cell.text("\tTab")), List.of(org.egmpublisher.site.data.Cell.text("+1"))),
                List.of());
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(XlsxFile.bytes(table, "T", "T")))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("'" + HYPERLINK, sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(0).getCellType(), "not a formula");
            assertEquals("'@cmd", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("'\tTab", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals("'+1", sheet.getRow(4).getCell(0).getStringCellValue());
        }
    }

    @Test
    void xlsxHasABoldFrozenHeaderAndTypedCells() throws IOException {
        try (XSSFWorkbook book = workbook("egdi-2024.xlsx")) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("EGDI 2024", sheet.getSheetName());
            assertEquals(193, sheet.getLastRowNum(), "header + 193 rows");
            Row header = sheet.getRow(0);
            assertEquals("iso3", header.getCell(0).getStringCellValue());
            assertEquals("rank_change", header.getCell(17).getStringCellValue());
            assertTrue(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), "bold header");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
            assertTrue(sheet.getPaneInformation().isFreezePane());
            Row dnk = sheet.getRow(1);
            assertEquals("Denmark", dnk.getCell(1).getStringCellValue());
            assertEquals(CellType.BOOLEAN, dnk.getCell(5).getCellType());
            assertEquals(CellType.NUMERIC, dnk.getCell(9).getCellType());
            assertEquals(0.98474, dnk.getCell(9).getNumericCellValue(), 0);
            assertEquals("0.00000", dnk.getCell(9).getCellStyle().getDataFormatString());
            assertEquals(1, dnk.getCell(14).getNumericCellValue(), 0);
            assertEquals("E-Government Survey 2024: results by country", book.getProperties().getCoreProperties().getTitle());
            assertTrue(book.getProperties().getCoreProperties().getCreated() == null, "no clock date");
        }
        try (XSSFWorkbook book = workbook("aggregates-2024.xlsx")) {
            assertEquals(csv("aggregates-2024.csv").size(), book.getSheetAt(0).getLastRowNum());
        }
    }

    @Test
    void xlsxZipEntriesHaveAFixedTime() throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(site.resolve("data/egdi-2024.xlsx")))) {
            List<String> names = new ArrayList<>();
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
            }
            assertEquals("[Content_Types].xml", names.get(0));
            assertTrue(names.containsAll(List.of("_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                    "xl/worksheets/sheet1.xml", "xl/styles.xml", "docProps/core.xml")), names.toString());
        }
    }

    @Test
    void datapackageDescribesEveryFileWithItsFields() throws IOException {
        JsonNode pkg = JSON.readTree(site.resolve("data/datapackage.json").toFile());
        assertEquals("egm-2021-data", pkg.get("name").asText());
        assertTrue(pkg.get("title").asText().startsWith("Expert Group Meeting"));
        assertTrue(pkg.get("licenses").size() > 0);
        List<String> sources = new ArrayList<>();
        pkg.get("sources").forEach(s -> sources.add(s.get("title").asText()));
        assertTrue(sources.stream().anyMatch(s -> s.contains("E-Government Knowledgebase Data Center")), sources.toString());
        assertTrue(sources.stream().anyMatch(s -> s.contains("M49")), sources.toString());
        assertTrue(sources.stream().anyMatch(s -> s.contains("World Bank")), sources.toString());
        Set<String> described = new TreeSet<>();
        for (JsonNode r : pkg.get("resources")) {
            String path = r.get("path").asText();
            described.add(path);
            String format = r.get("format").asText();
            assertEquals(path.substring(path.lastIndexOf('.') + 1), format, path);
            assertEquals(DataPackage.mediatype(format), r.get("mediatype").asText());
            assertEquals("utf-8", r.get("encoding").asText());
            assertEquals(Files.size(site.resolve("data").resolve(path)), r.get("bytes").asLong(), path);
            List<String> fields = new ArrayList<>();
            for (JsonNode f : r.get("schema").get("fields")) {
                fields.add(f.get("name").asText());
                assertTrue(Set.of("string", "integer", "number", "boolean").contains(f.get("type").asText()));
                assertFalse(f.get("description").asText().isBlank());
            }
            if (format.equals("csv")) {
                assertEquals(csv(path).get(0).getParser().getHeaderNames(), fields, path);
            }
        }
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(site.resolve("data"))) {
            list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("datapackage.json")).forEach(files::add);
        }
        assertEquals(files, described);
        JsonNode egdi = null;
        for (JsonNode r : pkg.get("resources")) {
            if (r.get("path").asText().equals("egdi-2024.csv")) {
                egdi = r;
            }
        }
        assertEquals("\r\n", egdi.get("dialect").get("lineTerminator").asText());
        assertEquals("number", egdi.get("schema").get("fields").get(9).get("type").asText());
        assertEquals("boolean", egdi.get("schema").get("fields").get(5).get("type").asText());
    }

    @Test
    void twoWritesAreByteIdentical() throws IOException {
        Path again = tmp.resolve("again");
        DataDownloads.write(again, project, scores);
        for (Download d : downloads) {
            assertArrayEquals(Files.readAllBytes(site.resolve(d.path())), Files.readAllBytes(again.resolve(d.path())), d.path());
        }
    }

    @Test
    void xmlTextDropsForbiddenCharactersAndProtectsEscapes() {
        assertEquals("a&lt;b&amp;c", XlsxFile.escape("a<b&c"));
        assertEquals("bell", XlsxFile.escape("be\u0007ll"));
        assertEquals("_x005F_x0041_", XlsxFile.escape("_x0041_"));
        assertEquals("AA", XlsxFile.column(26));
        assertEquals("R", XlsxFile.column(17));
    }

    private static JsonNode find(JsonNode array, String recId) {
        for (JsonNode n : array) {
            if (n.get("rec_id").asText().equals(recId)) {
                return n;
            }
        }
        throw new AssertionError("no " + recId);
    }

    static List<CSVRecord> csv(String file) throws IOException {
        try (var reader = Files.newBufferedReader(site.resolve("data").resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    static XSSFWorkbook workbook(String file) throws IOException {
        try (InputStream in = Files.newInputStream(site.resolve("data").resolve(file))) {
            return new XSSFWorkbook(in);
        }
    }
}
