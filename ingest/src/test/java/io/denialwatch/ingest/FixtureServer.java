package io.denialwatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A loopback HTTP server for connector tests: replays the recorded bodies in
 * {@code src/test/resources/fixtures} with their recorded headers, and scripted answers. Records
 * every request so tests can assert what was (and was not) sent.
 */
public final class FixtureServer implements AutoCloseable {
    /** Hop-by-hop and framing headers of the recordings; the server writes its own. */
    private static final Set<String> DROPPED =
            Set.of("transfer-encoding", "connection", "content-length", "date", "content-encoding");

    /** One answer; {@code body} may be large or generated, and is written as it is produced. */
    public interface Answer {
        void write(HttpExchange exchange) throws IOException;
    }

    public record Seen(String method, String pathAndQuery, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final Map<String, Iterator<Answer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Answer> fallback = new ConcurrentHashMap<>();
    private final List<Seen> requests = Collections.synchronizedList(new ArrayList<>());

    public FixtureServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    /** Answers requests for this path (query ignored) in turn; the last answer repeats. */
    public FixtureServer on(String path, Answer... answers) {
        scripts.put(path, List.of(answers).iterator());
        fallback.put(path, answers[answers.length - 1]);
        return this;
    }

    public List<Seen> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<Seen> requests(String path) {
        return requests().stream()
                .filter(s -> s.pathAndQuery().equals(path) || s.pathAndQuery().startsWith(path + "?"))
                .toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            Map<String, String> h = new LinkedHashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> h.put(k.toLowerCase(), String.join(",", v)));
            String pq = ex.getRequestURI().getRawPath()
                    + (ex.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + ex.getRequestURI().getRawQuery());
            requests.add(new Seen(ex.getRequestMethod(), pq, h));
            String path = ex.getRequestURI().getRawPath();
            Iterator<Answer> it = scripts.get(path);
            Answer a;
            synchronized (this) {
                a = it != null && it.hasNext() ? it.next() : fallback.get(path);
            }
            if (a == null) {
                a = status(404);
            }
            a.write(ex);
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    // ---- answers ----

    public static Answer status(int code, String... headerPairs) {
        return ex -> {
            headers(ex.getResponseHeaders(), headerPairs);
            ex.sendResponseHeaders(code, -1);
        };
    }

    public static Answer body(int code, byte[] body, String... headerPairs) {
        return ex -> {
            headers(ex.getResponseHeaders(), headerPairs);
            ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        };
    }

    public static Answer ok(String contentType, byte[] body, String... headerPairs) {
        String[] all = new String[headerPairs.length + 2];
        all[0] = "Content-Type";
        all[1] = contentType;
        System.arraycopy(headerPairs, 0, all, 2, headerPairs.length);
        return body(200, body, all);
    }

    /** Like {@link #ok} but answers 304 when the request carries the given ETag. */
    public static Answer withEtag(String contentType, byte[] body, String etag) {
        return ex -> {
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                status(304, "ETag", etag).write(ex);
            } else {
                ok(contentType, body, "ETag", etag).write(ex);
            }
        };
    }

    /** A recorded body with the headers of its sidecar; gzipped on the wire when the recording was. */
    public Answer recorded(String dir, String file) {
        byte[] bytes = Fixtures.bytes(dir + "/" + file);
        JsonNode sidecar = Fixtures.sidecar(dir).get(file);
        return ex -> {
            boolean gzip = false;
            if (sidecar != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it =
                                sidecar.path("headers").fields();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String name = e.getKey().toLowerCase();
                    gzip |= name.equals("content-encoding")
                            && e.getValue().asText().contains("gzip");
                    if (!DROPPED.contains(name)) {
                        // recorded absolute links (Mastodon's Link header) point at the recording host
                        ex.getResponseHeaders()
                                .add(e.getKey(), e.getValue().asText().replace("http://localhost:3000", base()));
                    }
                }
            }
            byte[] out = bytes;
            if (gzip) {
                ex.getResponseHeaders().add("Content-Encoding", "gzip");
                out = gzip(bytes);
            }
            ex.sendResponseHeaders(
                    sidecar == null ? 200 : sidecar.path("status").asInt(200), out.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(out);
            }
        };
    }

    /** A streamed body of {@code size} bytes of {@code fill}, chunked (no Content-Length). */
    public static Answer stream(String contentType, long size, byte fill) {
        return ex -> {
            ex.getResponseHeaders().add("Content-Type", contentType);
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, fill);
            try (OutputStream out = ex.getResponseBody()) {
                for (long sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
                }
            } catch (IOException clientWentAway) {
                // the client cut the body at its cap: that is the point
            }
        };
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    private static void headers(Headers h, String... pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            h.add(pairs[i], pairs[i + 1]);
        }
    }

    static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
