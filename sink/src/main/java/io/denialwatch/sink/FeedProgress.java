package io.denialwatch.sink;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** How far a sink's reader of {@code dw.alerts} has got: what health checks and {@code demo --once} wait on. */
public interface FeedProgress {

    /** Whether the reader has its partitions. */
    boolean assigned();

    /** Whether the reader has taken everything up to these offsets (e.g. the topic's last stable offsets). */
    boolean hasReached(Map<TopicPartition, Long> offsets);
}
