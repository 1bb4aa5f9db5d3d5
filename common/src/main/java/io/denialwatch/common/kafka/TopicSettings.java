package io.denialwatch.common.kafka;

import io.denialwatch.common.config.Settings;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;

/**
 * The installation's topics as configured: their names and how new ones are created.
 *
 * @param replication a short, as Kafka takes it; the setting's range keeps it one
 */
public record TopicSettings(Topics topics, int partitions, short replication) {

    public static TopicSettings from(Settings s) {
        return new TopicSettings(
                new Topics(s.get(Settings.TOPIC_PREFIX)),
                s.get(Settings.TOPIC_PARTITIONS),
                s.get(Settings.TOPIC_REPLICATION).shortValue());
    }

    /**
     * Creates the topics that are missing and waits until each partition has a leader: what a role
     * does once at start, before anything of it produces or consumes.
     */
    public void ensure(Properties kafka) throws InterruptedException {
        try (Admin admin = Admin.create(kafka)) {
            TopicAdmin.ensureTopics(admin, topics, partitions, replication, Duration.ofSeconds(60));
        }
    }
}
