package io.denialwatch.stream.pipeline;

import io.denialwatch.common.model.Post;
import io.denialwatch.stream.PipelineMetrics;
import io.denialwatch.stream.StreamSettings;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Lets each post id through once, and stamps the record with the post's event time, so every
 * later step (windows, grace) runs on when things were published, not when they arrived.
 * Producers key {@code dw.posts} by post id, so a re-delivery lands in the same task and store.
 *
 * <p>An id is remembered for the look-back plus the grace after it first arrived, in a window
 * store filed by arrival time: the store drops whole segments as they age, so forgetting costs
 * nothing per id. (A key-value store had to be swept by a full scan on the stream thread, about
 * 0.6 s per million remembered ids, during which no post moved; see BENCHMARKS.md.)
 */
public final class FirstDeliveryFilter implements FixedKeyProcessor<String, Post, Post> {
    /** Named apart from the key-value store it replaces, whose changelog a window store cannot read. */
    public static final String STORE = "dw-seen-post-ids";
    /** Each id is one point in time; the window's length only has to be positive. */
    public static final Duration WINDOW = Duration.ofMillis(1);

    private final Duration futureSkew;
    private final Duration remember;
    private final PipelineMetrics metrics;
    private WindowStore<String, Long> seen;
    private FixedKeyProcessorContext<String, Post> context;

    public FirstDeliveryFilter(Duration futureSkew, Duration remember, PipelineMetrics metrics) {
        this.futureSkew = futureSkew;
        this.remember = remember;
        this.metrics = metrics;
    }

    /** How long an id is remembered: past that, a re-delivery could no longer change any alert. */
    public static Duration remembered(StreamSettings settings) {
        return settings.lookback().plus(settings.grace());
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Post> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, Post> record) {
        Post post = record.value();
        metrics.postsIn.increment();
        long arrived = context.currentSystemTimeMs();
        try (WindowStoreIterator<Long> earlier = seen.fetch(post.id(), arrived - remember.toMillis(), Long.MAX_VALUE)) {
            if (earlier.hasNext()) {
                metrics.duplicates.increment();
                return;
            }
        }
        EventTime t = EventTime.of(post, futureSkew, Instant.now());
        seen.put(post.id(), t.at().toEpochMilli(), arrived);
        context.forward(record.withTimestamp(t.at().toEpochMilli()));
    }
}
