package io.denialwatch.ingest.replay;

import io.denialwatch.common.LogSafe;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.json.JsonlLines;
import io.denialwatch.common.json.Utf8;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Post;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * re-delivery lands where the first one did), stamped by the broker when appended (Topics#configOf). A
 * malformed line (not UTF-8, not JSON, not a post) is reported with file:line, reason and field
 * and skipped; the rest goes through.
 */
public final class JsonlReplaySource {
    private static final Logger log = LoggerFactory.getLogger(JsonlReplaySource.class);

    /** A line that could not be replayed: {@code file.jsonl:17}, why, and the field at fault when it is one. */
    public record Rejected(String where, String reason, String field) {}

    /** What a replay did. */
    public record Result(int produced, List<Rejected> rejected) {}

    private final Producer<String, byte[]> producer;
    private final String topic;

    public JsonlReplaySource(Producer<String, byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    public Result replay(Path file) throws IOException, InterruptedException {
        List<Rejected> rejected = new ArrayList<>();
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        JsonlLines.forEach(file, (n, bytes) -> {
            String where = file.getFileName() + ":" + n;
            if (!Utf8.isValid(bytes)) {
                reject(rejected, where, "invalid UTF-8", null);
                return;
            }
            Post post;
            try {
                post = Json.read(bytes, Post.class);
            } catch (IOException e) {
                Post.Problem p = Post.Problem.of(e);
                reject(rejected, where, p.reason(), p.field());
                return;
            }
            Post.Problem invalid = post == null ? new Post.Problem(null, "empty line") : post.problem();
            if (invalid != null) {
                reject(rejected, where, invalid.reason(), invalid.field());
                return;
            }
            // no timestamp of its own (the broker stamps it on append): a year-old post's
            // published_at would make time retention delete it at once; event time is in the post
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, post.id(), Json.writeBytes(post));
            // a dead letter the stream makes of it later names the line, not just an offset
            record.headers().add(Topics.ORIGIN_HEADER, where.getBytes(StandardCharsets.UTF_8));
            sends.add(producer.send(record));
        });
        producer.flush();
        for (Future<RecordMetadata> f : sends) {
            try {
                f.get();
            } catch (ExecutionException e) {
                // a lost send is never silent: the caller sees it and can replay again (ids dedupe)
                throw new IllegalStateException(
                        "producing to " + topic + " failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
        return new Result(sends.size(), rejected);
    }

    private static void reject(List<Rejected> rejected, String where, String reason, String field) {
        rejected.add(new Rejected(where, reason, field));
        log.warn("skipping {}: {}", LogSafe.of(where), LogSafe.of(reason));
    }
}
