package io.denialwatch.app;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.kafka.TopicSettings;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
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

    /**
     * {@code s} with every Kafka client it configures named {@code clientId} (unless the operator
     * named them with {@code kafka.client.id}): metrics and broker logs then say whose client it
     * is, where Kafka's own name would be {@code consumer-null-1} or {@code producer-1}.
     */
    static Settings named(Settings s, String clientId) {
        String key = "kafka." + CommonClientConfigs.CLIENT_ID_CONFIG;
        return s.get(key) != null ? s : s.with(key, clientId);
    }

    /**
     * An idempotent producer of raw posts, named {@code clientId}: acks from all replicas, no
     * reordering, no duplicates on retry.
     */
    static KafkaProducer<String, byte[]> postProducer(Settings s, String clientId) {
        Properties p = named(s, clientId).kafkaProperties();
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }
}
