package org.egmpublisher.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.egmpublisher.model.Project;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.SurveyScores;

/**
 * The downloads page: the files {@code org.egmpublisher.site.data.DataDownloads} writes into the
 * site's {@code data/} folder and the two PDFs, with schema.org {@code Dataset} markup (JSON-LD)
 * so that dataset search engines find them. The page names the files the data writer makes
 * rather than listing the folder, so it is the same whatever order the build writes them in; the
 * site's link check fails if the two ever disagree.
 */
public final class DataPage {

    /** A file to download, its address relative to the data page. */
    public record Download(String href, String name, String format, String mediaType, String description) {
    }

    /** Downloads under one heading. */
    public record Group(String id, String title, List<Download> files) {
    }

    private static final String CSV = "text/csv";
    private static final String JSON = "application/json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SiteOutput output;

    DataPage(SiteOutput output) {
        this.output = output;
    }

    /** The files of the data folder, grouped as the page shows them. */
    static List<Group> groups(SurveyScores scores) {
        int year = scores.latest().year();
        List<Download> editions = new ArrayList<>();
        for (EditionScores e : scores.editions().reversed()) {
            editions.add(new Download("egdi-" + e.year() + ".csv", "egdi-" + e.year() + ".csv", "CSV", CSV,
                    "Results of " + e.year() + " by country."));
        }
        return List.of(
                new Group("latest", "Results " + year, List.of(
                        new Download("egdi-" + year + ".csv", "egdi-" + year + ".csv", "CSV", CSV,
                                "Every Member State's EGDI, OSI, TII, HCI and EPI, with rank, group and rating class."),
                        new Download("egdi-" + year + ".json", "egdi-" + year + ".json", "JSON", JSON,
                                "The same, as JSON."),
                        new Download("egdi-" + year + ".xlsx", "egdi-" + year + ".xlsx", "Excel workbook", XLSX,
                                "The same, as a spreadsheet."))),
                new Group("means", "Means " + year, List.of(
                        new Download("aggregates-" + year + ".csv", "aggregates-" + year + ".csv", "CSV", CSV,
                                "Means of the world, regions, sub-regions, income groups and countries in special "
                                        + "situations."),
                        new Download("aggregates-" + year + ".json", "aggregates-" + year + ".json", "JSON", JSON,
                                "The same, as JSON."),
                        new Download("aggregates-" + year + ".xlsx", "aggregates-" + year + ".xlsx", "Excel workbook",
                                XLSX, "The same, as a spreadsheet."))),
                new Group("editions", "Every edition", editions),
                new Group("meeting", "The meeting", List.of(
                        new Download("recommendations.csv", "recommendations.csv", "CSV", CSV,
                                "The recommendations with their area, index, dialogue, group, question and support."),
                        new Download("recommendations.json", "recommendations.json", "JSON", JSON,
                                "The same, as JSON."))),
                new Group("package", "Data Package", List.of(
                        new Download("datapackage.json", "datapackage.json", "JSON (Frictionless Data Package)", JSON,
                                "Describes every file above: its columns, their types and units."))));
    }

    void write(Project project, SurveyScores scores) throws IOException {
        int year = scores.latest().year();
        int first = scores.editions().get(0).year();
        List<Group> groups = groups(scores);
        List<Download> documents = List.of(
                new Download("../egm-report.pdf", "egm-report.pdf", "PDF", "application/pdf", "The EGM report."),
                new Download("../methodology-annex.pdf", "methodology-annex.pdf", "PDF", "application/pdf",
                        "The methodology annex with the statistical tables."));
        String description = "Results of the United Nations E-Government Survey, " + first + "–" + year + ", for the "
                + project.survey().countries().size() + " UN Member States: the E-Government Development Index (EGDI), "
                + "its components and the E-Participation Index, with ranks, groups, rating classes and regional "
                + "means; and the recommendations of the " + project.meeting().title() + ".";
        Map<String, Object> model = output.base("data/index.html", "Data downloads", description);
        model.put("current", "data");
        model.put("year", year);
        model.put("first", first);
        model.put("groups", groups);
        model.put("documents", documents);
        model.put("jsonLd", jsonLd(project, description, first, year, groups));
        output.page("data/index.html", "site/data.ftlx", model);
        output.index("Data downloads", "data/index.html", "Data", "download csv json xlsx excel data package");
    }

    private String jsonLd(Project project, String description, int first, int year, List<Group> groups) {
        String base = output.site().baseUrl();
        StringBuilder j = new StringBuilder(4096);
        j.append("{\"@context\":\"https://schema.org\",\"@type\":\"Dataset\"");
        j.append(",\"name\":").append(SiteWriter.json("United Nations E-Government Survey results " + first + "–" + year));
        j.append(",\"description\":").append(SiteWriter.json(description));
        if (!base.isEmpty()) {
            j.append(",\"url\":").append(SiteWriter.json(base + "data/index.html"));
        }
        j.append(",\"keywords\":[\"e-government\",\"EGDI\",\"digital government\",\"E-Government Survey\",\"United Nations\"]");
        j.append(",\"isAccessibleForFree\":true");
        j.append(",\"temporalCoverage\":").append(SiteWriter.json(first + "/" + year));
        j.append(",\"spatialCoverage\":{\"@type\":\"Place\",\"name\":\"World\"}");
        j.append(",\"creator\":{\"@type\":\"Organization\",\"name\":\"United Nations Department of Economic and Social "
                + "Affairs (UN DESA)\"}");
        j.append(",\"publisher\":{\"@type\":\"Organization\",\"name\":").append(SiteWriter.json(project.meeting().organiser()))
                .append('}');
        j.append(",\"variableMeasured\":[\"E-Government Development Index (EGDI)\",\"Online Service Index (OSI)\","
                + "\"Telecommunication Infrastructure Index (TII)\",\"Human Capital Index (HCI)\","
                + "\"E-Participation Index (EPI)\"]");
        j.append(",\"distribution\":[");
        String sep = "";
        for (Group g : groups) {
            for (Download d : g.files()) {
                j.append(sep).append("{\"@type\":\"DataDownload\",\"name\":").append(SiteWriter.json(d.name()))
                        .append(",\"description\":").append(SiteWriter.json(d.description()))
                        .append(",\"encodingFormat\":").append(SiteWriter.json(d.mediaType()))
                        .append(",\"contentUrl\":").append(SiteWriter.json(base.isEmpty() ? d.href() : base + "data/"
                                + d.href()))
                        .append('}');
                sep = ",";
            }
        }
        j.append("]}");
        return j.toString();
    }
}
