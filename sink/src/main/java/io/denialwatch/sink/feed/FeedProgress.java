package io.denialwatch.sink.feed;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** How far a sink's reader of {@code dw.alerts} has got: what health checks and {@code demo --once} wait on. */
public interface FeedProgress {

    /** Whether the reader has its partitions. */
    boolean assigned();

    /** The reader's position on each of its partitions after its last poll. */
    Map<TopicPartition, Long> positions();

    /** Whether the reader has taken everything up to these offsets (e.g. the topic's last stable offsets). */
    default boolean hasReached(Map<TopicPartition, Long> offsets) {
        Map<TopicPartition, Long> at = positions();
        return offsets.entrySet().stream().allMatch(e -> at.getOrDefault(e.getKey(), -1L) >= e.getValue());
    }
}
