package io.denialwatch.stream.replay;

import io.denialwatch.common.DirectoryTree;
import io.denialwatch.common.json.JsonSerde;
import io.denialwatch.common.kafka.Topic;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.DeadLetter;
import io.denialwatch.stream.DenialTopology;
import io.denialwatch.stream.pipeline.StateKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * Runs the very topology of the {@code stream} role without a broker, through Kafka Streams'
 * own {@link TopologyTestDriver}: every record is processed to the end, repartition included,
 * before the next one is read. Used by {@code denialwatch replay} to backtest an archive.
 *
 * <p>Outputs are drained after every record, so memory does not grow with the archive.
 */
public final class OfflineReplay implements AutoCloseable {
    /** The extra topic replay asks the topology to write each post's analysis to. */
    public static final String ANALYSIS_TOPIC = "replay.analysis";

    /** Where the outputs go; any of them may ignore what it is given. */
    public record Outputs(Consumer<Analysis> analyses, Consumer<Alert> alerts, Consumer<DeadLetter> deadLetters) {}

    private final Path stateDir;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> posts;
    private final TestOutputTopic<String, Analysis> analyses;
    private final TestOutputTopic<String, Alert> alerts;
    private final TestOutputTopic<String, DeadLetter> deadLetters;
    private final Outputs outputs;
    private Instant last;

    /**
     * @param parts     the topology's parts; its {@code analysisTopic} is replaced by replay's own
     * @param stateRoot where the replay's state stores live while it runs (removed on close)
     */
    public OfflineReplay(DenialTopology.Parts parts, Outputs outputs, Path stateRoot) {
        this.outputs = outputs;
        Topics topics = parts.topics();
        Topic<String, Analysis> analysisTopic =
                new Topic<>(ANALYSIS_TOPIC, Serdes.String(), new JsonSerde<>(Analysis.class));
        DenialTopology.Parts withAnalysis = new DenialTopology.Parts(
                topics, parts.analyzer(), parts.gazetteer(), parts.settings(), parts.metrics(), analysisTopic);
        try {
            Files.createDirectories(stateRoot);
            this.stateDir = Files.createTempDirectory(stateRoot, "replay-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a state directory for replay", e);
        }
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "denialwatch-replay");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "replay.invalid:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        this.driver = new TopologyTestDriver(DenialTopology.build(withAnalysis, StateKind.IN_MEMORY), p);
        this.posts = driver.createInputTopic(topics.posts.name(), new StringSerializer(), new ByteArraySerializer());
        this.analyses = driver.createOutputTopic(
                ANALYSIS_TOPIC,
                new StringDeserializer(),
                analysisTopic.valueSerde().deserializer());
        this.alerts = driver.createOutputTopic(
                topics.alerts.name(),
                new StringDeserializer(),
                topics.alerts.valueSerde().deserializer());
        this.deadLetters = driver.createOutputTopic(
                topics.deadletter.name(),
                new StringDeserializer(),
                topics.deadletter.valueSerde().deserializer());
    }

    /**
     * Processes one raw {@code dw.posts} record as if it had been produced at {@code timestamp}.
     * The driver's wall clock moves with the records' timestamps, as if each post arrived when it
     * was published, so what waits on the wall clock (news reports of a denial, held briefly in
     * case the first-hand denial turns up) waits as long in replay as it would live.
     */
    public void pipe(String key, byte[] value, Instant timestamp) {
        pipe(key, value, timestamp, null);
    }

    /** The same for a record read from a file: {@code origin} ({@code file.jsonl:17}) names it in a dead letter. */
    public void pipe(String key, byte[] value, Instant timestamp, String origin) {
        if (last != null && timestamp.isAfter(last)) {
            driver.advanceWallClockTime(Duration.between(last, timestamp));
        }
        if (last == null || timestamp.isAfter(last)) {
            last = timestamp;
        }
        Headers headers = new RecordHeaders();
        if (origin != null) {
            headers.add(Topics.ORIGIN_HEADER, origin.getBytes(StandardCharsets.UTF_8));
        }
        posts.pipeInput(new TestRecord<>(key, value, headers, timestamp));
        drain();
    }

    /** Lets everything still held back go out, as the wall clock would once the archive ends. */
    public void finish(Duration hold) {
        driver.advanceWallClockTime(hold.plusSeconds(1));
        drain();
    }

    private void drain() {
        while (!analyses.isEmpty()) {
            outputs.analyses().accept(analyses.readValue());
        }
        while (!alerts.isEmpty()) {
            outputs.alerts().accept(alerts.readValue());
        }
        while (!deadLetters.isEmpty()) {
            outputs.deadLetters().accept(deadLetters.readValue());
        }
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            deleteQuietly(stateDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            DirectoryTree.delete(dir);
        } catch (IOException e) {
            // a temporary directory left behind is harmless; the replay's results are already out
        }
    }
}
