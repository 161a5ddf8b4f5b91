package org.egmpublisher.scoring.meeting;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.load.ProjectLoader;

/** The bundled example's meeting, loaded once, and its raw CSV rows for independent expectations. */
final class BundledMeeting {

    static final Path ROOT = Path.of("..", "examples", "egm-2021");
    static final Project PROJECT = ProjectLoader.load(ROOT).project()
            .orElseThrow(() -> new IllegalStateException("the bundled example does not load"));

    private BundledMeeting() {
    }

    static List<CSVRecord> rows(String file) {
        try (Reader in = Files.newBufferedReader(ROOT.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
