package org.egmpublisher.render.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input fingerprint: a SHA-256 of the {@code sha256sum} manifest of the survey files, in a fixed order. */
class AnnexStampTest {

    @TempDir
    Path root;

    @Test
    void fingerprintIsTheSha256OfTheSha256sumManifest() throws Exception {
        write("survey/countries.csv", "iso3,name\nDNK,Denmark\n");
        write("survey/results/a.csv", "1\n");
        AnnexStamp stamp = AnnexStamp.of(root, List.of("survey/countries.csv", "survey/results/a.csv"), "1.0");
        String manifest = sha("iso3,name\nDNK,Denmark\n") + "  survey/countries.csv\n" + sha("1\n")
                + "  survey/results/a.csv\n";
        assertEquals(sha(manifest), stamp.fingerprint());
        assertEquals(List.of(new AnnexStamp.InputFile("survey/countries.csv", sha("iso3,name\nDNK,Denmark\n")),
                new AnnexStamp.InputFile("survey/results/a.csv", sha("1\n"))), stamp.files());
        assertEquals("1.0", stamp.toolVersion());
    }

    @Test
    void fingerprintChangesWithAnyByteOfAnyFileAndWithTheOrder() throws Exception {
        write("survey/countries.csv", "a\n");
        write("survey/results/a.csv", "b\n");
        List<String> files = List.of("survey/countries.csv", "survey/results/a.csv");
        String before = AnnexStamp.of(root, files, "1.0").fingerprint();
        assertEquals(before, AnnexStamp.of(root, files, "2.0").fingerprint(), "the tool version is not an input");
        write("survey/results/a.csv", "c\n");
        String after = AnnexStamp.of(root, files, "1.0").fingerprint();
        assertNotEquals(before, after);
        assertNotEquals(after, AnnexStamp.of(root, files.reversed(), "1.0").fingerprint());
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> AnnexStamp.of(root, List.of("survey/countries.csv"), "1.0"));
        assertTrue(e.getMessage().startsWith("cannot read input file survey/countries.csv to fingerprint it"),
                e.getMessage());
    }

    @Test
    void aProjectIsFingerprintedFromItsSettingsAndCountriesThenItsResultsInPathOrder() {
        AnnexStamp stamp = AnnexBuilderTest.Fixture.STAMP;
        List<String> paths = stamp.files().stream().map(AnnexStamp.InputFile::path).toList();
        assertEquals(List.of("publication.yaml", "survey/countries.csv"), paths.subList(0, 2));
        assertEquals(14, paths.size());
        assertEquals(paths.subList(2, 14).stream().sorted().toList(), paths.subList(2, 14));
        assertTrue(paths.subList(2, 14).stream().allMatch(p -> p.startsWith("survey/results/")), paths.toString());
        assertEquals(stamp, AnnexStamp.of(AnnexBuilderTest.Fixture.ROOT, paths, "9.9.9-test"));
    }

    @Test
    void rejectsAFingerprintThatIsNotSha256() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AnnexStamp(List.of(), "abc", "1.0"));
        assertEquals("fingerprint must be 64 lower-case hex digits (SHA-256), got 'abc'", e.getMessage());
    }

    private void write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String sha(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
