package io.denialwatch.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import io.denialwatch.common.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sink's JSONL output: one line per (alert id, revision), never twice, every line whole. */
public final class JsonlSinkCheck implements SinkStoreCheck {
    private final Path file;

    public JsonlSinkCheck(Path file) {
        this.file = file;
    }

    @Override
    public Rows read() {
        if (!Files.exists(file)) {
            return new Rows("jsonl", 0, 0, 0);
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            AlertTally tally = new AlertTally();
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode n = Json.MAPPER.readTree(line);
                    if (n == null || !n.hasNonNull("alert_id")) {
                        tally.unreadable();
                    } else {
                        tally.add(n.get("alert_id").asText(), n.path("revision").asInt());
                    }
                } catch (IOException e) {
                    tally.unreadable();
                }
            }
            return new Rows("jsonl", tally.alertIds().size(), tally.duplicates(), tally.unreadableRecords());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
