package io.denialwatch.sink.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.denialwatch.common.json.Json;
import io.denialwatch.sink.Alerts;
import io.denialwatch.sink.notify.AlertLine;
import io.denialwatch.sink.store.AlertBoard;
import io.denialwatch.sink.store.MemoryAlerts;
import io.denialwatch.sink.store.MemoryQuery;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The desk's HTTP API and its Server-Sent Events, with a real HTTP client, without a database. */
class DeskServerTest {
    private static final AlertBoard board = new AlertBoard();
    private static final MemoryAlerts alerts = new MemoryAlerts(board);
    private static DeskServer open;
    private static DeskServer guarded;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void up() throws Exception {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MemoryQuery query = new MemoryQuery(alerts, Clock.systemUTC());
        open = new DeskServer("127.0.0.1", 0, board, query, registry, () -> true, () -> true, "");
        guarded = new DeskServer("127.0.0.1", 0, board, query, registry, () -> true, () -> true, "s3cret");
    }

    @AfterAll
    static void down() {
        open.close();
        guarded.close();
    }

    private static URI uri(DeskServer s, String path) {
        return URI.create("http://127.0.0.1:" + s.port() + path);
    }

    /** Reads SSE events (id, event, data) off a line stream. */
    private record Event(String id, String type, String data) {}

    private static Event next(Iterator<String> lines) {
        String id = null;
        String type = "message";
        String data = null;
        while (lines.hasNext()) {
            String l = lines.next();
            if (l.isEmpty()) {
                if (data != null) {
                    return new Event(id, type, data);
                }
                continue;
            }
            if (l.startsWith("id: ")) {
                id = l.substring(4);
            } else if (l.startsWith("event: ")) {
                type = l.substring(7);
            } else if (l.startsWith("data: ")) {
                data = l.substring(6);
            }
        }
        throw new AssertionError("stream ended");
    }

    private static HttpResponse<Stream<String>> stream(String lastEventId) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(uri(open, "/api/alerts/stream")).timeout(Duration.ofSeconds(20));
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofLines());
    }

    /** Events up to the {@code synced} marker: the backlog. */
    private static List<Event> backlog(Iterator<String> lines) {
        List<Event> out = new ArrayList<>();
        for (Event e = next(lines); !e.type().equals("synced"); e = next(lines)) {
            out.add(e);
        }
        return out;
    }

    @Test
    void streamSendsLiveChangesAndResumesAfterLastEventIdButNeverReplaysTheHistory() throws Exception {
        alerts.accept(Alerts.simple("sse-0", 1, "before the page connected: the page reads it from the API"));
        HttpResponse<Stream<String>> first = stream(null);
        assertThat(first.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        Iterator<String> lines = first.body().iterator();
        assertThat(backlog(lines)).isEmpty();

        CompletableFuture.runAsync(() -> {
            alerts.accept(Alerts.simple("sse-1", 1, "one"));
            alerts.accept(Alerts.simple("sse-2", 1, "two\n\nevent: admin\ndata: forged"));
        });
        List<Event> seen = List.of(next(lines), next(lines));
        assertThat(seen).extracting(Event::type).containsOnly("alert");
        assertThat(seen)
                .extracting(e -> Json.MAPPER.readTree(e.data()).path("alert_id").asText())
                .containsExactly("sse-1", "sse-2");
        String resumeFrom = seen.get(1).id();

        CompletableFuture.runAsync(() -> alerts.accept(Alerts.simple("sse-3", 1, "three")));
        Event live = next(lines);
        assertThat(live.type()).isEqualTo("alert");
        assertThat(Json.MAPPER.readTree(live.data()).path("alert_id").asText()).isEqualTo("sse-3");
        first.body().close();

        alerts.accept(Alerts.simple("sse-4", 1, "four"));
        HttpResponse<Stream<String>> resumed = stream(resumeFrom);
        List<Event> missed = backlog(resumed.body().iterator());
        resumed.body().close();
        assertThat(missed)
                .extracting(e -> Json.MAPPER.readTree(e.data()).path("alert_id").asText())
                .containsExactly("sse-3", "sse-4");

        // ids from an earlier sink process mean nothing here: the page is told to reload from the API
        HttpResponse<Stream<String>> stale = stream("someotherepoch-2");
        assertThat(backlog(stale.body().iterator())).extracting(Event::type).containsExactly("refetch");
        stale.body().close();
    }

    /** The paths of the fields written as null. */
    private static List<String> nullFields(JsonNode n, String path) {
        List<String> out = new ArrayList<>();
        if (n.isNull()) {
            out.add(path);
        }
        n.fields().forEachRemaining(e -> out.addAll(nullFields(e.getValue(), path + "." + e.getKey())));
        for (int i = 0; n.isArray() && i < n.size(); i++) {
            out.addAll(nullFields(n.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    @Test
    void apiListsFiltersShowsRevisionsAndTakesAcknowledgements() throws Exception {
        for (int revision = 1; revision <= 2; revision++) {
            alerts.accept(Alerts.alert(
                    "api-1",
                    revision,
                    "api-person",
                    "Api Person",
                    "ar",
                    "نفى الوزير الخبر",
                    "مكتب",
                    "Outlet Z",
                    0.8,
                    java.time.Instant.parse("2025-06-01T00:00:00Z")));
        }
        JsonNode page =
                get(open, "/api/alerts?person=api-person&q=%D9%86%D9%81%D9%8A").body();
        assertThat(page.path("total").asInt()).isEqualTo(1);
        assertThat(page.has("next_offset"))
                .as("the last page says null, as docs/desk.md does")
                .isTrue();
        assertThat(page.path("next_offset").isNull()).isTrue();
        assertThat(page.path("items").get(0).has("ack")).isTrue();
        assertThat(page.path("items").get(0).path("alert").path("revision").asInt())
                .isEqualTo(2);
        assertThat(get(open, "/api/alerts/api-1").body().path("revisions")).hasSize(2);
        assertThat(get(open, "/api/alerts/nope").status()).isEqualTo(404);
        assertThat(get(open, "/api/alerts?limit=0").status()).isEqualTo(400);
        assertThat(get(open, "/api/persons").body().findValuesAsText("id")).contains("api-person");

        HttpResponse<String> ack = http.send(
                HttpRequest.newBuilder(uri(open, "/api/alerts/api-1/ack"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"by\":\"Lina\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(get(open, "/api/alerts/api-1").body().path("ack").path("by").asText())
                .isEqualTo("Lina");
        // docs/desk.md: a field without a value is left out, never written as null, but for two that
        // say so in so many words: the last page's next_offset and an unacknowledged alert's ack
        assertThat(nullFields(Json.MAPPER.readTree(ack.body()), "")).isEmpty();
        assertThat(nullFields(get(open, "/api/alerts/api-1").body(), "")).isEmpty();
        assertThat(nullFields(get(open, "/api/alerts").body(), ""))
                .allMatch(f -> f.equals(".next_offset") || f.matches("\\.items\\[\\d+]\\.ack"))
                .contains(".next_offset");
        assertThat(get(open, "/api/alerts?person=api-person&acked=true")
                        .body()
                        .path("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(get(open, "/api/alerts?person=api-person&acked=false")
                        .body()
                        .path("total")
                        .asInt())
                .isZero();
        assertThat(get(open, "/api/alerts?acked=maybe").status()).isEqualTo(400);
        HttpResponse<String> crossSite = http.send(
                HttpRequest.newBuilder(uri(open, "/api/alerts/api-1/ack"))
                        .header("Origin", "https://evil.example")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(crossSite.statusCode()).isEqualTo(400);

        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(uri(open, "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        v -> assertThat(v).contains("script-src 'self'").doesNotContain("unsafe-inline"));
    }

    @Test
    void theShortIdTheTerminalShowsNamesTheAlertWhenOnlyOneStartsWithIt() throws Exception {
        String one = "3fa9c2e1" + "0".repeat(24);
        String twinA = "7b7b7b7b" + "a".repeat(24);
        String twinB = "7b7b7b7b" + "b".repeat(24);
        for (String id : List.of(one, twinA, twinB)) {
            alerts.accept(Alerts.simple(id, 1, "I deny it " + id));
        }
        assertThat(AlertLine.of(alerts.latest(one).orElseThrow())).startsWith("ALERT 3fa9c2e1 r1");
        assertThat(get(open, "/api/alerts/3fa9c2e1")
                        .body()
                        .path("alert")
                        .path("alert_id")
                        .asText())
                .isEqualTo(one);
        HttpResponse<String> ack = http.send(
                HttpRequest.newBuilder(uri(open, "/api/alerts/3fa9c2e1/ack"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"by\":\"Lina\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(alerts.ack(one)).hasValueSatisfying(a -> assertThat(a.by()).isEqualTo("Lina"));

        Got ambiguous = get(open, "/api/alerts/7b7b7b7b");
        assertThat(ambiguous.status()).isEqualTo(400);
        assertThat(ambiguous.body().path("error").asText()).contains("more than one alert id starts with '7b7b7b7b'");
        assertThat(get(open, "/api/alerts/7b7b7b7bb")
                        .body()
                        .path("alert")
                        .path("alert_id")
                        .asText())
                .isEqualTo(twinB);
    }

    @Test
    void aSinkWhoseFeedHasStoppedIsNotLive() throws Exception {
        DeskServer dead = new DeskServer(
                "127.0.0.1",
                0,
                board,
                new MemoryQuery(alerts, Clock.systemUTC()),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                () -> false,
                () -> true,
                "");
        try {
            assertThat(get(dead, "/health/live").status()).isEqualTo(503);
            assertThat(get(open, "/health/live").status()).isEqualTo(200);
        } finally {
            dead.close();
        }
    }

    @Test
    void withATokenTheApiNeedsItOrASessionCookieButThePageAndHealthStayOpen() throws Exception {
        assertThat(get(guarded, "/api/alerts").status()).isEqualTo(401);
        assertThat(get(guarded, "/metrics").status()).isEqualTo(401);
        assertThat(get(guarded, "/api/alerts/stream").status())
                .as("the stream is guarded like the API")
                .isEqualTo(401);
        HttpResponse<java.io.InputStream> stream = http.send(
                HttpRequest.newBuilder(uri(guarded, "/api/alerts/stream"))
                        .header("Authorization", "Bearer s3cret")
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        stream.body().close();
        assertThat(http.send(
                                HttpRequest.newBuilder(uri(guarded, "/"))
                                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(200);
        assertThat(get(guarded, "/health/live").status()).isEqualTo(200);
        assertThat(http.send(HttpRequest.newBuilder(uri(guarded, "/")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> bearer = http.send(
                HttpRequest.newBuilder(uri(guarded, "/api/alerts"))
                        .header("Authorization", "Bearer s3cret")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bearer.statusCode()).isEqualTo(200);
        HttpResponse<String> wrong = http.send(
                HttpRequest.newBuilder(uri(guarded, "/api/alerts"))
                        .header("Authorization", "Bearer s3cre")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);

        HttpResponse<String> session = http.send(
                HttpRequest.newBuilder(uri(guarded, "/api/session"))
                        .header("Authorization", "Bearer s3cret")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = session.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
        HttpResponse<String> withCookie = http.send(
                HttpRequest.newBuilder(uri(guarded, "/api/persons"))
                        .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withCookie.statusCode()).isEqualTo(200);
    }

    private record Got(int status, JsonNode body) {}

    private static Got get(DeskServer s, String path) throws Exception {
        HttpResponse<String> r =
                http.send(HttpRequest.newBuilder(uri(s, path)).build(), HttpResponse.BodyHandlers.ofString());
        return new Got(r.statusCode(), r.body().isEmpty() ? null : Json.MAPPER.readTree(r.body()));
    }
}
