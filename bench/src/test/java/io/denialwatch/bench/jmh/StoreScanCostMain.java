package io.denialwatch.bench.jmh;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * CPU of reading one person's stories back from the story index, as ranking a denial did before
 * the joiner kept them in memory: a range over the person's keys in Kafka Streams' own RocksDB
 * store, and in its in-memory store (the baseline, in the same run). Values are random bytes of
 * a filed story's size; keys are shaped as the index's ({@code person ␁ time ␁ post}). Not a test:
 * run it by hand (see BENCHMARKS.md). Arguments: persons (default 100), stories a person (default
 * 360, a month of the bench's look-back fill), bytes a story (default 1600).
 */
public final class StoreScanCostMain {
    private static final int SCANS = 2_000;
    private static final int ROUNDS = 5;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private StoreScanCostMain() {}

    public static void main(String[] args) throws IOException {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int perPerson = args.length > 1 ? Integer.parseInt(args[1]) : 360;
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 1600;
        Path dir = Files.createTempDirectory("dw-store-scan");
        for (String kind : new String[] {"in-memory", "RocksDB"}) {
            KeyValueStore<String, byte[]> store = open(
                    kind.equals("RocksDB")
                            ? Stores.persistentKeyValueStore("stories")
                            : Stores.inMemoryKeyValueStore("stories"),
                    dir.resolve(kind));
            fill(store, persons, perPerson, size);
            double[] us = new double[ROUNDS];
            Random random = new Random(7);
            for (int round = 0; round < ROUNDS; round++) {
                long start = CPU.getCurrentThreadCpuTime();
                long read = 0;
                for (int k = 0; k < SCANS; k++) {
                    String person = person(random.nextInt(persons));
                    try (KeyValueIterator<String, byte[]> it = store.range(person + '\u0001', person + '\u0002')) {
                        while (it.hasNext()) {
                            read += it.next().value.length > 0 ? 1 : 0;
                        }
                    }
                }
                us[round] = (CPU.getCurrentThreadCpuTime() - start) / 1_000.0 / read;
            }
            java.util.Arrays.sort(us);
            System.out.printf(
                    Locale.ROOT,
                    "%-9s %d persons × %d stories of %d bytes: %.2f µs a story read (median of %d rounds of %,d scans), %.0f µs a person's scan%n",
                    kind,
                    persons,
                    perPerson,
                    size,
                    us[ROUNDS / 2],
                    ROUNDS,
                    SCANS,
                    us[ROUNDS / 2] * perPerson);
            store.close();
        }
    }

    private static KeyValueStore<String, byte[]> open(KeyValueBytesStoreSupplier supplier, Path state) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "scan");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        MockProcessorContext<String, String> context = new MockProcessorContext<>(p, new TaskId(0, 0), state.toFile());
        KeyValueStore<String, byte[]> store = Stores.keyValueStoreBuilder(supplier, Serdes.String(), Serdes.ByteArray())
                .withLoggingDisabled()
                .build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }

    /** The stories in the order a stream files them (by time, persons interleaved), flushed as commits would. */
    private static void fill(KeyValueStore<String, byte[]> store, int persons, int perPerson, int size) {
        Random random = new Random(1);
        long t0 = 1_700_000_000_000L;
        for (int i = 0; i < perPerson; i++) {
            for (int q = 0; q < persons; q++) {
                byte[] value = new byte[size];
                random.nextBytes(value);
                store.put(
                        String.format(Locale.ROOT, "%s\u0001%015d\u0001post-%d-%d", person(q), t0 + i * 60_000L, q, i),
                        value);
                if ((i * persons + q) % 200 == 0) {
                    store.flush();
                }
            }
        }
        store.flush();
    }

    private static String person(int q) {
        return String.format(Locale.ROOT, "person-%04d", q);
    }
}
