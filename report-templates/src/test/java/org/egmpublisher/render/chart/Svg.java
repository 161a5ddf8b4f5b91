package org.egmpublisher.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** Test helper: parses a figure's SVG as namespace-aware XML (it must be well-formed) and checks its root. */
public final class Svg {

    public static final String NS = "http://www.w3.org/2000/svg";

    private Svg() {
    }

    public static Document parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Checks role, title, desc, aria-labelledby, size and viewBox; returns the parsed document. */
    public static Document checkAccessibleRoot(Figure figure) {
        Document doc = parse(figure.svg());
        Element root = doc.getDocumentElement();
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        assertEquals(figure.id(), root.getAttribute("id"));
        assertEquals("img", root.getAttribute("role"));
        assertEquals(Integer.toString(figure.width()), root.getAttribute("width"));
        assertEquals(Integer.toString(figure.height()), root.getAttribute("height"));
        assertEquals("0 0 " + figure.width() + " " + figure.height(), root.getAttribute("viewBox"));
        Element title = first(root, "title");
        Element desc = first(root, "desc");
        assertEquals(figure.title(), title.getTextContent());
        assertEquals(figure.summary(), desc.getTextContent());
        assertEquals(title.getAttribute("id") + " " + desc.getAttribute("id"), root.getAttribute("aria-labelledby"));
        assertEquals(title, root.getFirstChild(), "<title> comes first");
        assertIdsUniqueAndPrefixed(root, figure.id());
        return doc;
    }

    static Element first(Element root, String name) {
        NodeList list = root.getElementsByTagNameNS(NS, name);
        assertTrue(list.getLength() > 0, "no <" + name + ">");
        return (Element) list.item(0);
    }

    public static List<Element> all(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** The text of every {@code <text>} element, in document order. */
    public static List<String> texts(Document doc) {
        return all(doc, "text").stream().map(Element::getTextContent).toList();
    }

    static void assertIdsUniqueAndPrefixed(Element root, String prefix) {
        Set<String> ids = new HashSet<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("id")) {
                String id = e.getAttribute("id");
                assertTrue(ids.add(id), "duplicate id " + id);
                assertTrue(id.startsWith(prefix + "-"), "id " + id + " is not prefixed with the figure id");
            }
        }
        assertNotNull(root);
    }

    /** No attribute carries a number with more than {@code decimals} decimals. */
    public static void assertPrecision(Document doc, int decimals) {
        NodeList all = doc.getElementsByTagName("*");
        java.util.regex.Pattern tooLong = java.util.regex.Pattern.compile("\\d\\.\\d{" + (decimals + 1) + ",}");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = all.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String value = attributes.item(a).getNodeValue();
                assertFalse(tooLong.matcher(value).find(), "attribute " + attributes.item(a).getNodeName() + " of <"
                        + all.item(i).getNodeName() + "> has more than " + decimals + " decimals: "
                        + value.substring(0, Math.min(80, value.length())));
            }
        }
    }
}
