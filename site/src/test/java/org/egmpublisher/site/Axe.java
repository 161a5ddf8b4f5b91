package org.egmpublisher.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core in the page under test: the {@code axe.min.js} bundled in Deque's
 * {@code com.deque.html.axe-core:selenium} artifact (nothing is fetched), injected with Selenium
 * and run with {@code preload: false}, so axe does not try to re-read the stylesheet with a
 * request the site's Content Security Policy rightly refuses. Runs in the page itself rather
 * than through AxeBuilder's frame-by-frame protocol: the site has no frames, and this is about
 * three times faster on the 193-row tables.
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private static final String SOURCE = load();

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, preload: false,
                               resultTypes: ['violations']})
              .then(function (r) {
                done(r.violations.map(function (v) {
                  return v.id + ' (' + v.impact + ') ' + v.help + ' \u2014 ' + v.nodes.length + ' element(s): '
                    + v.nodes.slice(0, 3).map(function (n) {
                        return n.target.join(' ') + ' \u2192 ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
                      }).join(' | ');
                }));
              })
              .catch(function (e) { done(['axe failed: ' + e]); });
            """;

    private Axe() {
    }

    /** The violations on the page now loaded, one line each; empty when it passes. */
    @SuppressWarnings("unchecked")
    static List<String> violations(ChromeDriver driver) {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(SOURCE);
        }
        return (List<String>) driver.executeAsyncScript(RUN, TAGS);
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the test classpath: the test needs "
                        + "com.deque.html.axe-core:selenium, which bundles it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
