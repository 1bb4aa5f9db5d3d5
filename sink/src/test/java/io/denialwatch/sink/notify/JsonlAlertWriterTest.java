package io.denialwatch.sink.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Denial;
import io.denialwatch.common.model.PersonRef;
import io.denialwatch.common.model.Post;
import io.denialwatch.sink.Alerts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSONL file after a sink was killed half-way through a line (the chaos suite's sink kills). */
class JsonlAlertWriterTest {

    @Test
    void aTornLastLineIsCutOffAndItsAlertWrittenAgainWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        String whole = Json.write(alert("a", 1));
        String torn = Json.write(alert("b", 1));
        Files.writeString(file, whole + "\n" + torn.substring(0, torn.length() / 2), StandardCharsets.UTF_8);

        try (JsonlAlertWriter w = new JsonlAlertWriter(file)) {
            assertThat(w.write(alert("a", 1))).as("already in the file").isFalse();
            assertThat(w.write(alert("b", 1))).as("torn, so written again").isTrue();
            assertThat(w.write(alert("c", 1))).isTrue();
        }

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines)
                .allSatisfy(l -> assertThat(Json.read(l, Alert.class).alertId()).isNotNull());
    }

    @Test
    void aHeldReportAndOneFoldedIntoAnotherAlertAreNotWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        Alert a = alert("r", 1);
        try (JsonlAlertWriter w = new JsonlAlertWriter(file)) {
            assertThat(w.write(Alerts.held(a, "a news report of a denial", Instant.parse("2025-11-14T10:01:00Z"))))
                    .isFalse();
            assertThat(w.write(Alerts.folded(a, "d"))).isFalse();
            assertThat(w.write(alert("s", 1))).isTrue();
        }
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(1);
    }

    private static Alert alert(String id, int revision) {
        Post post = new Post(
                "post-" + id,
                "test",
                null,
                Instant.parse("2025-11-14T10:00:00Z"),
                null,
                null,
                "en",
                null,
                "I deny it. " + "x".repeat(200),
                List.of(),
                null,
                null,
                null);
        return new Alert(
                id,
                revision,
                new PersonRef("p", "P"),
                new Denial(post.id(), post, null, List.of(), 0.8, "en", List.of()),
                List.of(),
                Instant.parse("2025-11-14T10:00:01Z"),
                List.of(),
                null);
    }
}
