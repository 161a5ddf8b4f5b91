package org.egmpublisher.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server over real HTTP on 127.0.0.1, with a small site in a temporary folder. */
class PreviewServerTest {

    static final String PAGE = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
            + "content=\"script-src 'self'\"/></head><body><p>Home</p></body></html>";

    @TempDir
    static Path tmp;

    static Path site;
    static PreviewServer server;
    static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        site = tmp.resolve("out/site");
        Files.createDirectories(site.resolve("assets"));
        Files.createDirectories(site.resolve("data"));
        Files.createDirectories(site.resolve("meeting"));
        Files.writeString(site.resolve("index.html"), PAGE);
        Files.writeString(site.resolve("meeting/index.html"), "<html><body><p>Meeting</p></BODY></html>");
        Files.writeString(site.resolve("assets/style.css"), "p{color:red}");
        Files.writeString(site.resolve("assets/site.js"), "1;");
        Files.writeString(site.resolve("data/egdi-2024.csv"), "iso3\r\nDNK\r\n");
        Files.write(site.resolve("data/egdi-2024.xlsx"), new byte[] {'P', 'K', 3, 4});
        Files.writeString(site.resolve("map.svg"), "<svg/>");
        Files.writeString(site.resolve("sitemap.xml"), "<urlset/>");
        Files.writeString(site.resolve("data/datapackage.json"), "{}");
        Files.write(site.resolve("report.pdf"), "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(tmp.resolve("pom.xml"), "<project>outside</project>");
        Files.writeString(tmp.resolve("README.md"), "outside");
        Files.createSymbolicLink(site.resolve("escape.md"), tmp.resolve("README.md"));
        server = PreviewServer.start(site, 0);
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void bindsTheLoopbackAddressOnly() {
        assertTrue(server.address().getAddress().isLoopbackAddress(), server.address().toString());
        assertEquals("127.0.0.1", server.address().getAddress().getHostAddress());
        assertEquals("http://127.0.0.1:" + server.address().getPort() + "/", server.uri().toString());
    }

    @Test
    void servesPagesWithTheReloadScriptInjectedButNotOnDisk() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        String tag = "<script src=\"/__egm/reload.js?v=" + server.version() + "\" defer=\"defer\"></script></body>";
        assertTrue(home.body().contains(tag), home.body());
        assertEquals(PAGE, Files.readString(site.resolve("index.html")), "the file on disk is untouched");
        assertTrue(get("/meeting/").body().contains("</script></BODY>"), "before an upper-case </BODY> too");
        HttpResponse<String> script = get("/__egm/reload.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("/__egm/version.js"));
    }

    @Test
    void answersWithTheRightContentTypes() throws Exception {
        assertEquals("text/css; charset=utf-8", type("/assets/style.css"));
        assertEquals("text/javascript; charset=utf-8", type("/assets/site.js"));
        assertEquals("text/csv; charset=utf-8", type("/data/egdi-2024.csv"));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", type("/data/egdi-2024.xlsx"));
        assertEquals("application/json", type("/data/datapackage.json"));
        assertEquals("image/svg+xml", type("/map.svg"));
        assertEquals("application/xml", type("/sitemap.xml"));
        assertEquals("application/pdf", type("/report.pdf"));
        assertEquals("p{color:red}", get("/assets/style.css").body());
    }

    @Test
    void redirectsAFolderToItsSlashAndAnswers404ForMissingFiles() throws Exception {
        HttpResponse<String> meeting = get("/meeting");
        assertEquals(301, meeting.statusCode());
        assertEquals("/meeting/", meeting.headers().firstValue("Location").orElseThrow());
        assertEquals(404, get("/nothing.html").statusCode());
        assertEquals(404, get("/__egm/nothing").statusCode());
    }

    @Test
    void neverServesAFileOutsideTheSiteFolder() throws Exception {
        for (String path : new String[] {"/../pom.xml", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fREADME.md",
                "/%252e%252e/x", "/%2e%2e/%2e%2e/pom.xml", "/escape.md", "/.egm-output"}) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertFalse(r.body().contains("outside"), path);
        }
        // Paths a URI cannot even hold, sent byte for byte: the server refuses them (400 before any handler, or 404).
        for (String path : new String[] {"/assets/..\\..\\x", "/..\\..\\pom.xml", "/../pom.xml", "/../../README.md"}) {
            String response = raw(path);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), path + ": " + response);
            assertFalse(response.contains("outside"), path);
        }
    }

    @Test
    void refusesMethodsOtherThanGetAndHead() throws Exception {
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(server.uri().resolve("/index.html"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(server.uri().resolve("/index.html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void versionMovesOnWhenTheSiteChanged() throws Exception {
        long before = Long.parseLong(get("/__egm/version").body().strip());
        long after = server.siteChanged();
        assertEquals(before + 1, after);
        assertEquals(String.valueOf(after), get("/__egm/version").body().strip());
        assertEquals("window.egmReload && window.egmReload(" + after + ");\n", get("/__egm/version.js").body());
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + path);
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String type(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path);
        return r.headers().firstValue("Content-Type").orElseThrow();
    }

    /** Sends a request line exactly as given, for paths that java.net.URI refuses or normalises. */
    static String raw(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
