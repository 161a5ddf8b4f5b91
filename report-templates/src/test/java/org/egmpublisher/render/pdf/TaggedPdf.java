package org.egmpublisher.render.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/**
 * A PDF's tags read back with PDFBox: its structure tree as an outline ({@code Document(H1 P
 * L(LI(LBody)))}), and its content streams sorted into what is tagged, what is an artifact and
 * what is neither.
 */
public record TaggedPdf(boolean marked, String tree, List<String> alternatives, List<String> headerScopes,
                        int taggedText, int artifactText, List<String> unmarked) {

    private static final Set<String> SHOWS_TEXT = Set.of("Tj", "TJ", "'", "\"");
    private static final Set<String> PAINTS = Set.of("f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh");

    /** Reads {@code pdf}. */
    public static TaggedPdf of(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var markInfo = doc.getDocumentCatalog().getMarkInfo();
            var root = doc.getDocumentCatalog().getStructureTreeRoot();
            List<String> alts = new ArrayList<>();
            List<String> scopes = new ArrayList<>();
            String tree = root == null ? "" : outline(root, alts, scopes);
            int[] text = new int[2];
            List<String> unmarked = new ArrayList<>();
            int pageNo = 0;
            for (PDPage page : doc.getPages()) {
                pageNo++;
                scan(page, pageNo, text, unmarked);
            }
            return new TaggedPdf(markInfo != null && markInfo.isMarked(), tree, alts, scopes, text[0], text[1], unmarked);
        }
    }

    private static String outline(PDStructureNode node, List<String> alts, List<String> scopes) {
        StringBuilder out = new StringBuilder();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(e.getStructureType());
                if (e.getAlternateDescription() != null) {
                    alts.add(e.getAlternateDescription());
                }
                if (e.getStructureType().equals("TH")) {
                    COSBase a = e.getCOSObject().getDictionaryObject(COSName.A);
                    scopes.add(a instanceof COSDictionary d ? String.valueOf(d.getNameAsString("Scope")) : "none");
                }
                String inner = outline(e, alts, scopes);
                if (!inner.isEmpty()) {
                    out.append('(').append(inner).append(')');
                }
            }
        }
        return out.toString();
    }

    /** Counts text shown inside structure elements and inside artifacts; lists any painting outside both. */
    private static void scan(PDPage page, int pageNo, int[] text, List<String> unmarked) throws IOException {
        Deque<String> open = new ArrayDeque<>();
        List<Object> operands = new ArrayList<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (!(token instanceof Operator op)) {
                operands.add(token);
                continue;
            }
            switch (op.getName()) {
                case "BMC", "BDC" -> open.push(((COSName) operands.getFirst()).getName());
                case "EMC" -> open.pop();
                default -> {
                    boolean shows = SHOWS_TEXT.contains(op.getName());
                    if (open.isEmpty() && (shows || PAINTS.contains(op.getName()))) {
                        unmarked.add("page " + pageNo + ": " + op.getName() + " " + operands);
                    } else if (shows) {
                        text[open.contains("Artifact") ? 1 : 0]++;
                    }
                }
            }
            operands.clear();
        }
    }
}
