package org.egmpublisher.site.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves a built site folder on 127.0.0.1 for {@code egm serve}, with live reload.
 *
 * <p>Only the loopback address is bound, never all interfaces: the preview is for the person at the
 * machine. Files are served only from inside the site folder ({@link RequestPath} has the rules);
 * a folder serves its {@code index.html}. Every HTML response, not the file on disk, gets one
 * extra element before {@code </body>}: {@code <script src="/__egm/reload.js?v=N">}. The pages'
 * Content-Security-Policy allows scripts from the same origin but no {@code fetch} (no
 * {@code connect-src}), so the script polls by loading {@code /__egm/version.js} as a script every
 * 250 ms and reloads the page when {@link #version()} has moved past {@code N}.
 *
 * <p>The site folder is looked up on every request, so a build that swaps it in is served at once.
 * Thread-safe.
 */
public final class PreviewServer implements AutoCloseable {

    /** The path prefix of the server's own resources; no site file is served from it. */
    public static final String OWN = "/__egm/";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("json", "application/json"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("xml", "application/xml"),
            Map.entry("png", "image/png"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ico", "image/x-icon"));
    private static final Pattern BODY_END = Pattern.compile("(?i)</body\\s*>");

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path root;
    private final AtomicLong version = new AtomicLong(1);

    private PreviewServer(HttpServer server, ExecutorService executor, Path root) {
        this.server = server;
        this.executor = executor;
        this.root = root;
    }

    /**
     * Starts serving {@code siteRoot} on 127.0.0.1:{@code port} ({@code 0} picks a free port).
     *
     * @throws java.net.BindException when the port is taken
     */
    public static PreviewServer start(Path siteRoot, int port) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must lie in 0–65535, got " + port);
        }
        InetAddress loopback = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        HttpServer http = HttpServer.create(new InetSocketAddress(loopback, port), 16);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        PreviewServer preview = new PreviewServer(http, executor, siteRoot.toAbsolutePath().normalize());
        http.createContext("/", preview::handle);
        http.setExecutor(executor);
        http.start();
        return preview;
    }

    /** The bound address: 127.0.0.1 and the actual port. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + address().getPort() + "/");
    }

    /** The site folder served. */
    public Path root() {
        return root;
    }

    /** The current version of the site; open pages reload when it changes. Starts at 1. */
    public long version() {
        return version.get();
    }

    /** Tells open pages to reload: call after each successful rebuild. Returns the new version. */
    public long siteChanged() {
        return version.incrementAndGet();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                respond(exchange);
            } catch (RuntimeException e) {
                // Not worth stopping the preview for: this request gets a 500, the next is served.
                send(exchange, 500, "text/plain; charset=utf-8", bytes("500 Internal Server Error\n"), false);
            }
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain; charset=utf-8", bytes("405 Method Not Allowed\n"), head);
            return;
        }
        String raw = exchange.getRequestURI().getRawPath();
        if (raw == null) {
            send(exchange, 400, "text/plain; charset=utf-8", bytes("400 Bad Request\n"), head);
            return;
        }
        if (raw.startsWith(OWN)) {
            own(exchange, raw.substring(OWN.length()), head);
            return;
        }
        switch (RequestPath.resolve(root, raw)) {
            case RequestPath.Outcome.File f -> file(exchange, f.path(), head);
            case RequestPath.Outcome.Redirect r -> {
                exchange.getResponseHeaders().set("Location", r.location());
                send(exchange, 301, "text/plain; charset=utf-8", bytes("301 Moved Permanently\n"), head);
            }
            case RequestPath.Outcome.NotFound n -> send(exchange, 404, "text/plain; charset=utf-8",
                    bytes("404 Not Found\n"), head);
            case RequestPath.Outcome.BadRequest b -> send(exchange, 400, "text/plain; charset=utf-8",
                    bytes("400 Bad Request: " + b.reason() + "\n"), head);
        }
    }

    private void own(HttpExchange exchange, String name, boolean head) throws IOException {
        switch (name) {
            case "version" -> send(exchange, 200, "text/plain; charset=utf-8", bytes(version() + "\n"), head);
            case "version.js" -> send(exchange, 200, "text/javascript; charset=utf-8",
                    bytes("window.egmReload && window.egmReload(" + version() + ");\n"), head);
            case "reload.js" -> send(exchange, 200, "text/javascript; charset=utf-8", reloadScript(), head);
            default -> send(exchange, 404, "text/plain; charset=utf-8", bytes("404 Not Found\n"), head);
        }
    }

    private void file(HttpExchange exchange, Path file, boolean head) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.getOrDefault(extension, "application/octet-stream");
        if (extension.equals("html")) {
            send(exchange, 200, type, withReload(Files.readString(file, StandardCharsets.UTF_8)), head);
            return;
        }
        headers(exchange.getResponseHeaders(), type);
        long size = Files.size(file);
        exchange.sendResponseHeaders(200, head ? -1 : size == 0 ? -1 : size);
        if (!head && size > 0) {
            try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
                in.transferTo(out);
            }
        }
    }

    /** The page with the reload script before its last {@code </body>}, or at its end. */
    byte[] withReload(String html) {
        String tag = "<script src=\"" + OWN + "reload.js?v=" + version() + "\" defer=\"defer\"></script>";
        Matcher m = BODY_END.matcher(html);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        String out = at < 0 ? html + tag : html.substring(0, at) + tag + html.substring(at);
        return bytes(out);
    }

    private static byte[] reloadScript() {
        try (InputStream in = PreviewServer.class.getResourceAsStream("reload.js")) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/egmpublisher/site/serve/reload.js");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        headers(exchange.getResponseHeaders(), type);
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void headers(Headers headers, String type) {
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
