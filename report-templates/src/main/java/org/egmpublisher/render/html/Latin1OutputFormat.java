package org.egmpublisher.render.html;

import freemarker.core.TemplateXMLOutputModel;
import freemarker.core.XMLOutputFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * FreeMarker's XML output format, with every {@code ${…}} written in Latin-1 ({@link Latin1}):
 * characters beyond it as numeric references.
 */
final class Latin1OutputFormat extends XMLOutputFormat {

    static final Latin1OutputFormat INSTANCE = new Latin1OutputFormat();

    private Latin1OutputFormat() {
    }

    @Override
    public String getName() {
        return "XML-Latin1";
    }

    @Override
    public void output(String text, Writer out) throws IOException {
        Latin1.escape(text, out);
    }

    @Override
    public String escapePlainText(String text) {
        TextWriter out = new TextWriter(text.length() + 16);
        try {
            Latin1.escape(text, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a TextWriter does not throw
        }
        return out.toString();
    }

    @Override
    protected TemplateXMLOutputModel newTemplateMarkupOutputModel(String plainText, String markup) {
        return new Markup(plainText, markup);
    }

    /** A markup value ({@code ?no_esc}, {@code ?esc}) of this format, so that it prints without conversion. */
    private static final class Markup extends TemplateXMLOutputModel {

        Markup(String plainText, String markup) {
            super(plainText, markup);
        }

        @Override
        public XMLOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
