package io.denialwatch.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier's counting must be able to fail: duplicates, losses, inventions and torn rows are seen. */
class VerifierCountsTest {

    @Test
    void tallySeesDuplicatesMissingAndSpurious() {
        AlertTally t = new AlertTally();
        t.add("a", 1);
        t.add("a", 2);
        t.add("a", 2);
        t.add("x", 1);

        assertThat(t.duplicates()).isEqualTo(1);
        assertThat(t.records()).isEqualTo(4);
        assertThat(t.missingFrom(Set.of("a", "b"))).isEqualTo(1);
        assertThat(t.spuriousAgainst(Set.of("a", "b"))).isEqualTo(1);
    }

    @Test
    void jsonlCheckCountsDistinctAlertsDuplicateAndTornRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        Files.writeString(file, """
                {"alert_id":"a","revision":1}
                {"alert_id":"a","revision":2}
                {"alert_id":"b","revision":1}
                {"alert_id":"a","revision":2}
                {"alert_id":"c","rev
                """);

        SinkStoreCheck.Rows rows = new JsonlSinkCheck(file).read();

        assertThat(rows.distinctAlerts()).isEqualTo(2);
        assertThat(rows.duplicateRows()).isEqualTo(1);
        assertThat(rows.unreadableRows()).isEqualTo(1);
    }

    @Test
    void generatorOwesOneAlertPerDenial() {
        GroundTruth truth = Generator.generate(new Generator.Size(5, 2, 3), 7, java.time.Instant.now());

        assertThat(truth.posts()).hasSize(25);
        assertThat(truth.expectedAlertIds()).hasSize(15);
        assertThat(truth.posts()).extracting(p -> p.id()).doesNotHaveDuplicates();
    }
}
