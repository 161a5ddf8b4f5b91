package org.egmpublisher.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which request paths name a file inside the site folder, and which are refused. */
class RequestPathTest {

    @TempDir
    Path tmp;

    Path site;

    @BeforeEach
    void site() throws IOException {
        site = tmp.resolve("out/site");
        Files.createDirectories(site.resolve("assets"));
        Files.createDirectories(site.resolve("countries"));
        Files.writeString(site.resolve("index.html"), "<p>home</p>");
        Files.writeString(site.resolve("countries/index.html"), "<p>countries</p>");
        Files.writeString(site.resolve("countries/côte.html"), "<p>côte</p>");
        Files.writeString(site.resolve("assets/style.css"), "p{}");
        Files.writeString(site.resolve(".egm-output"), "marker");
        Files.writeString(tmp.resolve("out/secret.txt"), "outside the site");
        Files.writeString(tmp.resolve("secret.txt"), "outside the site");
    }

    @Test
    void servesFilesAndFolderIndexes() throws IOException {
        assertEquals(file("index.html"), RequestPath.resolve(site, "/"));
        assertEquals(file("countries/index.html"), RequestPath.resolve(site, "/countries/"));
        assertEquals(file("assets/style.css"), RequestPath.resolve(site, "/assets/style.css"));
        assertEquals(file("countries/côte.html"), RequestPath.resolve(site, "/countries/c%C3%B4te.html"));
    }

    @Test
    void redirectsAFolderWithoutItsSlashSoRelativeLinksWork() {
        assertEquals(new RequestPath.Outcome.Redirect("/countries/"), RequestPath.resolve(site, "/countries"));
    }

    @Test
    void refusesEveryWayOutOfTheSiteFolder() {
        for (String path : new String[] {"/../secret.txt", "/../../secret.txt", "/assets/../../secret.txt",
                "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%2F..%2Fsecret.txt",
                "/%252e%252e/secret.txt", "/..%5csecret.txt", "/assets/..\\..\\secret.txt", "/assets\\..\\..\\secret.txt",
                "//etc/passwd", "/./index.html", "/assets/./style.css", "/index.html%00.css", "/.egm-output",
                "/%2e/index.html", "/c:/windows/win.ini", "/assets//style.css", "/%c0%ae%c0%ae/secret.txt"}) {
            RequestPath.Outcome outcome = RequestPath.resolve(site, path);
            if (!(outcome instanceof RequestPath.Outcome.NotFound) && !(outcome instanceof RequestPath.Outcome.BadRequest)) {
                throw new AssertionError(path + " gave " + outcome);
            }
        }
        assertInstanceOf(RequestPath.Outcome.NotFound.class, RequestPath.resolve(site, "/%2e%2e/%2e%2e/etc/passwd"));
        assertInstanceOf(RequestPath.Outcome.NotFound.class, RequestPath.resolve(site, "/missing.html"));
    }

    @Test
    void refusesASymbolicLinkThatLeadsOutside() throws IOException {
        Files.createSymbolicLink(site.resolve("link.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("up"), tmp);
        Files.createSymbolicLink(site.resolve("inside.css"), site.resolve("assets/style.css"));
        assertInstanceOf(RequestPath.Outcome.NotFound.class, RequestPath.resolve(site, "/link.txt"));
        assertInstanceOf(RequestPath.Outcome.NotFound.class, RequestPath.resolve(site, "/up/secret.txt"));
        assertInstanceOf(RequestPath.Outcome.NotFound.class, RequestPath.resolve(site, "/up/"));
        assertEquals(file("assets/style.css"), RequestPath.resolve(site, "/inside.css"), "a link inside is fine");
    }

    @Test
    void malformedEscapesAreBadRequests() {
        assertInstanceOf(RequestPath.Outcome.BadRequest.class, RequestPath.resolve(site, "/%zz.html"));
        assertInstanceOf(RequestPath.Outcome.BadRequest.class, RequestPath.resolve(site, "/abc%2"));
        assertInstanceOf(RequestPath.Outcome.BadRequest.class, RequestPath.resolve(site, "/%ff.html"));
        assertEquals(Optional.of("/a b"), RequestPath.decode("/a%20b"));
    }

    private RequestPath.Outcome file(String relative) throws IOException {
        return new RequestPath.Outcome.File(site.toRealPath().resolve(relative));
    }
}
