package io.denialwatch.stream;

import io.denialwatch.common.LogSafe;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.metrics.KafkaMeters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code stream} role: runs {@link DenialTopology} on a Kafka cluster with exactly-once
 * processing. Owns the {@link KafkaStreams} lifecycle; the topology itself knows nothing of it.
 */
public final class StreamRole implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StreamRole.class);

    private final KafkaStreams streams;
    private final KafkaMeters streamsMetrics;

    public StreamRole(Topology topology, Settings settings, MeterRegistry registry) {
        this.streams = new KafkaStreams(topology, properties(settings));
        this.streams.setUncaughtExceptionHandler(e -> {
            // a bug must not silently stop alerting: replace the thread, the task retries from its last commit
            log.error("stream thread failed, replacing it: {}", LogSafe.of(e));
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        this.streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.RUNNING) {
                log.info("stream state {} -> {}", before, now);
            } else {
                log.debug("stream state {} -> {}", before, now);
            }
        });
        this.streamsMetrics =
                KafkaMeters.bind(registry, (s, every) -> new KafkaStreamsMetrics(streams, Tags.empty(), s, every));
    }

    public static Properties properties(Settings s) {
        Properties p = s.kafkaProperties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, s.get(Settings.STREAM_APP_ID));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(
                StreamsConfig.STATE_DIR_CONFIG,
                s.get(Settings.DATA_DIR).resolve("streams").toAbsolutePath().toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, s.get(Settings.STREAM_THREADS));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, s.get(Settings.TOPIC_REPLICATION));
        p.put(
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG,
                s.get(Settings.STREAM_COMMIT_INTERVAL).toMillis());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        return p;
    }

    public static Topics topics(Settings s) {
        return new Topics(s.get(Settings.TOPIC_PREFIX));
    }

    public void start() {
        streams.start();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Worth keeping: not failed (a replaced thread keeps it alive; ERROR means every thread is gone). */
    public boolean live() {
        KafkaStreams.State st = streams.state();
        return st != KafkaStreams.State.ERROR
                && st != KafkaStreams.State.PENDING_ERROR
                && st != KafkaStreams.State.NOT_RUNNING;
    }

    /** Doing its work: every task assigned and running. */
    public boolean ready() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void close() {
        // leave the group on a clean stop: the partitions move at once instead of after the session timeout
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        streamsMetrics.close();
    }
}
