package io.denialwatch.common.kafka;

import io.denialwatch.common.json.JsonSerde;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.DeadLetter;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics of one denialwatch installation. Names share a configurable prefix (default
 * {@code dw.}) so several installations can live on one cluster.
 *
 * <p>{@code posts} carries raw bytes on purpose: the stream parses them itself so that a malformed
 * record becomes a dead letter instead of a stopped topology.
 */
public final class Topics {
    /**
     * Header of a {@code dw.posts} record that came from a file: {@code file.jsonl:17}. A dead
     * letter names it instead of the record's offset, so the user knows which line to fix.
     */
    public static final String ORIGIN_HEADER = "dw.origin";

    public final Topic<String, byte[]> posts;
    public final Topic<String, Alert> alerts;
    public final Topic<String, DeadLetter> deadletter;
    public final Topic<String, byte[]> sources;
    public final Topic<String, byte[]> cursors;
    /** Per-source health (last success, last error, freshness), written by ingest workers. */
    public final Topic<String, byte[]> ingestHealth;

    public Topics(String prefix) {
        posts = new Topic<>(prefix + "posts", Serdes.String(), Serdes.ByteArray());
        alerts = new Topic<>(prefix + "alerts", Serdes.String(), new JsonSerde<>(Alert.class));
        deadletter = new Topic<>(prefix + "deadletter", Serdes.String(), new JsonSerde<>(DeadLetter.class));
        sources = new Topic<>(prefix + "sources", Serdes.String(), Serdes.ByteArray());
        cursors = new Topic<>(prefix + "ingest.cursors", Serdes.String(), Serdes.ByteArray());
        ingestHealth = new Topic<>(prefix + "ingest.health", Serdes.String(), Serdes.ByteArray());
    }

    /**
     * The configuration a topic is created with. {@code posts} is stamped with the time the broker
     * appended each record, not the time its producer gives (a replay gives when the post was
     * published): time retention then counts from when a post entered the pipeline, so a
     * year-old archive is not deleted before the stream reads it. The stream takes event time
     * from the post itself (EventTime), never from this timestamp.
     */
    public Map<String, String> configOf(String name) {
        if (name.equals(posts.name())) {
            return Map.of(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, APPEND_TIME);
        }
        return compacted().contains(name)
                ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                : Map.of();
    }

    /** {@code message.timestamp.type} of {@link #posts}. */
    public static final String APPEND_TIME = "LogAppendTime";

    /** Topics whose latest value per key is all that matters. */
    public List<String> compacted() {
        return List.of(alerts.name(), sources.name(), cursors.name(), ingestHealth.name());
    }

    public List<String> all() {
        return List.of(
                posts.name(), alerts.name(), deadletter.name(), sources.name(), cursors.name(), ingestHealth.name());
    }
}
