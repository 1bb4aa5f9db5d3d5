package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.denialwatch.chaos.ChaosPlan;
import io.denialwatch.chaos.Generator;
import io.denialwatch.chaos.GroundTruth;
import io.denialwatch.common.DirectoryTree;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.json.Json;
import io.denialwatch.sink.store.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code chaos --quick}: broker, three stream instances and the sink as child JVMs, killed,
 * stalled and restarted while posts flow; nothing may be lost, doubled or left open.
 */
class ChaosCommandTest {

    @Test
    void theConfiguredAnalyserReadsTheGeneratedPostsAsDesigned() {
        Settings s = Settings.defaults();
        GroundTruth truth = Generator.generate(ChaosPlan.full().size(), 1, Instant.now());

        assertThat(Generator.disagreement(truth, g -> Components.analyzer(g, s)))
                .isNull();
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void quickRunLosesNothingAndDoublesNothing() throws Exception {
        // under target/, so the child logs stay for a look after a failure in CI
        Path work = Path.of("target", "chaos-quick").toAbsolutePath();
        DirectoryTree.delete(work);

        int rc;
        try (TestPostgres db = TestPostgres.start()) {
            rc = Main.run(
                    "chaos",
                    "--quick",
                    "--work-dir",
                    work.toString(),
                    "--postgres",
                    db.url(),
                    "--postgres-user",
                    db.user(),
                    "--postgres-password",
                    db.password());
        }

        JsonNode report = Json.MAPPER.readTree(Files.readString(work.resolve("report.json")));
        assertThat(report.get("expected").asLong()).isPositive();
        assertThat(report.get("missing").asLong()).as("missing alerts").isZero();
        assertThat(report.get("duplicates").asLong())
                .as("duplicate alert revisions")
                .isZero();
        assertThat(report.get("spurious").asLong()).as("unexpected alerts").isZero();
        assertThat(report.get("delivered").asLong())
                .isEqualTo(report.get("expected").asLong());
        assertThat(report.get("sink_store").asText()).isEqualTo("postgresql");
        assertThat(report.get("db_rows").asLong())
                .isEqualTo(report.get("expected").asLong());
        assertThat(report.get("sink_duplicates").asLong()).isZero();
        assertThat(report.get("hanging").asLong()).as("hanging transactions").isZero();
        JsonNode faults = report.get("faults");
        assertThat(faults.get("stream_kill").asInt()).isEqualTo(3);
        assertThat(faults.get("broker_hard_restart").asInt()).isEqualTo(2);
        assertThat(faults.get("sink_kill").asInt()).isEqualTo(3);
        assertThat(faults.get("stream_stall").asInt()).isEqualTo(1);
        assertThat(rc).isZero();
    }
}
