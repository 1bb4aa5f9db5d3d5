package io.denialwatch.stream.pipeline;

import io.denialwatch.common.model.Post;
import io.denialwatch.stream.PipelineMetrics;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Lets each post id through once, and stamps the record with the post's event time, so every
 * later step (windows, grace) runs on when things were published, not when they arrived.
 * Producers key {@code dw.posts} by post id, so a re-delivery lands in the same task and store.
 */
public final class FirstDeliveryFilter implements FixedKeyProcessor<String, Post, Post> {
    public static final String STORE = "dw-seen-posts";

    private final Duration futureSkew;
    private final Duration remember;
    private final PipelineMetrics metrics;
    private KeyValueStore<String, Long> seen;
    private FixedKeyProcessorContext<String, Post> context;
    /** Latest event time seen; stream time would follow producer timestamps instead. */
    private long latest;

    public FirstDeliveryFilter(Duration futureSkew, Duration remember, PipelineMetrics metrics) {
        this.futureSkew = futureSkew;
        this.remember = remember;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Post> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
        context.schedule(Duration.ofMinutes(10), PunctuationType.WALL_CLOCK_TIME, now -> forgetOld());
    }

    @Override
    public void process(FixedKeyRecord<String, Post> record) {
        Post post = record.value();
        metrics.postsIn.increment();
        if (seen.get(post.id()) != null) {
            metrics.duplicates.increment();
            return;
        }
        EventTime t = EventTime.of(post, futureSkew, Instant.now());
        seen.put(post.id(), t.at().toEpochMilli());
        latest = Math.max(latest, t.at().toEpochMilli());
        context.forward(record.withTimestamp(t.at().toEpochMilli()));
    }

    /** Ids older than the look-back can no longer matter to any alert. */
    private void forgetOld() {
        long cutoff = latest - remember.toMillis();
        if (cutoff <= 0) {
            return;
        }
        try (KeyValueIterator<String, Long> it = seen.all()) {
            while (it.hasNext()) {
                var kv = it.next();
                if (kv.value < cutoff) {
                    seen.delete(kv.key);
                }
            }
        }
    }
}
