package io.denialwatch.sink.feed;

import io.denialwatch.common.metrics.KafkaMeters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What both of the sink's readers of {@code dw.alerts} are made of: a consumer of committed
 * transactions only (an alert is never shown before it is final) that commits no offsets on its
 * own, its meters, the reading of records into alerts, and a loop that runs one step after
 * another until {@link #close()} wakes it, then closes the consumer. Each reader says how it
 * takes its partitions ({@link #start()}) and what one step does ({@link #step()}).
 */
abstract class FeedLoop implements Runnable, AutoCloseable, FeedProgress {
    final KafkaConsumer<String, byte[]> consumer;
    final String topic;
    final AlertReader reader;
    final AlertLatency latency;
    final Counter alertsIn;
    private final KafkaMeters consumerMetrics;
    /** Positions after the last poll, published for other threads (the consumer itself is not thread-safe). */
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();

    volatile boolean assigned;
    private volatile boolean running = true;

    /** @param own the reader's own consumer settings, over the shared ones */
    FeedLoop(Properties kafka, Map<String, String> own, String topic, MeterRegistry registry) {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.putAll(own);
        this.consumer = new KafkaConsumer<>(p);
        this.topic = topic;
        this.reader = new AlertReader(registry);
        this.latency = new AlertLatency(registry, Clock.systemUTC());
        this.alertsIn = Counter.builder("dw_sink_alerts")
                .description("alert revisions taken by the desk")
                .register(registry);
        this.consumerMetrics = KafkaMeters.of(consumer, registry);
    }

    /** Takes the partitions (assigns or subscribes); runs on the loop's thread. */
    abstract void start();

    /** One poll and what follows it. */
    abstract void step();

    @Override
    public final void run() {
        try {
            start();
            while (running) {
                step();
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            consumerMetrics.close();
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Publishes the consumer's positions on these partitions for other threads. */
    void publishPositions(Collection<TopicPartition> parts) {
        for (TopicPartition tp : parts) {
            positions.put(tp, consumer.position(tp));
        }
    }

    /** Forgets the positions of partitions this reader no longer has. */
    void forgetPositions(Collection<TopicPartition> parts) {
        parts.forEach(positions::remove);
    }

    @Override
    public boolean assigned() {
        return assigned;
    }

    @Override
    public Map<TopicPartition, Long> positions() {
        return positions;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
    }
}
