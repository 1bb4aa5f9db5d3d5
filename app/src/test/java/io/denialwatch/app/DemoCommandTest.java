package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Alert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README's first command, as a new user runs it: two alerts, and none added by a second run. */
class DemoCommandTest {
    @TempDir
    Path dir;

    private final int kafkaPort = EmbeddedKafkaBroker.freePort();

    private int demo(Path alerts) {
        CommandRun run = CommandRun.of(
                "demo",
                "--once",
                "--posts",
                "../examples/founding-example.jsonl",
                "--persons",
                "../config/persons.yaml",
                "--alerts-out",
                alerts.toString(),
                "--data-dir",
                dir.resolve("data").toString(),
                "--port",
                "0",
                "--kafka-port",
                Integer.toString(kafkaPort));
        // the address a Kafka client needs, the same on every run with --kafka-port
        assertThat(run.out()).contains("kafka: 127.0.0.1:" + kafkaPort + " (bootstrap servers");
        return run.code();
    }

    @Test
    void demoOnceWritesTheTwoFoundingAlertsAndARerunAddsNone() throws Exception {
        Path alerts = dir.resolve("alerts.jsonl");
        assertThat(demo(alerts)).isZero();
        List<String> lines = Files.readAllLines(alerts);
        assertThat(lines).hasSize(2);
        List<Alert> parsed = lines.stream()
                .map(l -> {
                    try {
                        return Json.read(l, Alert.class);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
        assertThat(parsed)
                .extracting(a -> a.person().id())
                .containsExactlyInAnyOrder("ahmed-al-sharaa", "mazhar-al-wais");
        assertThat(parsed)
                .extracting(a -> a.stories().get(0).outlet())
                .containsExactlyInAnyOrder("The New York Times", "The Media Line");
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        for (String field : List.of("alert_id", "revision", "person", "denial", "stories", "created_at")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.path("denial").path("post").has("published_at")).isTrue();

        assertThat(demo(alerts)).isZero();
        assertThat(Files.readAllLines(alerts)).isEqualTo(lines);

        // a fresh file on the same data directory gets the same two alerts, rebuilt from dw.alerts
        Path fresh = dir.resolve("fresh.jsonl");
        assertThat(demo(fresh)).isZero();
        assertThat(Files.readAllLines(fresh)).hasSize(2);
    }
}
