package org.egmpublisher.render.html;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Checks that a template made well-formed XHTML, and says where it did not. */
public final class WellFormed {

    private WellFormed() {
    }

    /**
     * Parses {@code xhtml} as XML, fetching nothing (the templates declare no external DTD);
     * throws a {@link TemplateError} naming {@code template} and the line and column of the XHTML
     * where it stops being well-formed.
     */
    public static void require(String template, String xhtml) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.newSAXParser().parse(new InputSource(new StringReader(xhtml)), new DefaultHandler());
        } catch (SAXParseException e) {
            throw new TemplateError(template, 0, 0, "makes XHTML that is not well-formed, at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + " of the XHTML: " + e.getMessage());
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new IllegalStateException("checking the XHTML of " + template + ": " + e.getMessage(), e);
        }
    }
}
