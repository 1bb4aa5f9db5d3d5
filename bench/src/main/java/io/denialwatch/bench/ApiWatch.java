package io.denialwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.denialwatch.common.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Alerts seen in the sink's API, as a desk's client would read them: {@code GET /api/alerts}
 * every {@link #INTERVAL}, asking for the denials published since the oldest post still waited
 * for (the bench's posts are published when sent), newest first, page after page. A post's
 * alert counts as seen when the response that lists it has been read, so each figure is late by
 * up to one interval and the request's own time.
 */
final class ApiWatch implements LatencyRun.Watch {
    static final Duration INTERVAL = Duration.ofMillis(25);
    private static final int PAGE = 500;
    /** Pages of one look at most: 10,000 alerts since the oldest post waited for is a backlog, not a latency. */
    private static final int MAX_PAGES = 20;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private long nextLook = System.nanoTime();

    ApiWatch(int port) {
        this.base = "http://127.0.0.1:" + port + "/api/alerts";
    }

    @Override
    public void look(LatencyRun.Pending pending, LatencyRun.Seen seen) throws IOException, InterruptedException {
        long wait = nextLook - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(5)));
            return;
        }
        nextLook = System.nanoTime() + INTERVAL.toNanos();
        OptionalLong oldest = pending.oldestSentMillis();
        if (oldest.isEmpty()) {
            return;
        }
        String since = Instant.ofEpochMilli(oldest.getAsLong()).toString();
        int offset = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            HttpRequest req = HttpRequest.newBuilder(
                            URI.create(base + "?since=" + since + "&limit=" + PAGE + "&offset=" + offset))
                    .timeout(Duration.ofSeconds(10))
                    .GET()
                    .build();
            HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            long at = System.currentTimeMillis();
            if (res.statusCode() != 200) {
                throw new IOException("GET " + req.uri() + " answered " + res.statusCode() + ": "
                        + new String(res.body(), StandardCharsets.UTF_8));
            }
            JsonNode body = Json.MAPPER.readTree(res.body());
            for (JsonNode item : body.path("items")) {
                JsonNode id = item.path("alert").path("denial").path("post").path("id");
                if (id.isTextual()) {
                    seen.seen(id.asText(), at);
                }
            }
            JsonNode next = body.path("next_offset");
            if (!next.isInt()) {
                return;
            }
            offset = next.asInt();
        }
    }

    @Override
    public void close() {
        // HttpClient of Java 17 has no close; its threads are daemons and go with the JVM's
    }
}
