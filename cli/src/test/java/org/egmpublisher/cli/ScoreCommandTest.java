package org.egmpublisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** {@code egm score} prints what the Survey published. */
class ScoreCommandTest {

    @Test
    void csvHasOneRowPerCountryWithThePublishedValues() throws IOException {
        var run = BuildCommandTest.Run.of("score", BuildCommandTest.EXAMPLE.toString(), "--edition", "2022", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out())).getRecords();
        assertEquals(193, rows.size());
        CSVRecord first = rows.get(0);
        assertEquals("Denmark", first.get("country"));
        assertEquals("0.9717", first.get("egdi"));
        assertEquals("1", first.get("rank"));
        assertEquals("Very High", first.get("group"));
        assertEquals("Europe", first.get("region"));
        CSVRecord iceland = rows.stream().filter(r -> r.get("iso3").equals("ISL")).findFirst().orElseThrow();
        CSVRecord sweden = rows.stream().filter(r -> r.get("iso3").equals("SWE")).findFirst().orElseThrow();
        assertEquals("5", iceland.get("rank"), "2022 shared rank 5");
        assertEquals("5", sweden.get("rank"));
    }

    @Test
    void latestEditionCarriesTheRankIntervalsOfTheUncertaintyAnalysis() throws IOException {
        var run = BuildCommandTest.Run.of("score", BuildCommandTest.EXAMPLE.toString(), "--edition", "2024", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out())).getRecords();
        assertEquals(List.of("iso3", "country", "edition", "egdi", "osi", "tii", "hci", "epi", "rank", "group", "rating_class",
                "region", "rank_p05", "rank_median", "rank_p95"), rows.get(0).getParser().getHeaderNames());
        for (CSVRecord r : rows) {
            int p05 = Integer.parseInt(r.get("rank_p05"));
            int p95 = Integer.parseInt(r.get("rank_p95"));
            int median = Integer.parseInt(r.get("rank_median"));
            assertTrue(p05 <= median && median <= p95, r.toString());
        }
        assertEquals("0.98474", rows.get(0).get("egdi"));
        assertEquals("VH", rows.get(0).get("rating_class"));
    }

    @Test
    void byRegionPrintsTheMeansAndTheWorld() throws IOException {
        var run = BuildCommandTest.Run.of("score", BuildCommandTest.EXAMPLE.toString(), "--edition", "2024", "--format", "csv",
                "--by", "region");
        assertEquals(0, run.code(), run.err());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out())).getRecords();
        assertEquals(6, rows.size());
        CSVRecord europe = rows.stream().filter(r -> r.get("group").equals("Europe")).findFirst().orElseThrow();
        assertEquals("43", europe.get("countries"));
        assertTrue(europe.get("egdi").startsWith("0.849"), europe.get("egdi"));
        assertEquals("World", rows.get(rows.size() - 1).get("group"));
    }

    @Test
    void unknownEditionIsAUsageError() {
        var run = BuildCommandTest.Run.of("score", BuildCommandTest.EXAMPLE.toString(), "--edition", "1999");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no edition 1999"), run.err());
    }
}
