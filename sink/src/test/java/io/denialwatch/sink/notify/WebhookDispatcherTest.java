package io.denialwatch.sink.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.denialwatch.common.json.Json;
import io.denialwatch.sink.Alerts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks against a local HTTP receiver. */
class WebhookDispatcherTest {
    private HttpServer receiver;
    private final List<String> slack = new CopyOnWriteArrayList<>();
    private final List<String> json = new CopyOnWriteArrayList<>();
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void up() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.createContext("/slack", ex -> {
            slack.add(new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        receiver.createContext(
                "/flaky",
                ex -> { // fails once with 500, then takes it
                    String body =
                            new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    if (flakyCalls.incrementAndGet() == 1) {
                        ex.sendResponseHeaders(500, -1);
                    } else {
                        json.add(body);
                        ex.sendResponseHeaders(204, -1);
                    }
                    ex.close();
                });
        receiver.createContext(
                "/hang",
                ex -> { // a target that never answers until the test ends
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    ex.sendResponseHeaders(503, -1);
                    ex.close();
                });
        receiver.start();
    }

    @AfterEach
    void down() {
        release.countDown();
        receiver.stop(0);
    }

    private WebhookTarget target(String name, String path, WebhookTarget.Format format, Set<String> persons) {
        return new WebhookTarget(
                name,
                URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + path),
                format,
                persons,
                Set.of(),
                0.5,
                3,
                Duration.ofMillis(50));
    }

    @Test
    void deliversSlackMessagesEscapedAndFiltersPerTarget() throws Exception {
        try (var d = new WebhookDispatcher(
                List.of(target("chat", "/slack", WebhookTarget.Format.SLACK, Set.of("p1"))), registry)) {
            d.accept(Alerts.simple("w1", 1, "<@channel> never said that & more"));
            d.accept(Alerts.alert(
                    "w2", 1, "other", "Other", "en", "not wanted", "x", null, 0.9, java.time.Instant.now()));
            d.accept(Alerts.alert(
                    "w3", 1, "p1", "Person One", "en", "too unsure", "x", null, 0.1, java.time.Instant.now()));
            await().atMost(Duration.ofSeconds(10)).until(() -> slack.size() == 1);
        }
        JsonNode msg = Json.MAPPER.readTree(slack.get(0));
        assertThat(msg.path("text").asText())
                .contains("&lt;@channel&gt; never said that &amp; more")
                .contains("Person One")
                .doesNotContain("<@channel>");
    }

    @Test
    void retriesAfterA500AndADeadTargetDoesNotBlockALiveOne() throws Exception {
        try (var d = new WebhookDispatcher(
                List.of(
                        target("dead", "/hang", WebhookTarget.Format.JSON, Set.of()),
                        target("flaky", "/flaky", WebhookTarget.Format.JSON, Set.of())),
                registry)) {
            d.accept(Alerts.simple("r1", 1, "first"));
            d.accept(Alerts.simple("r2", 1, "second"));
            // the hanging target still holds its first request: the other got both, one after a retry
            await().atMost(Duration.ofSeconds(10)).until(() -> json.size() == 2);
            assertThat(flakyCalls.get()).isEqualTo(3);
            assertThat(registry.get("dw_webhook_retries")
                            .tag("target", "flaky")
                            .counter()
                            .count())
                    .isEqualTo(1);
            assertThat(registry.get("dw_webhook_delivered")
                            .tag("target", "dead")
                            .counter()
                            .count())
                    .isZero();
        }
        assertThat(json)
                .extracting(b ->
                        Json.MAPPER.readTree(b).path("alert").path("alert_id").asText())
                .containsExactly("r1", "r2");
        assertThat(Json.MAPPER.readTree(json.get(0)).path("event").asText()).isEqualTo("alert");
    }
}
