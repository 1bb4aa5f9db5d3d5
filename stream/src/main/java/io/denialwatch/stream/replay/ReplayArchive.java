package io.denialwatch.stream.replay;

import io.denialwatch.common.json.Json;
import io.denialwatch.common.json.JsonlLines;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.pipeline.EventTime;
import java.io.IOException;
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

    /**
     * One line to replay: its key (the post id, or {@code file:line}), bytes, timestamp and where it
     * is in the file ({@code file.jsonl:17}), which a dead letter made of it names.
     */
    public record Line(String key, byte[] value, Instant at, String origin) {}

    private ReplayArchive() {}

    /** Never stops at a bad line, not even one that is not UTF-8: each is replayed into a dead letter. */
    public static List<Line> read(Path file, Duration futureSkew) throws IOException {
        List<Line> lines = new ArrayList<>();
        Instant now = Instant.now();
        Instant[] last = {Instant.EPOCH};
        JsonlLines.forEach(file, (number, bytes) -> {
            String origin = file.getFileName() + ":" + number;
            String key = origin;
            Instant at = last[0];
            try {
                Post p = Json.read(bytes, Post.class);
                if (p != null && p.id() != null) {
                    key = p.id();
                }
                if (p != null && (p.publishedAt() != null || p.fetchedAt() != null)) {
                    at = EventTime.of(p, futureSkew, now).at();
                }
            } catch (IOException | RuntimeException e) {
                // replayed as it is: the topology turns it into a dead letter with the reason
            }
            last[0] = at;
            lines.add(new Line(key, bytes, at, origin));
        });
        lines.sort(Comparator.comparing(Line::at)); // stable: ties keep the file's order
        return lines;
    }
}
