package io.denialwatch.sink;

import io.denialwatch.common.metrics.KafkaMeters;
import io.denialwatch.common.model.Alert;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The sink's reader without a database: follows {@code dw.alerts} from its beginning on every
 * start (the topic is compacted, so that is the desk's whole history) and hands each committed
 * alert to the in-memory store (which tells the live pages), the JSONL file and the terminal. Reads only committed transactions: an alert is never shown before it is final.
 */
public final class AlertFeed implements Runnable, AutoCloseable, FeedProgress {
    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final MemoryAlerts alerts;
    private final List<Consumer<Alert>> outputs;
    private final Counter alertsIn;
    private final AlertReader reader;
    private final KafkaMeters consumerMetrics;
    private final AlertLatency latency;
    /** Positions after the last poll, published for other threads (the consumer itself is not thread-safe). */
    private final Map<TopicPartition, Long> positions = new java.util.concurrent.ConcurrentHashMap<>();

    private volatile boolean assigned;
    private volatile boolean caughtUp;
    private volatile boolean running = true;

    public AlertFeed(
            Properties kafka,
            String topic,
            MemoryAlerts alerts,
            List<Consumer<Alert>> outputs,
            MeterRegistry registry) {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(p);
        this.topic = topic;
        this.alerts = alerts;
        this.outputs = outputs;
        this.alertsIn = Counter.builder("dw_sink_alerts")
                .description("alert revisions taken by the desk")
                .register(registry);
        this.reader = new AlertReader(registry);
        this.consumerMetrics = KafkaMeters.of(consumer, registry);
        this.latency = new AlertLatency(registry, Clock.systemUTC());
    }

    @Override
    public void run() {
        try {
            List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(60)).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition()))
                    .toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            assigned = true;
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    take(r);
                }
                for (TopicPartition tp : parts) {
                    positions.put(tp, consumer.position(tp));
                }
                if (!caughtUp) {
                    caughtUp = atEnd(parts);
                }
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

    private void take(ConsumerRecord<String, byte[]> r) {
        Alert alert = reader.read(r);
        if (alert == null) {
            return;
        }
        if (alerts.accept(alert)) {
            alertsIn.increment();
            for (Consumer<Alert> out : outputs) {
                out.accept(alert);
            }
            latency.written(alert);
        }
    }

    private boolean atEnd(List<TopicPartition> parts) {
        Map<TopicPartition, Long> end = consumer.endOffsets(parts);
        return parts.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
    }

    /** Whether the feed has read everything committed on {@code dw.alerts} at least once. */
    public boolean caughtUp() {
        return caughtUp;
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
