package io.denialwatch.ingest.replay;

import io.denialwatch.common.LogSafe;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Post;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a JSONL file of Posts into {@code dw.posts}: one post per line, keyed by post id (so a
 * re-delivery lands where the first one did) and timestamped with when it was published. A
 * malformed line is reported with file:line and reason and skipped; the rest goes through.
 */
public final class JsonlReplaySource {
    private static final Logger log = LoggerFactory.getLogger(JsonlReplaySource.class);

    /** A line that could not be replayed. */
    public record Rejected(String where, String reason) {
    }

    /** What a replay did. */
    public record Result(int produced, List<Rejected> rejected) {
    }

    private final Producer<String, byte[]> producer;
    private final String topic;

    public JsonlReplaySource(Producer<String, byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    public Result replay(Path file) throws IOException, InterruptedException {
        List<Rejected> rejected = new ArrayList<>();
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file.getFileName() + ":" + n;
                Post post;
                try {
                    post = Json.read(line, Post.class);
                } catch (IOException e) {
                    reject(rejected, where, "not a valid post: " + LogSafe.firstLine(e.getMessage()));
                    continue;
                }
                String invalid = post == null ? "empty line" : post.invalidReason();
                if (invalid != null) {
                    reject(rejected, where, invalid);
                    continue;
                }
                sends.add(producer.send(new ProducerRecord<>(topic, null, timestampOf(post), post.id(),
                        Json.writeBytes(post))));
            }
        }
        producer.flush();
        for (Future<RecordMetadata> f : sends) {
            try {
                f.get();
            } catch (ExecutionException e) {
                // a lost send is never silent: the caller sees it and can replay again (ids dedupe)
                throw new IllegalStateException("producing to " + topic + " failed: " + e.getCause().getMessage(),
                        e.getCause());
            }
        }
        return new Result(sends.size(), rejected);
    }

    private static Long timestampOf(Post post) {
        Instant t = post.publishedAt() != null ? post.publishedAt() : post.fetchedAt();
        return t == null || t.toEpochMilli() < 0 ? null : t.toEpochMilli();
    }

    private static void reject(List<Rejected> rejected, String where, String reason) {
        rejected.add(new Rejected(where, reason));
        log.warn("skipping {}: {}", LogSafe.of(where), LogSafe.of(reason));
    }
}
