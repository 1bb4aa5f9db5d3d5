package io.denialwatch.sink;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.denialwatch.common.LogSafe;
import io.denialwatch.common.json.Json;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's HTTP side: the live page and its assets, the alerts API, the Server-Sent Events
 * stream, health and metrics. Every response forbids inline script (Content-Security-Policy), and
 * the page renders post text only as text.
 */
public final class DeskServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeskServer.class);
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Map<String, String> ASSETS = Map.of(
            "/", "index.html", "/index.html", "index.html", "/desk.js", "desk.js", "/desk.css", "desk.css");

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "desk-http");
        t.setDaemon(true);
        return t;
    });

    public DeskServer(String bind, int port, AlertBoard board, PrometheusMeterRegistry registry, BooleanSupplier ready)
            throws IOException {
        server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        server.setExecutor(pool);
        SseStream sse = new SseStream(board);
        server.createContext("/", ex -> handle(ex, () -> asset(ex)));
        server.createContext("/api/alerts", ex -> handle(ex, () -> {
            if (ex.getRequestURI().getPath().equals("/api/alerts/stream")) {
                sse.serve(ex);
            } else {
                send(ex, 200, "application/json", Json.writeBytes(board.alerts()));
            }
        }));
        server.createContext("/health/live", ex -> handle(ex, () -> send(ex, 200, "application/json",
                "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8))));
        server.createContext("/health/ready", ex -> handle(ex, () -> {
            boolean ok = ready.getAsBoolean();
            send(ex, ok ? 200 : 503, "application/json",
                    ("{\"status\":\"" + (ok ? "UP" : "DOWN") + "\"}").getBytes(StandardCharsets.UTF_8));
        }));
        server.createContext("/metrics", ex -> handle(ex, () -> send(ex, 200,
                "text/plain; version=0.0.4; charset=utf-8", registry.scrape().getBytes(StandardCharsets.UTF_8))));
        server.start();
    }

    /** The port actually bound (useful when 0 asked for a free one). */
    public int port() {
        return server.getAddress().getPort();
    }

    private interface Handler {
        void run() throws IOException;
    }

    private static void handle(HttpExchange ex, Handler h) {
        try (ex) {
            ex.getResponseHeaders().set("Content-Security-Policy", CSP);
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
                send(ex, 405, "text/plain", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            h.run();
        } catch (IOException e) {
            // the client went away: normal for a closed page
            log.debug("desk request ended: {}", LogSafe.of(e.getMessage()));
        }
    }

    private static void asset(HttpExchange ex) throws IOException {
        String name = ASSETS.get(ex.getRequestURI().getPath());
        if (name == null) {
            send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try (InputStream in = DeskServer.class.getResourceAsStream("desk/" + name)) {
            byte[] body = in.readAllBytes();
            String type = name.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : name.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
            send(ex, 200, type, body);
        }
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
