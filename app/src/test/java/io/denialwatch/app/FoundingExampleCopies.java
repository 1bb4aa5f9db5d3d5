package io.denialwatch.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.denialwatch.common.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Load for the tests that kill and scale roles: copies of the founding example's posts with ids
 * suffixed by a batch number, so each batch raises its own alerts. The Arabic report of the
 * presidency's denial is left out: it is held for the first-hand denial and would only delay.
 */
final class FoundingExampleCopies {

    static final String REPORT = "rss:arabic-news-2025-11-15-sharaa";

    private FoundingExampleCopies() {}

    /** Batches {@code from} (inclusive) to {@code to} written to {@code dir/posts-<name>.jsonl}. */
    static Path write(Path dir, int from, int to, String name) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(RoleEndpointsTest.ROOT.resolve("examples/founding-example.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode post = (ObjectNode) Json.MAPPER.readTree(line);
            if (post.path("id").asText().equals(REPORT)) {
                continue;
            }
            for (int b = from; b < to; b++) {
                ObjectNode copy = post.deepCopy();
                copy.put("id", post.path("id").asText() + "#" + b);
                lines.add(Json.MAPPER.writeValueAsString(copy));
            }
        }
        Path file = dir.resolve("posts-" + name + ".jsonl");
        Files.write(file, lines);
        return file;
    }
}
