package org.egmpublisher.render.html;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The FreeMarker configuration, built once per build and shared (FreeMarker caches compiled
 * templates, so each template is parsed once however many pages use it).
 *
 * <p>Templates are looked up first in the project's {@code templates/} folder, then among the
 * built-in ones, so a project overrides a template by placing a file of the same name. Output is
 * XHTML with every {@code ${…}} escaped, in Latin-1 ({@link Latin1}); numbers are formatted
 * explicitly in the view models, and a missing value fails at the template's line
 * ({@link TemplateError}).
 */
public final class Templates {

    private final Configuration config;
    private final boolean overridden;

    public Templates(Path projectTemplates) {
        config = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        overridden = projectTemplates != null && Files.isDirectory(projectTemplates);
        try {
            if (overridden) {
                loaders.add(new FileTemplateLoader(projectTemplates.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaders.add(new ClassTemplateLoader(Templates.class, "/org/egmpublisher/render/templates"));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        // .ftlx (every built-in template) gets XML escaping in Latin-1; .ftlh stays HTML, as FreeMarker names it.
        config.setRecognizeStandardFileExtensions(false);
        config.setOutputFormat(Latin1OutputFormat.INSTANCE);
        config.setObjectWrapper(new RecordWrapper());
        TemplateConfiguration html = new TemplateConfiguration();
        html.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlh"), html));
        config.setDefaultEncoding("UTF-8");
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    }

    /**
     * Whether the project has templates of its own, which may override built-in ones: the
     * built-in templates are tested to make well-formed XHTML, a project's are not.
     */
    public boolean overridden() {
        return overridden;
    }

    /** Renders {@code name} (e.g. {@code report.ftlx}) with {@code model} as its data. */
    public String render(String name, Object model) {
        try {
            Template template = config.getTemplate(name);
            TextWriter out = new TextWriter(32 * 1024);
            template.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw new TemplateError(e.getTemplateName() == null ? name : e.getTemplateName(), e.lineNumber, e.columnNumber, e.getEditorMessage());
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            String blamed = e.getBlamedExpressionString();
            String message = blamed != null && e instanceof freemarker.core.InvalidReferenceException
                    ? "'" + blamed + "' is missing or null" : firstLine(e.getMessageWithoutStackTop());
            throw new TemplateError(where, line, column, message);
        } catch (IOException e) {
            throw new TemplateError(name, 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "template error" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
