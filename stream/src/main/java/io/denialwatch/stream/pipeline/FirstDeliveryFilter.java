package io.denialwatch.stream.pipeline;

import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Lets each post id through once. Producers key {@code dw.posts} by post id, so a re-delivery
 * lands in the same task and store.
 *
 * <p>The topology puts it after analysis and only in front of the posts that concern a watched
 * person: a post that concerns nobody gives no join event, so letting it through twice changes
 * nothing, and remembering its id would cost a store write and a changelog record for most posts.
 *
 * <p>An id is remembered for the look-back plus the grace after it first arrived, in a window
 * store filed by arrival time: the store drops whole segments as they age, so forgetting costs
 * nothing per id. (A key-value store had to be swept by a full scan on the stream thread, about
 * 0.6 s per million remembered ids, during which no post moved; see BENCHMARKS.md.)
 *
 * @param <V> what travels with the post at this point of the topology
 */
public final class FirstDeliveryFilter<V> implements FixedKeyProcessor<String, V, V> {
    /** Named apart from the key-value store it replaces, whose changelog a window store cannot read. */
    public static final String STORE = "dw-seen-post-ids";
    /** Each id is one point in time; the window's length only has to be positive. */
    public static final Duration WINDOW = Duration.ofMillis(1);

    private final Function<V, String> postId;
    private final Duration remember;
    private final PipelineMetrics metrics;
    private WindowStore<String, Long> seen;
    private FixedKeyProcessorContext<String, V> context;

    public FirstDeliveryFilter(Function<V, String> postId, Duration remember, PipelineMetrics metrics) {
        this.postId = postId;
        this.remember = remember;
        this.metrics = metrics;
    }

    /**
     * A filter for each task, with its store attached ({@link FixedKeyProcessorSupplier#stores()}),
     * so a topology cannot add the processor without the store or the store without the processor.
     */
    public static <V> FixedKeyProcessorSupplier<String, V, V> supplier(
            Function<V, String> postId, Duration remember, PipelineMetrics metrics, StateKind state) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, V, V> get() {
                return new FirstDeliveryFilter<>(postId, remember, metrics);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store(state, remember));
            }
        };
    }

    /** The store the filter remembers ids in, {@code remember} long, kept as {@code state} says. */
    public static StoreBuilder<WindowStore<String, Long>> store(StateKind state, Duration remember) {
        return Stores.windowStoreBuilder(state.window(STORE, remember, WINDOW), Serdes.String(), Serdes.Long());
    }

    /** How long an id is remembered: past that, a re-delivery could no longer change any alert. */
    public static Duration remembered(StreamSettings settings) {
        return settings.lookback().plus(settings.grace());
    }

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        String id = postId.apply(record.value());
        long arrived = context.currentSystemTimeMs();
        try (WindowStoreIterator<Long> earlier = seen.fetch(id, arrived - remember.toMillis(), Long.MAX_VALUE)) {
            if (earlier.hasNext()) {
                metrics.duplicates.increment();
                return;
            }
        }
        seen.put(id, record.timestamp(), arrived);
        context.forward(record);
    }
}
