package io.denialwatch.stream.pipeline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * What remembering post ids costs the stream thread, on RocksDB: per post (look up, then
 * remember) and per clean-up, for a key-value store swept by a full scan (the baseline) and for
 * a window store whose old segments are dropped whole. Run with the number of ids to remember:
 * {@code java -cp <stream test classpath> io.denialwatch.stream.pipeline.bench.SeenPostsCostMain 1000000}.
 */
public final class SeenPostsCostMain {
    private static final Duration REMEMBER = Duration.ofDays(16);

    private SeenPostsCostMain() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("seen-posts-cost");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "seen-posts-cost");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused.invalid:9092");
        MockProcessorContext<String, Long> context = new MockProcessorContext<>(props, new TaskId(0, 0), dir.toFile());
        long t0 = System.currentTimeMillis();
        for (int round = 0; round < 2; round++) { // the first round warms the JIT
            String tag = "r" + round + "-";
            KeyValueStore<String, Long> kv = Stores.keyValueStoreBuilder(
                            Stores.persistentKeyValueStore("kv" + round), Serdes.String(), Serdes.Long())
                    .withLoggingDisabled()
                    .build();
            kv.init(context.getStateStoreContext(), kv);
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String id = tag + "post-" + i;
                if (kv.get(id) == null) {
                    kv.put(id, t0 + i);
                }
            }
            double kvPerPost = (System.nanoTime() - start) / 1e3 / n;
            start = System.nanoTime();
            long cutoff = t0; // nothing old enough yet: the scan finds nothing to forget, as usual
            int forgotten = 0;
            try (KeyValueIterator<String, Long> it = kv.all()) {
                while (it.hasNext()) {
                    if (it.next().value < cutoff) {
                        forgotten++;
                    }
                }
            }
            double scanMs = (System.nanoTime() - start) / 1e6;
            kv.close();

            WindowStore<String, Long> ws = Stores.windowStoreBuilder(
                            Stores.persistentWindowStore("ws" + round, REMEMBER, Duration.ofMillis(1), false),
                            Serdes.String(),
                            Serdes.Long())
                    .withLoggingDisabled()
                    .build();
            ws.init(context.getStateStoreContext(), ws);
            start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String id = tag + "post-" + i;
                long now = t0 + i;
                boolean seen;
                try (WindowStoreIterator<Long> it = ws.fetch(id, now - REMEMBER.toMillis(), Long.MAX_VALUE)) {
                    seen = it.hasNext();
                }
                if (!seen) {
                    ws.put(id, now, now);
                }
            }
            double wsPerPost = (System.nanoTime() - start) / 1e3 / n;
            ws.close();
            System.out.printf(
                    Locale.ROOT,
                    "round %d, %,d ids: key-value get+put %.2f µs/post, full scan %.0f ms"
                            + " (%d forgotten); window fetch+put %.2f µs/post, no scan%n",
                    round,
                    n,
                    kvPerPost,
                    scanMs,
                    forgotten,
                    wsPerPost);
        }
    }
}
