package io.denialwatch.sink.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.denialwatch.common.json.Json;
import io.denialwatch.sink.Alerts;
import io.denialwatch.sink.store.AlertBoard;
import io.denialwatch.sink.store.MemoryAlerts;
import io.denialwatch.sink.store.MemoryQuery;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A desk whose stream stops reading during a burst: it either gets every alert, or an explicit
 * {@code refetch} event after which the API gives it the rest. Never a silent gap.
 */
class SlowStreamTest {
    private static final int BURST = 20_000;

    @Test
    void aClientThatStopsReadingDuringABurstGetsEveryAlertOrIsToldToRefetchAndThenHasThemAll() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            AlertBoard board = new AlertBoard();
            MemoryAlerts alerts = new MemoryAlerts(board);
            var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            try (DeskServer desk = new DeskServer(
                    "127.0.0.1",
                    0,
                    board,
                    new MemoryQuery(alerts, Clock.systemUTC()),
                    registry,
                    () -> true,
                    () -> true,
                    "")) {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + desk.port();
                HttpResponse<InputStream> stream = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/alerts/stream"))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
                readUntil(in, null, null);

                // the client reads nothing while the burst comes
                Instant t = Instant.parse("2025-01-01T00:00:00Z");
                for (int i = 0; i < BURST; i++) {
                    alerts.accept(Alerts.alert(
                            "burst-" + i,
                            1,
                            "p" + i % 200,
                            "Person " + i % 200,
                            i % 2 == 0 ? "ar" : "en",
                            "denial number " + i + " " + "x".repeat(600),
                            "Person",
                            "Outlet",
                            0.9,
                            t.plusSeconds(i)));
                }
                alerts.accept(Alerts.simple("end-of-burst", 1, "the last one"));

                Set<String> got = new HashSet<>();
                // the end's event: the alert itself, or the refetch that stands for it
                boolean toldToRefetch = readUntil(in, board.epoch() + "-" + board.lastSeq(), got);
                stream.body().close();

                if (toldToRefetch) {
                    assertThat(registry.get("dw_desk_stream_refetches")
                                    .tag("reason", "overflow")
                                    .counter()
                                    .count())
                            .isPositive();
                    got.addAll(everyIdFromTheApi(http, base));
                }
                for (int i = 0; i < BURST; i++) {
                    assertThat(got)
                            .as("burst-%d: neither streamed nor refetched", i)
                            .contains("burst-" + i);
                }
            }
        });
    }

    /**
     * Reads events up to the one with id {@code untilId} (or, if null, the first {@code synced});
     * collects alert ids into {@code ids}; tells whether a refetch event came.
     */
    private static boolean readUntil(BufferedReader in, String untilId, Set<String> ids) throws Exception {
        boolean refetch = false;
        String id = null;
        String type = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("id: ")) {
                id = line.substring(4);
            } else if (line.startsWith("event: ")) {
                type = line.substring(7);
                refetch |= type.equals("refetch");
            } else if (line.startsWith("data: ") && "alert".equals(type) && ids != null) {
                ids.add(Json.MAPPER.readTree(line.substring(6)).path("alert_id").asText());
            } else if (line.isEmpty() && type != null) {
                if (untilId == null ? type.equals("synced") : untilId.equals(id)) {
                    return refetch;
                }
                type = null;
            }
        }
        throw new AssertionError("the stream ended before " + untilId);
    }

    private static Set<String> everyIdFromTheApi(HttpClient http, String base) throws Exception {
        Set<String> ids = new HashSet<>();
        for (JsonNode next = Json.MAPPER.getNodeFactory().numberNode(0); !next.isNull(); ) {
            JsonNode page = Json.MAPPER.readTree(http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/alerts?limit=500&offset=" + next.asInt()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            page.path("items")
                    .forEach(i -> ids.add(i.path("alert").path("alert_id").asText()));
            next = page.path("next_offset");
        }
        return ids;
    }
}
