package org.egmpublisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code egm serve} on a copy of the bundled example: the first build is served on 127.0.0.1, a
 * saved Markdown file is rebuilt and the version moves on, a broken file keeps the previous site.
 */
class ServeCommandTest {

    @TempDir
    Path tmp;

    record Command(ServeCommand serve, StringWriter out, StringWriter err) {
        static Command of(String... args) {
            ServeCommand serve = new ServeCommand();
            CommandLine cl = new CommandLine(serve);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            cl.parseArgs(args);
            return new Command(serve, out, err);
        }
    }

    @Test
    void servesTheBuildAndRebuildsOnAChangedMarkdownFile() throws Exception {
        Path project = BrokenInputTest.copyExample(tmp.resolve("project"));
        Path out = tmp.resolve("out");
        Command c = Command.of(project.toString(), "--port", "0", "--out", out.toString());
        ServeCommand.Start start = c.serve().start();
        var serving = assertInstanceOf(ServeCommand.Start.Serving.class, start, c.err().toString());
        try (ServeCommand.Session session = serving.session()) {
            int port = session.server().address().getPort();
            assertTrue(session.server().address().getAddress().isLoopbackAddress());
            assertTrue(c.out().toString().contains("Serving http://127.0.0.1:" + port + "/ \u2014 Ctrl+C to stop"),
                    c.out().toString());
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> home = get(client, port, "/");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("<script src=\"/__egm/reload.js?v="), "reload script injected");
            assertTrue(home.body().contains("Content-Security-Policy"));
            assertFalse(Files.readString(out.resolve("site/index.html")).contains("__egm"), "not in the file on disk");

            long before = version(client, port);
            long changed = System.nanoTime();
            Files.writeString(project.resolve("content/about.md"), Files.readString(project.resolve("content/about.md"))
                    + "\nA sentence added while serving.\n");
            // A real full build (PDFs included) takes 5–7 s here and up to 16 s on a loaded machine, so this
            // wait is bounded more loosely than the 10 s of ProjectWatcherTest, which times the preview alone.
            await(() -> version(client, port) > before, 60);
            long millis = (System.nanoTime() - changed) / 1_000_000;
            System.out.println("egm serve: content/about.md saved → version " + (before + 1) + " after " + millis
                    + " ms (the page alone rebuilt)");
            assertTrue(get(client, port, "/about.html").body().contains("A sentence added while serving."));

            long good = version(client, port);
            Files.writeString(project.resolve("meeting/polls.csv"), "poll_id,session_id,question,option,votes\n"
                    + "p1,s1,Which?,A,many\n");
            await(() -> c.err().toString().contains("problems found") || c.err().toString().contains("problem found"), 30);
            assertTrue(c.err().toString().contains("meeting/polls.csv:2:"), c.err().toString());
            assertEquals(good, version(client, port), "a failed rebuild does not reload pages");
            assertTrue(get(client, port, "/about.html").body().contains("A sentence added while serving."),
                    "the previous site is still served");
        }
    }

    @Test
    void aBusyPortIsAUsageError() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Command c = Command.of(tmp.toString(), "--port", String.valueOf(busy.getLocalPort()), "--out",
                    tmp.resolve("out").toString());
            var failed = assertInstanceOf(ServeCommand.Start.Failed.class, c.serve().start());
            assertEquals(Egm.USAGE, failed.exitCode());
            assertEquals("egm serve: port " + busy.getLocalPort() + " on 127.0.0.1 is in use; choose another with --port\n",
                    c.err().toString());
        }
        Command c = Command.of(tmp.toString(), "--port", "70000");
        assertEquals(Egm.USAGE, assertInstanceOf(ServeCommand.Start.Failed.class, c.serve().start()).exitCode());
    }

    @Test
    void refusesAnOutputFolderItDidNotMake() throws IOException {
        Path foreign = tmp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        Command c = Command.of(BuildCommandTest.EXAMPLE.toString(), "--port", "0", "--out", foreign.toString());
        var failed = assertInstanceOf(ServeCommand.Start.Failed.class, c.serve().start());
        assertEquals(Egm.INPUT_PROBLEMS, failed.exitCode());
        assertTrue(c.err().toString().contains("was not made by egm"), c.err().toString());
        assertEquals("mine", Files.readString(foreign.resolve("notes.txt")));
    }

    private static HttpResponse<String> get(HttpClient client, int port, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long version(HttpClient client, int port) {
        try {
            return Long.parseLong(get(client, port, "/__egm/version").body().strip());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Waits, at most {@code seconds}, for a condition. */
    private static void await(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + seconds + " s");
            }
            Thread.sleep(10);
        }
    }
}
