package org.egmpublisher.site.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.egmpublisher.model.Project;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.SurveyScores;

/**
 * The front door of the data downloads. Writes into {@code siteDir/data/}:
 * <ul>
 *   <li>{@code egdi-<year>.csv} for every edition;</li>
 *   <li>for the latest edition also {@code egdi-<year>.json} and {@code egdi-<year>.xlsx}, and
 *       {@code aggregates-<year>.csv/.json/.xlsx};</li>
 *   <li>{@code recommendations.csv/.json};</li>
 *   <li>{@code datapackage.json}, the Frictionless descriptor of all of them.</li>
 * </ul>
 * Every file is byte-identical for the same inputs. CSV is RFC 4180 with CRLF line ends, UTF-8
 * without a byte-order mark; text cells of CSV and XLSX that a spreadsheet would read as a formula
 * start with an apostrophe.
 */
public final class DataDownloads {

    /** The folder of the downloads inside the site folder. */
    public static final String FOLDER = "data";

    private DataDownloads() {
    }

    /**
     * Writes the downloads of {@code project} and its {@code scores} into {@code siteDir/data/},
     * and returns them in the order written, the descriptor last.
     */
    public static List<Download> write(Path siteDir, Project project, SurveyScores scores) throws IOException {
        Path dir = siteDir.resolve(FOLDER);
        Files.createDirectories(dir);
        List<Download> written = new ArrayList<>();
        DataPackage pkg = new DataPackage();
        for (EditionScores e : scores.editions()) {
            Table countries = DataTables.countries(e);
            write(dir, countries, "csv", CsvFile.bytes(countries), pkg, written);
        }
        if (!scores.editions().isEmpty()) {
            EditionScores latest = scores.latest();
            Table countries = DataTables.countries(latest);
            write(dir, countries, "json", JsonFile.bytes(countries), pkg, written);
            write(dir, countries, "xlsx", XlsxFile.bytes(countries, "EGDI " + latest.year(), countries.title()), pkg, written);
            Table aggregates = DataTables.aggregates(latest);
            write(dir, aggregates, "csv", CsvFile.bytes(aggregates), pkg, written);
            write(dir, aggregates, "json", JsonFile.bytes(aggregates), pkg, written);
            write(dir, aggregates, "xlsx", XlsxFile.bytes(aggregates, "Aggregates " + latest.year(), aggregates.title()),
                    pkg, written);
        }
        Table recommendations = DataTables.recommendations(project.meeting());
        write(dir, recommendations, "csv", CsvFile.bytes(recommendations), pkg, written);
        write(dir, recommendations, "json", JsonFile.bytes(recommendations), pkg, written);
        var publication = project.publication();
        byte[] descriptor = pkg.descriptor(DataPackage.slug(publication.shortTitle()) + "-data",
                publication.title() + ": data");
        Files.write(dir.resolve("datapackage.json"), descriptor);
        written.add(new Download(FOLDER + "/datapackage.json", "Data Package descriptor (Frictionless)", "datapackage",
                descriptor.length));
        return List.copyOf(written);
    }

    private static void write(Path dir, Table table, String format, byte[] content, DataPackage pkg,
                              List<Download> written) throws IOException {
        String file = table.name() + "." + format;
        Files.write(dir.resolve(file), content);
        pkg.add(file, format, table, content);
        written.add(new Download(FOLDER + "/" + file, table.title(), format, content.length));
    }
}
