package io.denialwatch.sink.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.denialwatch.common.LogSafe;
import io.denialwatch.common.json.Json;
import io.denialwatch.sink.query.Ack;
import io.denialwatch.sink.query.AlertFilter;
import io.denialwatch.sink.query.AlertQuery;
import io.denialwatch.sink.store.AlertBoard;
import io.denialwatch.sink.store.StoreQuery;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's HTTP side on Javalin (Jetty): the live page and its assets, the alerts API, the
 * event stream, acknowledgements, health and metrics, and the API's OpenAPI document. Every
 * response forbids inline script (see {@link SecurityHeaders}). With a token configured, the API,
 * the stream and the metrics need it (see {@link DeskAuth}); the page's assets, the OpenAPI
 * document and the health checks stay open. Threads are bounded (Jetty's pool), and open streams
 * hold none (see {@link StreamServlet}).
 */
public final class DeskServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeskServer.class);
    /** Open event streams at most; a desk of 500 with room to spare. */
    public static final int MAX_STREAMS = 2_000;
    /** Jetty's pool: requests are short (streams hold no thread), so a few dozen serve any desk. */
    static final int MAX_THREADS = 64;

    private static final Map<String, String> ASSETS = Map.of(
            "/",
            "index.html",
            "/index.html",
            "index.html",
            "/desk.js",
            "desk.js",
            "/desk.css",
            "desk.css",
            "/chime.wav",
            "chime.wav",
            "/openapi.json",
            "openapi.json");
    private static final Pattern ALERT_ID = Pattern.compile("[0-9A-Za-z_-]{1,128}");
    /** The shortest prefix taken for an alert id; the terminal shows 8 characters. */
    private static final int MIN_SHORT_ID = 6;

    private static final int MAX_BODY = 4_096;

    private final Javalin app;
    private final StreamServlet streams;
    private final AlertQuery query;
    private final DeskAuth auth;

    /**
     * @param live  whether the sink still works at all (its feed of alerts runs): {@code /health/live}
     * @param ready whether it is doing its work: {@code /health/ready}, with the query's store
     */
    public DeskServer(
            String bind,
            int port,
            AlertBoard board,
            AlertQuery query,
            PrometheusMeterRegistry registry,
            BooleanSupplier live,
            BooleanSupplier ready,
            String token)
            throws IOException {
        this(bind, port, board, query, registry, live, ready, token, MAX_STREAMS);
    }

    DeskServer(
            String bind,
            int port,
            AlertBoard board,
            AlertQuery query,
            PrometheusMeterRegistry registry,
            BooleanSupplier live,
            BooleanSupplier ready,
            String token,
            int maxStreams)
            throws IOException {
        this.query = query;
        this.auth = new DeskAuth(token);
        this.streams = new StreamServlet(board, auth, registry, maxStreams);
        this.app = Javalin.create(c -> configure(c, registry, live, ready));
        try {
            app.start(bind, port);
        } catch (RuntimeException e) {
            streams.close();
            throw new IOException("the desk cannot listen on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private void configure(
            JavalinConfig c, PrometheusMeterRegistry registry, BooleanSupplier live, BooleanSupplier ready) {
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.http.prefer405over404 = true;
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 4);
        pool.setName("desk-http");
        pool.setDaemon(true);
        c.jetty.threadPool = pool;
        // the stream bypasses Javalin's routing (see StreamServlet); a more specific mapping wins
        c.jetty.modifyServletContextHandler(h -> h.addServlet(new ServletHolder(streams), "/api/alerts/stream"));
        var r = c.routes;
        r.before(ctx -> {
            SecurityHeaders.apply(ctx::header);
            ctx.header("Cache-Control", "no-store");
            if (guarded(ctx.path())
                    && !auth.allows(
                            ctx.header("Authorization"),
                            Collections.list(ctx.req().getHeaders("Cookie")))) {
                ctx.header("WWW-Authenticate", "Bearer");
                ctx.skipRemainingHandlers();
                json(ctx, 401, Map.of("error", "a bearer token is required"));
            }
        });
        ASSETS.keySet().forEach(path -> r.get(path, DeskServer::asset));
        r.get(
                "/api/alerts",
                ctx -> json(ctx, 200, query.search(AlertFilter.parse(HttpQuery.parse(ctx.queryString())))));
        r.get("/api/alerts/{id}", ctx -> {
            Optional<AlertQuery.Detail> d = query.get(alertId(ctx));
            json(ctx, d.isPresent() ? 200 : 404, d.isPresent() ? d.get() : Map.of("error", "no such alert"));
        });
        r.post("/api/alerts/{id}/ack", ctx -> {
            requireSameOrigin(ctx);
            JsonNode body = readBody(ctx);
            Optional<Ack> ack = query.acknowledge(alertId(ctx), text(body, "by"), text(body, "note"));
            json(ctx, ack.isPresent() ? 200 : 404, ack.isPresent() ? ack.get() : Map.of("error", "no such alert"));
        });
        r.get("/api/persons", ctx -> json(ctx, 200, query.persons()));
        r.post("/api/session", this::session);
        r.get("/health/live", ctx -> {
            boolean ok = live.getAsBoolean();
            json(ctx, ok ? 200 : 503, Map.of("status", ok ? "UP" : "DOWN"));
        });
        r.get("/health/ready", ctx -> {
            boolean ok = ready.getAsBoolean() && query.ready();
            json(ctx, ok ? 200 : 503, Map.of("status", ok ? "UP" : "DOWN"));
        });
        r.get(
                "/metrics",
                ctx -> send(
                        ctx,
                        200,
                        "text/plain; version=0.0.4; charset=utf-8",
                        registry.scrape().getBytes(StandardCharsets.UTF_8)));
        r.exception(IllegalArgumentException.class, (e, ctx) -> json(ctx, 400, Map.of("error", e.getMessage())));
        r.exception(StoreQuery.StoreException.class, (e, ctx) -> {
            log.warn("desk request failed: {}", LogSafe.of(e.getMessage()));
            json(ctx, 503, Map.of("error", "the alert store is unavailable"));
        });
        r.exception(NotFound.class, (e, ctx) -> json(ctx, 404, Map.of("error", "not found")));
        r.error(404, notFound());
        r.error(405, ctx -> json(ctx, 405, Map.of("error", "method not allowed")));
    }

    /** The API and the metrics need the token; the page, its assets, the session exchange and health do not. */
    private static boolean guarded(String path) {
        return (path.startsWith("/api/") && !path.equals("/api/session")) || path.equals("/metrics");
    }

    private static Handler notFound() {
        return ctx -> {
            if (ctx.path().startsWith("/api/")) {
                json(ctx, 404, Map.of("error", "not found"));
            } else {
                send(ctx, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /** The port actually bound (useful when 0 asked for a free one). */
    public int port() {
        return app.port();
    }

    private String alertId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ALERT_ID.matcher(id).matches()) {
            throw new NotFound();
        }
        return fullId(id);
    }

    /**
     * The alert an id names: the id itself, or the one alert whose id starts with it, so that the
     * short id a terminal shows ({@code ALERT 3fa9c2e1 r1 …}) can be acknowledged as it is. A
     * prefix of several alerts is refused with a request for more of it.
     */
    private String fullId(String id) {
        if (id.length() < MIN_SHORT_ID) {
            return id;
        }
        List<String> ids = query.idsStartingWith(id, 2);
        if (ids.size() == 2 && !ids.contains(id)) {
            throw new IllegalArgumentException("more than one alert id starts with '" + id + "'; give more of it");
        }
        return ids.size() == 1 ? ids.get(0) : id;
    }

    /** An id that cannot be an alert's: answered like an unknown path. */
    private static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** {@code POST /api/session} with the bearer token: sets the session cookie the page's stream then carries. */
    private void session(Context ctx) {
        requireSameOrigin(ctx);
        if (!auth.required()) {
            json(ctx, 200, Map.of("token_required", false));
        } else if (auth.hasBearer(ctx.header("Authorization"))) {
            ctx.header("Set-Cookie", auth.newSessionCookie());
            json(ctx, 200, Map.of("token_required", true));
        } else {
            ctx.header("WWW-Authenticate", "Bearer");
            json(ctx, 401, Map.of("error", "a bearer token is required"));
        }
    }

    /** A browser sends Origin on POST; one from another site must not act with the desk's cookie. */
    private static void requireSameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
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

    private static JsonNode readBody(Context ctx) {
        byte[] body;
        try (InputStream in = ctx.bodyInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static void asset(Context ctx) throws IOException {
        String name = ASSETS.get(ctx.path());
        try (InputStream in = DeskServer.class.getResourceAsStream("/io/denialwatch/sink/desk/" + name)) {
            String type = name.endsWith(".js")
                    ? "text/javascript; charset=utf-8"
                    : name.endsWith(".css")
                            ? "text/css; charset=utf-8"
                            : name.endsWith(".json")
                                    ? "application/json"
                                    : name.endsWith(".wav") ? "audio/wav" : "text/html; charset=utf-8";
            send(ctx, 200, type, in.readAllBytes());
        }
    }

    private static void json(Context ctx, int status, Object body) {
        send(ctx, status, "application/json", Json.writeBytes(body));
    }

    private static void send(Context ctx, int status, String type, byte[] body) {
        ctx.status(status).contentType(type).result(body);
    }

    @Override
    public void close() {
        streams.close();
        app.stop();
    }
}
