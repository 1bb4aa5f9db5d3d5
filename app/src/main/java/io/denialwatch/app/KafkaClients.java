package io.denialwatch.app;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.kafka.TopicSettings;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Kafka clients the command creates itself (the roles create their own). */
final class KafkaClients {
    private KafkaClients() {}

    /** Every role's command calls this once before the role starts: the one place topics are made. */
    static void ensureTopics(Settings s) throws InterruptedException {
        TopicSettings.from(s).ensure(s.kafkaProperties());
    }

    /** An idempotent producer of raw posts: acks from all replicas, no reordering, no duplicates on retry. */
    static KafkaProducer<String, byte[]> postProducer(Settings s) {
        Properties p = s.kafkaProperties();
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }
}
