package io.denialwatch.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.kafka.TopicAdmin;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Alert;
import io.denialwatch.sink.store.TestPostgres;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * With PostgreSQL, a restarted sink shows the same newest-first view as before, acknowledgements
 * included, in the API and on the page (headless Chromium): nothing of it came from memory.
 */
class DeskRestartTest {
    @TempDir
    static Path dir;

    private static final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pageAndApiShowTheSameNewestFirstViewWithAcknowledgementsAfterARestart() throws Exception {
        Topics topics = new Topics("dw.");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
                TestPostgres pg = TestPostgres.start()) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                TopicAdmin.ensureTopics(admin, topics, 2, (short) 1, Duration.ofSeconds(60));
            }
            Settings s = Settings.load(
                    null,
                    Map.of(),
                    Map.of(
                            Settings.BOOTSTRAP.key(),
                            broker.bootstrapServers(),
                            Settings.SINK_PORT.key(),
                            "0",
                            Settings.POSTGRES_URL.key(),
                            pg.url(),
                            Settings.POSTGRES_USER.key(),
                            pg.user(),
                            Settings.POSTGRES_PASSWORD.key(),
                            pg.password()));
            List<Alert> sent = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                sent.add(Alerts.alert(
                        String.format("r-%02d", i),
                        1,
                        "p" + i % 4,
                        "Person " + i % 4,
                        "en",
                        "denial " + i,
                        "Someone",
                        "Outlet R",
                        0.8,
                        Instant.parse("2025-02-01T00:00:00Z").plusSeconds(600L * i)));
            }
            Collections.shuffle(sent, new Random(7)); // stored in another order than the denials'
            JsonNode before;
            try (SinkRole sink = new SinkRole(s, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), null);
                    var producer = new KafkaProducer<>(
                            Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()),
                            new StringSerializer(),
                            new ByteArraySerializer())) {
                sink.start();
                for (Alert a : sent) {
                    producer.send(new ProducerRecord<>(topics.alerts.name(), a.alertId(), Json.writeBytes(a)));
                }
                producer.flush();
                await().atMost(Duration.ofSeconds(60)).until(() -> sink.alerts() == 80);
                for (String id : List.of("r-79", "r-70", "r-42")) {
                    http.send(
                            HttpRequest.newBuilder(URI.create(base(sink) + "/api/alerts/" + id + "/ack"))
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"by\":\"Lina\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                }
                before = get(sink, "/api/alerts?limit=50");
            }

            try (SinkRole again = new SinkRole(s, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), null)) {
                again.start();
                JsonNode after = get(again, "/api/alerts?limit=50");
                assertThat(after.path("total").asInt()).isEqualTo(80);
                assertThat(ids(after, false))
                        .isEqualTo(ids(before, false))
                        .startsWith("r-79", "r-78", "r-77")
                        .endsWith("r-30");
                assertThat(ids(after, true)).containsExactly("r-79", "r-70", "r-42");

                ChromeDriver browser = HeadlessChromium.start();
                try {
                    browser.get(base(again) + "/");
                    await().atMost(Duration.ofSeconds(15))
                            .until(() -> browser.findElement(org.openqa.selenium.By.id("count"))
                                    .getText()
                                    .equals("50 shown of 80 alerts"));
                    List<HeadlessChromium.Listed> listed = HeadlessChromium.listed(browser, 50);
                    assertThat(listed.stream().map(HeadlessChromium.Listed::id))
                            .containsExactlyElementsOf(ids(after, false));
                    assertThat(listed.stream()
                                    .filter(HeadlessChromium.Listed::acked)
                                    .map(HeadlessChromium.Listed::id))
                            .containsExactlyElementsOf(ids(after, true));
                } finally {
                    browser.quit();
                }
            }
        }
    }

    private static String base(SinkRole sink) {
        return "http://127.0.0.1:" + sink.port();
    }

    private static JsonNode get(SinkRole sink, String path) throws Exception {
        return Json.MAPPER.readTree(http.send(
                        HttpRequest.newBuilder(URI.create(base(sink) + path)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }

    /** The alert ids of a page, in order; only the acknowledged ones if {@code acked}. */
    private static List<String> ids(JsonNode page, boolean acked) {
        List<String> out = new ArrayList<>();
        page.path("items").forEach(i -> {
            if (!acked || !i.path("ack").isNull()) {
                out.add(i.path("alert").path("alert_id").asText());
            }
        });
        return out;
    }
}
