package org.egmpublisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.egmpublisher.render.chart.Fingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build into a folder that holds an earlier build reuses its figures and PDFs when their inputs
 * did not change, and its output is byte for byte what a build without the cache writes.
 */
class BuildCacheTest {

    @TempDir
    Path tmp;

    @Test
    void aRebuildReusesWhatDidNotChangeAndWritesWhatAFreshBuildWrites() throws Exception {
        Path project = tmp.resolve("project");
        Folders.copy(Path.of("..", "examples", "egm-2021"), project);
        Path out = tmp.resolve("out");

        Build.Result first = build(project, out, true);
        assertEquals(0, first.reuse().reused());
        assertTrue(first.reuse().made() > 400, "every figure of the site and both PDFs: " + first.reuse());
        Map<String, String> built = digests(out);

        Build.Result again = build(project, out, true);
        assertEquals(new Build.Reuse(first.reuse().made(), 0), again.reuse(), "nothing changed, nothing made");
        assertEquals(built, digests(out));

        Path recommendations = project.resolve("meeting/recommendations.csv");
        Files.writeString(recommendations, Files.readString(recommendations).replace(
                "Keep the EGDI comparable over time", "Keep the EGDI comparable from one edition to the next"));
        Build.Result edited = build(project, out, true);
        assertTrue(edited.reuse().made() >= 1 && edited.reuse().reused() > 400,
                "the report is made again, the Survey's figures are reused: " + edited.reuse());

        Path fresh = tmp.resolve("fresh");
        Build.Result uncached = build(project, fresh, false);
        assertEquals(0, uncached.reuse().reused());
        Map<String, String> expected = digests(fresh);
        assertEquals(expected, digests(out), "a rebuild writes what a build without the cache writes");
        assertTrue(!expected.equals(built), "and the edit shows");
    }

    @Test
    void aRebuildWithoutReuseMakesEverythingAgain() throws Exception {
        Path out = tmp.resolve("out");
        Path example = Path.of("..", "examples", "egm-2021");
        Build.Result first = build(example, out, true);
        Build.Result second = build(example, out, false);
        assertEquals(new Build.Reuse(0, first.reuse().made()), second.reuse());
    }

    private static Build.Result build(Path project, Path out, boolean reuse) throws Exception {
        Build.Result result = Build.run(new Build.Options(project, out, Optional.empty(), "test", reuse), stage -> { });
        assertTrue(result.ok(), () -> result.problems().toString());
        return result;
    }

    /** Every file of the output but the cache, by path, as a SHA-256. */
    private static Map<String, String> digests(Path out) throws IOException {
        return Folders.read(out, path -> !path.startsWith(Build.CACHE), f -> Fingerprint.sha256(
                new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)));
    }
}
