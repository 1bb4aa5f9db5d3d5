package io.denialwatch.sink.feed;

import io.denialwatch.common.model.Alert;
import io.denialwatch.sink.store.MemoryAlerts;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The sink's reader without a database: follows {@code dw.alerts} from its beginning on every
 * start (the topic is compacted, so that is the desk's whole history) and hands each committed
 * alert to the in-memory store (which tells the live pages), the JSONL file and the terminal.
 */
public final class AlertFeed extends FeedLoop {
    private final MemoryAlerts alerts;
    private final List<Consumer<Alert>> outputs;
    private List<TopicPartition> parts;

    private volatile boolean caughtUp;

    public AlertFeed(
            Properties kafka,
            String topic,
            MemoryAlerts alerts,
            List<Consumer<Alert>> outputs,
            MeterRegistry registry) {
        super(kafka, Map.of(), topic, registry);
        this.alerts = alerts;
        this.outputs = outputs;
    }

    @Override
    void start() {
        parts = consumer.partitionsFor(topic, Duration.ofSeconds(60)).stream()
                .map(i -> new TopicPartition(i.topic(), i.partition()))
                .toList();
        consumer.assign(parts);
        consumer.seekToBeginning(parts);
        assigned = true;
    }

    @Override
    void step() {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
            take(r);
        }
        publishPositions(parts);
        if (!caughtUp) {
            caughtUp = atEnd(parts);
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
}
