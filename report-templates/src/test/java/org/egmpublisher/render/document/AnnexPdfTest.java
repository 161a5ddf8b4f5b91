package org.egmpublisher.render.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.render.html.TemplateError;
import org.egmpublisher.render.markdown.Markdown;
import org.egmpublisher.render.html.WellFormed;
import org.egmpublisher.render.pdf.PdfRenderer;
import org.egmpublisher.scoring.CountryScore;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.preset.Composite;
import org.egmpublisher.scoring.preset.EditionPreset;
import org.egmpublisher.scoring.preset.Node;
import org.egmpublisher.scoring.preset.Threshold;
import org.junit.jupiter.api.BeforeAll;
import org.egmpublisher.render.pdf.TaggedPdf;
import org.junit.jupiter.api.Test;

/**
 * The annex of the bundled example rendered to PDF as {@code egm build} renders it, and read back
 * with PDFBox: the method of every index, the indicator tables, the thresholds, the 193 Member
 * States with the values {@code egm score} prints, the stamp, bookmarks and embedded fonts.
 * The PDF is also left in {@code target/annex-test/} for a person to look at.
 */
class AnnexPdfTest {

    private static byte[] pdf;
    private static String text;
    /** The text in reading order by position, in which formulas read left to right. */
    private static String lines;

    @BeforeAll
    static void render() throws Exception {
        PdfDocumentWriter writer = new PdfDocumentWriter(AnnexBuilderTest.Fixture.TEMPLATES,
                new PdfRenderer(Instant.parse("2021-03-31T00:00:00Z")), "9.9.9-test");
        pdf = writer.write(AnnexBuilderTest.Fixture.ANNEX, "UN DESA", List.of("E-Government Survey 2024"));
        Path out = Path.of("target/annex-test/methodology-annex.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            PDFTextStripper sorted = new PDFTextStripper();
            sorted.setSortByPosition(true);
            lines = sorted.getText(doc);
        }
    }

    @Test
    void twoDocumentsRenderedAtOnceShareTheFontsAndKeepTheirBytes() throws Exception {
        PdfDocumentWriter writer = new PdfDocumentWriter(AnnexBuilderTest.Fixture.TEMPLATES,
                new PdfRenderer(Instant.parse("2021-03-31T00:00:00Z")), "9.9.9-test");
        try (ExecutorService two = Executors.newFixedThreadPool(2)) {
            List<Future<byte[]>> copies = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                copies.add(two.submit(() -> writer.write(AnnexBuilderTest.Fixture.ANNEX, "UN DESA",
                        List.of("E-Government Survey 2024"))));
            }
            for (Future<byte[]> copy : copies) {
                assertArrayEquals(pdf, copy.get(), "the same bytes as the PDF rendered alone, subset tags included");
            }
        }
    }

    @Test
    void isTaggedForScreenReadersWithEveryFigureDescribed() throws Exception {
        TaggedPdf tags = TaggedPdf.of(pdf);
        assertTrue(tags.marked());
        assertEquals(List.of(), tags.unmarked(), "everything painted is tagged or an artifact");
        for (String type : List.of("Document(", "H1", "H2", "P", "L(LI(LBody", "Table(Caption TR(TH", "TD", "Figure")) {
            assertTrue(tags.tree().contains(type), type + " in " + tags.tree().substring(0, 300));
        }
        long figures = java.util.regex.Pattern.compile("\\bFigure\\b").matcher(tags.tree()).results().count();
        assertEquals(figures, tags.alternatives().size(), "every figure has its text alternative");
        assertTrue(figures > 0);
        assertTrue(tags.alternatives().stream().allMatch(alt -> alt.length() > 40), tags.alternatives().toString());
        assertTrue(tags.artifactText() > 0, "the running header and page numbers are artifacts");
        assertTrue(!tags.headerScopes().isEmpty() && !tags.headerScopes().contains("none"),
                "every header cell is scoped to its column or row: " + tags.headerScopes().stream().distinct().toList());
    }

    @Test
    void everyLinkIsTaggedDescribedAndInTabOrder() throws Exception {
        TaggedPdf tags = TaggedPdf.of(pdf);
        assertTrue(tags.links().size() > 50, "the contents alone link every section: " + tags.links().size());
        for (String link : tags.links()) {
            assertTrue(link.endsWith(" -> Link (OBJR)") && !link.startsWith("null") && !link.startsWith(" "), link);
        }
        assertEquals(tags.pages(), tags.tabOrderPages());
    }

    @Test
    void eachEntryOfTheContentsLeadsToThePageItsSectionBeginsOn() throws Exception {
        // A heading kept with what follows it may be pushed to the next page: the link must follow.
        List<String> wrong = new ArrayList<>();
        int entries = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getContents().matches("\\d+(\\.\\d+)* .*")
                            && link.getAction() instanceof PDActionGoTo goTo
                            && goTo.getDestination() instanceof PDPageXYZDestination to) {
                        entries++;
                        int target = doc.getPages().indexOf(to.getPage()) + 1;
                        PDFTextStripper stripper = new PDFTextStripper();
                        stripper.setStartPage(target);
                        stripper.setEndPage(target);
                        if (!stripper.getText(doc).replaceAll("\\s+", " ").contains(link.getContents())) {
                            wrong.add(link.getContents() + " -> page " + target);
                        }
                    }
                }
            }
        }
        assertTrue(entries > 40, "entries of the contents: " + entries);
        assertEquals(List.of(), wrong);
    }

    @Test
    void theBuiltInTemplatesMakeWellFormedXhtmlForBothDocuments() {
        // The renderer parses leniently; only a project's own templates are checked on every build.
        PdfDocumentWriter writer = new PdfDocumentWriter(AnnexBuilderTest.Fixture.TEMPLATES,
                new PdfRenderer(Instant.parse("2021-03-31T00:00:00Z")), "9.9.9-test");
        DocumentContent report = new ReportBuilder(AnnexBuilderTest.Fixture.TEMPLATES, new Markdown())
                .build(AnnexBuilderTest.Fixture.PROJECT, AnnexBuilderTest.Fixture.FIGURES);
        for (DocumentContent doc : List.of(AnnexBuilderTest.Fixture.ANNEX, report)) {
            String xhtml = writer.xhtml(doc, "UN DESA", List.of("cover"), new HashMap<>());
            assertTrue(xhtml.length() > 50_000, doc.slug() + ": " + xhtml.length());
            WellFormed.require("pdf-document.ftlx", xhtml);
            assertThrows(TemplateError.class, () -> WellFormed.require("pdf-document.ftlx",
                    xhtml.replaceFirst("</p>", "")), "the check finds a missing end tag");
        }
    }

    @Test
    void printsTheMethodOfEveryIndex() {
        for (IndexName n : IndexName.values()) {
            assertTrue(text.contains(n.title()), n.title());
        }
        for (String heading : List.of("The E-Government Development Index", "Standardisation and normalisation", "Caps",
                "Weights and aggregation", "Groups and rating classes", "Ranks", "Missing data",
                "Uncertainty and sensitivity of the ranks", "The meeting's methodology proposals",
                "Open questions and notes", "Statistical tables, 2024")) {
            assertTrue(text.contains(heading), heading);
        }
        assertTrue(lines.contains("EGDI(c) = 1/3 · OSI(c) + 1/3 · TII(c) + 1/3 · HCI(c)"), "EGDI formula");
        assertTrue(lines.contains("= min(xk(c), 120)"), "the TII cap");
    }

    @Test
    void printsEveryIndicatorTableWithItsWeights() {
        for (EditionScores e : AnnexBuilderTest.Fixture.SCORES.editions()) {
            EditionPreset p = e.preset();
            if (!p.hasMethod()) {
                continue;
            }
            for (IndexName n : List.of(IndexName.OSI, IndexName.TII, IndexName.HCI, IndexName.EPI, IndexName.LOSI,
                    IndexName.OGDI)) {
                p.index(n).ifPresent((Composite c) -> {
                    assertTrue(text.contains(c.name() + ", " + p.year() + ":"), c.name() + " " + p.year());
                    for (Node child : c.children()) {
                        assertTrue(text.contains(child.name()), child.name());
                    }
                });
            }
        }
        assertTrue(text.contains("Adult literacy rate UNESCO Institute for Statistics; % of people aged 15 and over 1/3"),
                "HCI row with its weight");
        assertTrue(text.contains("2/9"), "HCI weight 2/9");
    }

    @Test
    void printsTheThresholds() {
        for (Threshold t : AnnexBuilderTest.Fixture.SCORES.latest().preset().thresholds()) {
            String range = AnnexMethod.plain(t.lowerBound()) + " ≤ EGDI " + (t.upperInclusive() ? "≤ " : "< ")
                    + AnnexMethod.plain(t.upperBound());
            assertTrue(text.contains(t.group().label() + " " + range), range);
        }
    }

    @Test
    void printsAllMemberStatesWithTheValuesEgmScorePrints() {
        EditionScores latest = AnnexBuilderTest.Fixture.SCORES.latest();
        int dp = latest.decimals();
        int epiDp = latest.preset().epiDecimals();
        List<String> missing = new ArrayList<>();
        for (CountryScore c : latest.countries()) {
            String row = c.rank() + " " + c.country().name() + " " + c.country().region() + " "
                    + AnnexBuilderTest.Fixture.score(c.egdi(), dp) + " " + c.group().label() + " " + c.ratingClass().name()
                    + " " + AnnexBuilderTest.Fixture.score(c.osi(), dp) + " " + AnnexBuilderTest.Fixture.score(c.tii(), dp)
                    + " " + AnnexBuilderTest.Fixture.score(c.hci(), dp) + " "
                    + AnnexBuilderTest.Fixture.score(c.epi(), epiDp);
            if (!text.contains(row)) {
                missing.add(row);
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(193, latest.countries().size());
    }

    @Test
    void carriesTheStampAndABookmarkForEveryChapterAndSection() throws Exception {
        AnnexStamp stamp = AnnexBuilderTest.Fixture.STAMP;
        assertTrue(text.contains("Input data fingerprint: SHA-256 " + stamp.fingerprint()), "front matter");
        assertTrue(text.indexOf(stamp.fingerprint()) != text.lastIndexOf(stamp.fingerprint()), "more than once");
        assertTrue(text.contains("Methodology preset un-egov-2024 (United Nations E-Government Survey 2024)"));
        assertTrue(text.contains("EGM Publisher 9.9.9-test"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> top = new ArrayList<>();
            int children = 0;
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                for (PDOutlineItem ignored : item.children()) {
                    children++;
                }
            }
            List<String> chapters = AnnexBuilderTest.Fixture.ANNEX.headings().stream().filter(h -> h.level() == 1)
                    .map(Heading::text).toList();
            assertEquals(chapters, top);
            assertEquals(AnnexBuilderTest.Fixture.ANNEX.headings().stream().filter(h -> h.level() == 2).count(), children);
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().contains("DejaVu"), font.getName());
                }
            }
        }
    }
}
