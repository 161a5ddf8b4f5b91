package org.egmpublisher.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A PDF checked against PDF/UA-1 (ISO 14289-1) by veraPDF, the PDF Association's validator: the
 * rules a machine can check (tags, structure, fonts, metadata), not those a person must judge
 * (whether a text alternative says the right thing).
 */
public final class PdfUa {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** The rules {@code pdf} breaks, each once with how often: {@code "7.2-43 (1x): Table rows shall …"}. */
    public static List<String> violations(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            TreeMap<String, String> rules = new TreeMap<>();
            TreeMap<String, Integer> counts = new TreeMap<>();
            for (TestAssertion t : result.getTestAssertions()) {
                if (t.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber();
                    rules.putIfAbsent(rule, t.getMessage() + " at " + t.getLocation().getContext());
                    counts.merge(rule, 1, Integer::sum);
                }
            }
            if (result.isCompliant() != rules.isEmpty()) {
                throw new IllegalStateException("veraPDF: compliant " + result.isCompliant() + " with failures " + rules);
            }
            return rules.entrySet().stream()
                    .map(e -> e.getKey() + " (" + counts.get(e.getKey()) + "x): " + e.getValue())
                    .toList();
        }
    }
}
