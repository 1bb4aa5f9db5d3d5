package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.common.kafka.TopicAdmin;
import io.denialwatch.sink.feed.FeedProgress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo --once} exits as soon as this probe says everything went through: saying so while
 * alerts are written but their transaction not yet visible left the founding alerts out of the
 * demo's file.
 */
class ProcessingProbeTest {
    private static final String APP = "probe-app";
    private static final String POSTS = "probe.posts";
    private static final String REPARTITION = APP + "-by-person-repartition";
    private static final String ALERTS = "probe.alerts";

    @TempDir
    Path dir;

    @Test
    void isNotDoneWhileAnAlertTransactionIsOpenAndIsDoneOnceTheReaderHasTakenIt() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
                Admin admin =
                        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            List<String> names = List.of(POSTS, REPARTITION, ALERTS);
            admin.createTopics(names.stream()
                            .map(n -> new NewTopic(n, 1, (short) 1))
                            .toList())
                    .all()
                    .get();
            TopicAdmin.awaitLeaders(admin, names, Duration.ofSeconds(60));

            try (KafkaProducer<byte[], byte[]> stream = transactionalProducer(broker.bootstrapServers());
                    KafkaConsumer<byte[], byte[]> sink = readCommitted(broker.bootstrapServers())) {
                TopicPartition alerts = new TopicPartition(ALERTS, 0);
                sink.assign(List.of(alerts));
                sink.seekToBeginning(List.of(alerts));
                PollingReader reader = new PollingReader(sink, alerts);
                ProcessingProbe probe = new ProcessingProbe(admin, APP, List.of(POSTS, REPARTITION), ALERTS, reader);

                stream.initTransactions();
                stream.beginTransaction();
                for (String alert : List.of("alert-1", "alert-2")) {
                    stream.send(new ProducerRecord<>(ALERTS, alert.getBytes(StandardCharsets.UTF_8)))
                            .get();
                }
                // written, not committed: the stream's input is all taken (there is none), so only
                // the alerts' end tells the probe that something is still on its way
                assertThat(probe.done()).isFalse();
                assertThat(reader.taken).isZero();

                stream.commitTransaction();
                await("probe done").atMost(Duration.ofSeconds(30)).until(probe::done);
                assertThat(reader.taken).isEqualTo(2);
            }
        }
    }

    private static KafkaProducer<byte[], byte[]> transactionalProducer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "probe-test");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<byte[], byte[]> readCommitted(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** The sink's reader, reduced to what the probe asks of it; it polls when asked, on the test's thread. */
    private static final class PollingReader implements FeedProgress {
        private final KafkaConsumer<byte[], byte[]> consumer;
        private final TopicPartition partition;
        int taken;

        PollingReader(KafkaConsumer<byte[], byte[]> consumer, TopicPartition partition) {
            this.consumer = consumer;
            this.partition = partition;
        }

        @Override
        public boolean assigned() {
            return true;
        }

        @Override
        public Map<TopicPartition, Long> positions() {
            taken += consumer.poll(Duration.ofMillis(100)).count();
            return Map.of(partition, consumer.position(partition));
        }
    }
}
