package org.egmpublisher.render.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * A PDF's tags read back with PDFBox: its structure tree as an outline ({@code Document(H1 P
 * L(LI(LBody)))}), its content streams sorted into what is tagged, what is an artifact and what is
 * neither, and its link annotations with the structure elements they belong to.
 *
 * @param links each link annotation as {@code "<Contents> -> <type>"}: the type of the structure
 *              element its {@code /StructParent} names, with {@code " (OBJR)"} when that element
 *              refers back to the annotation; {@code "untagged"} when it names none
 * @param tabOrderPages the pages whose tab order is the structure's ({@code /Tabs /S})
 */
public record TaggedPdf(boolean marked, String tree, List<String> alternatives, List<String> headerScopes,
                        int taggedText, int artifactText, List<String> unmarked, List<String> links,
                        int pages, int tabOrderPages) {

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
            List<String> links = new ArrayList<>();
            Map<Integer, COSBase> parents = new HashMap<>();
            if (root != null && root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE) instanceof COSDictionary tree0) {
                numbers(tree0, parents);
            }
            int pageNo = 0;
            int tabOrder = 0;
            for (PDPage page : doc.getPages()) {
                pageNo++;
                scan(page, pageNo, text, unmarked);
                links(page, parents, links);
                if (COSName.S.equals(page.getCOSObject().getCOSName(COSName.getPDFName("Tabs")))) {
                    tabOrder++;
                }
            }
            return new TaggedPdf(markInfo != null && markInfo.isMarked(), tree, alts, scopes, text[0], text[1], unmarked,
                    links, pageNo, tabOrder);
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

    /** The entries of a number tree (the parent tree), from its leaves. */
    private static void numbers(COSDictionary node, Map<Integer, COSBase> into) {
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                into.put(((COSInteger) nums.getObject(i)).intValue(), nums.getObject(i + 1));
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                numbers((COSDictionary) kids.getObject(i), into);
            }
        }
    }

    private static void links(PDPage page, Map<Integer, COSBase> parents, List<String> links) throws IOException {
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (!(annotation instanceof PDAnnotationLink)) {
                continue;
            }
            COSDictionary annot = annotation.getCOSObject();
            String tag = "untagged";
            if (annot.containsKey(COSName.STRUCT_PARENT)
                    && parents.get(annot.getInt(COSName.STRUCT_PARENT)) instanceof COSDictionary element) {
                tag = element.getNameAsString(COSName.S) + (refersTo(element.getDictionaryObject(COSName.K), annot) ? " (OBJR)" : "");
            }
            links.add(annotation.getContents() + " -> " + tag);
        }
    }

    /** Whether {@code kids} (an element's /K) holds an object reference to {@code annotation}. */
    private static boolean refersTo(COSBase kids, COSDictionary annotation) {
        if (kids instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (refersTo(array.getObject(i), annotation)) {
                    return true;
                }
            }
            return false;
        }
        return kids instanceof COSDictionary d && COSName.getPDFName("OBJR").equals(d.getCOSName(COSName.TYPE))
                && d.getDictionaryObject(COSName.getPDFName("Obj")) == annotation;
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
