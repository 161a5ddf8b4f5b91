package org.egmpublisher.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.egmpublisher.model.Problem;
import org.egmpublisher.model.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict UTF-8, the byte-order mark, and the size limit checked before anything is read. */
class TextFileTest {

    @TempDir
    Path tmp;

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumn() {
        Problems problems = new Problems();
        byte[] bytes = "a,b\nBogot\u00e1,x\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.empty(), TextFile.decode(bytes, "f.csv", problems));
        assertEquals(List.of("f.csv:2:6: invalid UTF-8 (byte 0xE1); save the file as UTF-8 (it may be Latin-1 or Windows-1252)"),
                strings(problems));
    }

    @Test
    void aByteOrderMarkIsDropped() {
        Problems problems = new Problems();
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'i', 's', 'o', '3', '\n'};
        assertEquals(Optional.of("iso3\n"), TextFile.decode(bytes, "f.csv", problems));
        assertEquals(List.of(), strings(problems));
    }

    @Test
    void utf16IsRefusedWithTheFix() {
        Problems problems = new Problems();
        assertEquals(Optional.empty(), TextFile.decode("\uFEFFiso3".getBytes(StandardCharsets.UTF_16LE), "f.csv", problems));
        assertEquals(List.of("f.csv:1:1: file is UTF-16; save it as UTF-8"), strings(problems));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        // 3 GB is more than this JVM's heap and more than an array can hold: reading it would fail
        // loudly, so passing proves the size is checked first. Sparse, so it costs no disk.
        Path big = tmp.resolve("big.csv");
        Files.writeString(big, "iso3\n");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024);
        }
        Problems problems = new Problems();
        long start = System.nanoTime();
        assertEquals(Optional.empty(), TextFile.read(tmp, "big.csv", true, problems));
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "refused at once");
        assertEquals(List.of("big.csv: file is 3072.0 MB; the limit for one input file is 32 MB"), strings(problems));
    }

    static List<String> strings(Problems problems) {
        return problems.all().stream().map(Problem::toString).toList();
    }
}
