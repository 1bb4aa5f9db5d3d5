package io.denialwatch.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.denialwatch.common.LogSafe;
import io.denialwatch.common.json.Json;
import io.denialwatch.sink.query.AlertFilter;
import io.denialwatch.sink.query.AlertQuery;
import io.denialwatch.sink.store.StoreQuery;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's HTTP side: the live page and its assets, the alerts API, the Server-Sent Events
 * stream, acknowledgements, health and metrics. Every response forbids inline script
 * (Content-Security-Policy), and the page renders post text only as text. With a token
 * configured, the API, the stream and the metrics need it (see {@link DeskAuth}); the page's
 * assets and the health checks stay open.
 */
public final class DeskServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeskServer.class);
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'; require-trusted-types-for 'script'";
    private static final Map<String, String> ASSETS = Map.of(
            "/", "index.html", "/index.html", "index.html", "/desk.js", "desk.js", "/desk.css", "desk.css",
            "/chime.wav", "chime.wav");
    private static final Pattern ALERT_PATH = Pattern.compile("/api/alerts/([0-9A-Za-z_-]{1,128})(/ack)?");
    private static final int MAX_BODY = 4_096;

    private final HttpServer server;
    private final AlertQuery query;
    private final DeskAuth auth;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "desk-http");
        t.setDaemon(true);
        return t;
    });

    public DeskServer(String bind, int port, AlertBoard board, AlertQuery query, PrometheusMeterRegistry registry,
            BooleanSupplier ready, String token) throws IOException {
        this.query = query;
        this.auth = new DeskAuth(token);
        server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        server.setExecutor(pool);
        SseStream sse = new SseStream(board, registry);
        server.createContext("/", ex -> handle(ex, false, () -> asset(ex)));
        server.createContext("/api/alerts", ex -> handle(ex, true, () -> alerts(ex, sse)));
        server.createContext("/api/persons", ex -> handle(ex, true, () -> {
            requireGet(ex);
            json(ex, 200, query.persons());
        }));
        server.createContext("/api/session", ex -> handle(ex, false, () -> session(ex)));
        server.createContext("/health/live", ex -> handle(ex, false, () -> json(ex, 200, Map.of("status", "UP"))));
        server.createContext("/health/ready", ex -> handle(ex, false, () -> {
            boolean ok = ready.getAsBoolean() && query.ready();
            json(ex, ok ? 200 : 503, Map.of("status", ok ? "UP" : "DOWN"));
        }));
        server.createContext("/metrics", ex -> handle(ex, true, () -> send(ex, 200,
                "text/plain; version=0.0.4; charset=utf-8", registry.scrape().getBytes(StandardCharsets.UTF_8))));
        server.start();
    }

    /** The port actually bound (useful when 0 asked for a free one). */
    public int port() {
        return server.getAddress().getPort();
    }

    private void alerts(HttpExchange ex, SseStream sse) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.equals("/api/alerts") || path.equals("/api/alerts/")) {
            requireGet(ex);
            json(ex, 200, query.search(AlertFilter.parse(HttpQuery.parse(ex.getRequestURI().getRawQuery()))));
            return;
        }
        if (path.equals("/api/alerts/stream")) {
            requireGet(ex);
            sse.serve(ex);
            return;
        }
        Matcher m = ALERT_PATH.matcher(path);
        if (!m.matches()) {
            json(ex, 404, Map.of("error", "not found"));
            return;
        }
        if (m.group(2) == null) {
            requireGet(ex);
            Optional<AlertQuery.Detail> d = query.get(m.group(1));
            json(ex, d.isPresent() ? 200 : 404, d.isPresent() ? d.get() : Map.of("error", "no such alert"));
            return;
        }
        if (!"POST".equals(ex.getRequestMethod())) {
            throw new MethodNotAllowed();
        }
        requireSameOrigin(ex);
        JsonNode body = readBody(ex);
        Optional<Ack> ack = query.acknowledge(m.group(1), text(body, "by"), text(body, "note"));
        json(ex, ack.isPresent() ? 200 : 404, ack.isPresent() ? ack.get() : Map.of("error", "no such alert"));
    }

    /** {@code POST /api/session} with the bearer token: sets the session cookie the page's stream then carries. */
    private void session(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            throw new MethodNotAllowed();
        }
        requireSameOrigin(ex);
        if (!auth.required()) {
            json(ex, 200, Map.of("token_required", false));
        } else if (auth.hasBearer(ex)) {
            ex.getResponseHeaders().add("Set-Cookie", auth.newSessionCookie());
            json(ex, 200, Map.of("token_required", true));
        } else {
            unauthorized(ex);
        }
    }

    private interface Handler {
        void run() throws IOException;
    }

    private static final class MethodNotAllowed extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private void handle(HttpExchange ex, boolean guarded, Handler h) {
        try (ex) {
            ex.getResponseHeaders().set("Content-Security-Policy", CSP);
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            ex.getResponseHeaders().set("X-Frame-Options", "DENY");
            if (guarded && !auth.allows(ex)) {
                unauthorized(ex);
                return;
            }
            try {
                h.run();
            } catch (MethodNotAllowed e) {
                json(ex, 405, Map.of("error", "method not allowed"));
            } catch (IllegalArgumentException e) {
                json(ex, 400, Map.of("error", e.getMessage()));
            } catch (StoreQuery.StoreException e) {
                log.warn("desk request failed: {}", LogSafe.of(e.getMessage()));
                json(ex, 503, Map.of("error", "the alert store is unavailable"));
            }
        } catch (IOException e) {
            // the client went away: normal for a closed page
            log.debug("desk request ended: {}", LogSafe.of(e.getMessage()));
        }
    }

    private static void requireGet(HttpExchange ex) {
        if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
            throw new MethodNotAllowed();
        }
    }

    /** A browser sends Origin on POST; one from another site must not act with the desk's cookie. */
    private static void requireSameOrigin(HttpExchange ex) {
        String origin = ex.getRequestHeaders().getFirst("Origin");
        String host = ex.getRequestHeaders().getFirst("Host");
        if (origin == null) {
            return;
        }
        try {
            URI o = URI.create(origin);
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            if (host != null && host.equalsIgnoreCase(authority)) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // not a URI: refused below
        }
        throw new IllegalArgumentException("cross-origin request refused");
    }

    private static JsonNode readBody(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new IllegalArgumentException("request body too large");
        }
        if (body.length == 0) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("request body must be JSON");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static void unauthorized(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        json(ex, 401, Map.of("error", "a bearer token is required"));
    }

    private static void asset(HttpExchange ex) throws IOException {
        requireGet(ex);
        String name = ASSETS.get(ex.getRequestURI().getPath());
        if (name == null) {
            send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try (InputStream in = DeskServer.class.getResourceAsStream("desk/" + name)) {
            byte[] body = in.readAllBytes();
            String type = name.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : name.endsWith(".css") ? "text/css; charset=utf-8"
                    : name.endsWith(".wav") ? "audio/wav" : "text/html; charset=utf-8";
            send(ex, 200, type, body);
        }
    }

    private static void json(HttpExchange ex, int status, Object body) throws IOException {
        send(ex, status, "application/json", Json.writeBytes(body));
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
