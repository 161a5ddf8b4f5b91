package org.egmpublisher.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The bundled example built once for a test class, the way {@code egm build} builds it. Setting
 * the system property {@code egm.site} to an already built site folder skips the build (handy
 * while iterating on templates; never set in CI).
 */
final class BuiltSite {

    private BuiltSite() {
    }

    /** Builds {@code examples/egm-2021} into {@code tempDir/out} and returns the site folder. */
    static Path build(Path tempDir) throws Exception {
        String given = System.getProperty("egm.site", "");
        if (!given.isBlank()) {
            return Path.of(given).toAbsolutePath();
        }
        Build.Result result = Build.run(new Build.Options(Path.of("..", "examples", "egm-2021"), tempDir.resolve("out"),
                Optional.empty(), "test"), stage -> { });
        assertTrue(result.ok(), () -> "the example project should build: " + result.problems());
        return tempDir.resolve("out").resolve("site").toAbsolutePath();
    }

    /** Every HTML page of the site, relative to it, in a stable order. */
    static List<String> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).map(f -> site.relativize(f).toString()
                    .replace('\\', '/')).sorted().toList();
        }
    }
}
