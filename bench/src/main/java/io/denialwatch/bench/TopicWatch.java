package io.denialwatch.bench;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.model.Post;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Answers seen on an output topic by a {@code read_committed} consumer that starts at the
 * topic's end when made: what any reader of {@code dw.alerts} would see, and when.
 */
final class TopicWatch implements LatencyRun.Watch {
    private static final Duration POLL = Duration.ofMillis(10);

    private final KafkaConsumer<String, String> consumer;
    private final LatencyRun.Answers answers;

    TopicWatch(Settings s, String topic, LatencyRun.Answers answers) {
        this.answers = answers;
        Properties p = s.kafkaProperties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> parts = consumer.partitionsFor(topic).stream()
                .map(i -> new TopicPartition(topic, i.partition()))
                .toList();
        consumer.assign(parts);
        consumer.seekToEnd(parts);
        parts.forEach(consumer::position); // resolve the end now, before anything is produced
    }

    @Override
    public void look(LatencyRun.Pending pending, LatencyRun.Seen seen) throws IOException {
        for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
            long at = System.currentTimeMillis();
            Post p = answers.answered(r.value());
            if (p != null) {
                seen.seen(p.id(), at);
            }
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
