package io.denialwatch.stream.replay;

import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.pipeline.EventTime;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A JSONL archive of posts in the order a live pipeline would have seen them: by event time
 * ({@code published_at}, or {@code fetched_at} when that is missing or in the future), the file's
 * order breaking ties. A line that is not a usable post keeps its place (the time of the line
 * before it) and is still replayed, so that it becomes a dead letter as it would live.
 */
public final class ReplayArchive {

    /** One line to replay: its key (the post id, or {@code file:line}), bytes and timestamp. */
    public record Line(String key, byte[] value, Instant at) {
    }

    private ReplayArchive() {
    }

    public static List<Line> read(Path file, Duration futureSkew) throws IOException {
        List<Line> lines = new ArrayList<>();
        Instant now = Instant.now();
        Instant last = Instant.EPOCH;
        int number = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            while ((text = in.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                String key = file.getFileName() + ":" + number;
                Instant at = last;
                try {
                    Post p = Json.read(text, Post.class);
                    if (p != null && p.id() != null) {
                        key = p.id();
                    }
                    if (p != null && (p.publishedAt() != null || p.fetchedAt() != null)) {
                        at = EventTime.of(p, futureSkew, now).at();
                    }
                } catch (IOException | RuntimeException e) {
                    // replayed as it is: the topology turns it into a dead letter with the reason
                }
                last = at;
                lines.add(new Line(key, text.getBytes(StandardCharsets.UTF_8), at));
            }
        }
        lines.sort(Comparator.comparing(Line::at)); // stable: ties keep the file's order
        return lines;
    }
}
