package io.denialwatch.common.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.denialwatch.common.config.Settings;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * What an orchestrator and Prometheus ask of a role that has no page of its own (ingest, stream):
 * {@code /metrics} in the Prometheus text format, {@code /health/live} (the process is worth
 * keeping) and {@code /health/ready} (it is doing its work). Each health answer names its checks, so
 * a 503 says which one failed.
 */
public final class OpsServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "ops-http");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param live  named checks that must all hold for {@code /health/live}
     * @param ready named checks that must all hold for {@code /health/ready}
     * @throws IllegalStateException when the port is taken, with the setting that moves it
     */
    public OpsServer(
            String bind,
            int port,
            PrometheusMeterRegistry registry,
            Map<String, BooleanSupplier> live,
            Map<String, BooleanSupplier> ready) {
        try {
            server = HttpServer.create(new InetSocketAddress(bind, port), 16);
        } catch (BindException e) {
            throw new IllegalStateException(
                    "cannot serve metrics on " + bind + ":" + port + " (" + e.getMessage()
                            + "); set " + Settings.OPS_PORT.key() + " / " + Settings.OPS_PORT.envName()
                            + " to a free port, or 0 to pick one",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(pool);
        server.createContext(
                "/metrics", ex -> answer(ex, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
        server.createContext("/health/live", ex -> health(ex, live));
        server.createContext("/health/ready", ex -> health(ex, ready));
        server.createContext("/", ex -> answer(ex, 404, "text/plain; charset=utf-8", "not found"));
        server.start();
    }

    /** Starts the server on {@code ops.bind}:{@code ops.port}. */
    public static OpsServer start(
            Settings s,
            PrometheusMeterRegistry registry,
            Map<String, BooleanSupplier> live,
            Map<String, BooleanSupplier> ready) {
        return new OpsServer(s.get(Settings.OPS_BIND), s.get(Settings.OPS_PORT), registry, live, ready);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where to find the endpoints, for the start-up line. */
    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + port();
    }

    private static void health(HttpExchange ex, Map<String, BooleanSupplier> checks) throws IOException {
        Map<String, Boolean> results = new LinkedHashMap<>();
        checks.forEach((name, check) -> results.put(name, check.getAsBoolean()));
        boolean up = !results.containsValue(false);
        StringBuilder body =
                new StringBuilder("{\"status\":\"").append(up ? "UP" : "DOWN").append("\",\"checks\":{");
        String sep = "";
        for (var e : results.entrySet()) {
            // check names are fixed identifiers chosen in code, never outside text
            body.append(sep).append('"').append(e.getKey()).append("\":").append(e.getValue());
            sep = ",";
        }
        answer(ex, up ? 200 : 503, "application/json", body.append("}}").toString());
    }

    private static void answer(HttpExchange ex, int status, String type, String body) throws IOException {
        try (ex) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type);
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = "HEAD".equals(ex.getRequestMethod());
            ex.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
