package io.denialwatch.bench.jmh;

import io.denialwatch.bench.PassThroughTopology;
import io.denialwatch.bench.PostGenerator;
import io.denialwatch.bench.SyntheticWatchList;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.DenialTopology;
import io.denialwatch.stream.analysis.AnalyzerConfig;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import io.denialwatch.stream.pipeline.PipelineMetrics;
import io.denialwatch.stream.pipeline.StateKind;
import io.denialwatch.stream.pipeline.StreamSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * CPU per post of the stream topology, with the analyser the {@code stream} role runs, without a
 * broker: the bench's posts go through {@code TopologyTestDriver} in this thread, so the time
 * measured is the topology's own work and none of the machine's other load. State is kept in
 * memory (changelog records are still serialised): the test driver commits after every record,
 * and a RocksDB store flushes its memtable to disk on every commit, which would be most of what
 * is measured.
 * Baseline in the same run: the bench's pass-through topology on the same records. The two take
 * turns round by round. Steadier than the bench command's rates, whose run-to-run spread hides a
 * change of 10–20%; not a test: run it by hand (see BENCHMARKS.md). Arguments: persons (default
 * 1000), posts per round (default 20000), rounds (default 8), and days of stories filed before
 * the first round (default 0), {@value #STORIES_PER_PERSON_DAY} per person and day, as the bench's
 * look-back sweep fills them (the look-back then set to a day more). Beside the CPU time, the
 * bytes the thread allocated per post: a figure the machine's load does not move at all.
 */
public final class TopologyCostMain {
    private static final int WARM_UP_ROUNDS = 3;
    /** The bench command's preload spreads 200,000 posts over 6 hours of publication times. */
    private static final Duration STEP = Duration.ofMillis(108);
    /** As the bench's look-back sweep fills the story index. */
    private static final int STORIES_PER_PERSON_DAY = 10;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.ThreadMXBean ALLOCATED =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private TopologyCostMain() {}

    public static void main(String[] args) throws IOException {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int lookbackDays = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Path dir = Files.createTempDirectory("dw-topology-cost");
        var watchList = SyntheticWatchList.persons(persons);
        Settings settings = Settings.defaults()
                .with(
                        Settings.PERSONS_FILE.key(),
                        SyntheticWatchList.write(watchList, dir.resolve("persons.yaml"))
                                .toString())
                .with(Settings.STREAM_REPORT_HOLD.key(), "0s");
        if (lookbackDays > 0) {
            settings = settings.with(Settings.STREAM_LOOKBACK.key(), (lookbackDays + 1) + "d");
        }
        Topics topics = new Topics(settings.get(Settings.TOPIC_PREFIX));
        PostGenerator generator = new PostGenerator(
                watchList, Gazetteer.empty().withBundledOutlets().outlets(), "cost-", 7);

        Gazetteer gazetteer = Gazetteer.load(settings.get(Settings.PERSONS_FILE));
        Topology topology = DenialTopology.build(
                new DenialTopology.Parts(
                        topics,
                        new MultilingualAnalyzer(gazetteer, AnalyzerConfig.defaults()),
                        gazetteer,
                        StreamSettings.from(settings),
                        new PipelineMetrics(new SimpleMeterRegistry()),
                        null),
                StateKind.IN_MEMORY);
        try (Driver ours = new Driver(topology, dir.resolve("ours"), topics);
                Driver pass = new Driver(
                        PassThroughTopology.build(topics.posts, topics.posts.name() + ".passthrough"),
                        dir.resolve("pass"),
                        topics)) {
            double[] oursUs = new double[rounds];
            double[] passUs = new double[rounds];
            double[] oursKb = new double[rounds];
            double[] passKb = new double[rounds];
            Instant t = Instant.now().minus(Duration.ofHours(6));
            if (lookbackDays > 0) {
                // the stories of the look-back, in the days before the posts measured
                int fill = persons * STORIES_PER_PERSON_DAY * lookbackDays;
                Instant from = t.minus(Duration.ofDays(lookbackDays)).minus(Duration.ofHours(1));
                long step = Duration.ofDays(lookbackDays).toMillis() / fill;
                List<Post> posts = new ArrayList<>(fill);
                List<byte[]> bytes = new ArrayList<>(fill);
                for (int i = 0; i < fill; i++) {
                    Instant at = from.plusMillis(step * i);
                    posts.add(generator.post(PostGenerator.Kind.PERSON_STORY, at, at));
                    bytes.add(Json.writeBytes(posts.get(i)));
                }
                ours.run(posts, bytes);
                System.out.printf("  filed %,d stories over %d days before the rounds%n", fill, lookbackDays);
            }
            for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
                List<Post> posts = new ArrayList<>(perRound);
                List<byte[]> bytes = new ArrayList<>(perRound);
                for (int i = 0; i < perRound; i++) {
                    Post p = generator.next(t, t);
                    t = t.plus(STEP);
                    posts.add(p);
                    bytes.add(Json.writeBytes(p));
                }
                double[] o = ours.run(posts, bytes);
                double[] b = pass.run(posts, bytes);
                if (round >= 0) {
                    oursUs[round] = o[0];
                    passUs[round] = b[0];
                    oursKb[round] = o[1];
                    passKb[round] = b[1];
                }
            }
            // in the order run: the topology's state grows round by round (stories per person, denials)
            System.out.printf("  denialwatch topology, each round in order: %s µs/post%n", inOrder(oursUs));
            Arrays.sort(oursUs);
            Arrays.sort(passUs);
            Arrays.sort(oursKb);
            Arrays.sort(passKb);
            System.out.printf(
                    "%,d persons, %d rounds of %,d posts (CPU of this thread, median / best round):%n",
                    persons, rounds, perRound);
            System.out.printf("  denialwatch topology: %.1f / %.1f µs/post%n", oursUs[rounds / 2], oursUs[0]);
            System.out.printf("  pass-through:         %.1f / %.1f µs/post%n", passUs[rounds / 2], passUs[0]);
            System.out.printf("  ratio of CPU per post: %.1f%n", oursUs[rounds / 2] / passUs[rounds / 2]);
            System.out.printf(
                    "  allocated, median round: denialwatch %.1f KB/post, pass-through %.1f KB/post%n",
                    oursKb[rounds / 2], passKb[rounds / 2]);
        }
    }

    private static String inOrder(double[] us) {
        StringBuilder b = new StringBuilder();
        for (double u : us) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.1f", u));
        }
        return b.toString();
    }

    /** One topology in a test driver, its outputs drained after each round so memory stays flat. */
    private static final class Driver implements AutoCloseable {
        private final TopologyTestDriver driver;
        private final TestInputTopic<String, byte[]> in;

        Driver(Topology topology, Path state, Topics topics) {
            Properties p = new Properties();
            p.put(StreamsConfig.APPLICATION_ID_CONFIG, "cost");
            p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            p.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
            p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
            driver = new TopologyTestDriver(topology, p);
            in = driver.createInputTopic(topics.posts.name(), new StringSerializer(), new ByteArraySerializer());
        }

        /** CPU µs and allocated KB per post of piping {@code bytes} through. */
        double[] run(List<Post> posts, List<byte[]> bytes) {
            long thread = Thread.currentThread().getId();
            long allocated = ALLOCATED.getThreadAllocatedBytes(thread);
            long start = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < bytes.size(); i++) {
                in.pipeInput(posts.get(i).id(), bytes.get(i), posts.get(i).publishedAt());
            }
            double us = (CPU.getCurrentThreadCpuTime() - start) / 1_000.0 / bytes.size();
            double kb = (ALLOCATED.getThreadAllocatedBytes(thread) - allocated) / 1024.0 / bytes.size();
            for (String topic : driver.producedTopicNames()) {
                driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer())
                        .readRecordsToList();
            }
            return new double[] {us, kb};
        }

        @Override
        public void close() {
            driver.close();
        }
    }
}
