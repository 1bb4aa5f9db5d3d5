package io.denialwatch.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.common.kafka.TopicAdmin;
import io.denialwatch.common.kafka.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dw.posts keeps a replayed year-old archive until the stream reads it, however far behind the
 * stream is: time retention counts from when a post entered the pipeline, not from when it was
 * published.
 */
class PostsRetentionTest {
    private static final int POSTS = 50;

    @TempDir
    static Path dir;

    static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void start() {
        // the broker looks for expired segments from the start and every 200 ms, not after 30 s and every 5 minutes
        broker = EmbeddedKafkaBroker.start(
                dir.resolve("broker"),
                0,
                0,
                Map.of("log.initial.task.delay.ms", "0", "log.retention.check.interval.ms", "200"));
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    private Properties kafka() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        return p;
    }

    @Test
    void aYearOldArchiveReplayedUnderLagIsAllThereWhenTheStreamComesToIt() throws Exception {
        Topics topics = new Topics("old.");
        try (Admin admin = Admin.create(kafka())) {
            TopicAdmin.ensureTopics(admin, topics, 2, (short) 1, Duration.ofSeconds(30));
        }
        assertThat(replayYearOldArchiveThenLag(topics)).isEqualTo(POSTS);
    }

    @Test
    void aPostsTopicCreatedBeforeIsStampedOnAppendToo() throws Exception {
        Topics topics = new Topics("existing.");
        try (Admin admin = Admin.create(kafka())) {
            admin.createTopics(List.of(new NewTopic(topics.posts.name(), 1, (short) 1)))
                    .all()
                    .get();
            TopicAdmin.ensureTopics(admin, topics, 1, (short) 1, Duration.ofSeconds(30));
            ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topics.posts.name());
            assertThat(admin.describeConfigs(List.of(r))
                            .all()
                            .get()
                            .get(r)
                            .get(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG)
                            .value())
                    .isEqualTo("LogAppendTime");
        }
        assertThat(replayYearOldArchiveThenLag(topics)).isEqualTo(POSTS);
    }

    /**
     * Until every partition's leader answers for its log: right after creation a produce can still
     * meet "not leader" and, on retry, a duplicate-sequence error that never clears (KAFKA-15591).
     */
    private void awaitServing(String topic) throws InterruptedException {
        try (KafkaConsumer<String, byte[]> c =
                new KafkaConsumer<>(kafka(), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition()))
                    .toList();
            Instant deadline = Instant.now().plusSeconds(30);
            while (true) {
                try {
                    c.endOffsets(parts, Duration.ofSeconds(2));
                    return;
                } catch (org.apache.kafka.common.errors.TimeoutException e) {
                    assertThat(Instant.now()).as(topic + " serving").isBefore(deadline);
                    Thread.sleep(100);
                }
            }
        }
    }

    /**
     * Until the broker's retention has run over what was just produced: a control topic stamped by
     * the producer gets a year-old record after the posts, and its log start moves past it once
     * retention deletes it. A pass of the retention check covers every topic, so the posts met it too.
     */
    private void awaitRetentionRan(String control, Instant yearAgo) throws Exception {
        try (Admin admin = Admin.create(kafka())) {
            admin.createTopics(List.of(new NewTopic(control, 1, (short) 1)
                            .configs(Map.of(
                                    TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG,
                                    "CreateTime",
                                    TopicConfig.RETENTION_MS_CONFIG,
                                    String.valueOf(Duration.ofDays(7).toMillis())))))
                    .all()
                    .get();
            awaitServing(control);
            try (KafkaProducer<String, byte[]> producer =
                    new KafkaProducer<>(kafka(), new StringSerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(control, 0, yearAgo.toEpochMilli(), "old", new byte[0]))
                        .get();
            }
            TopicPartition tp = new TopicPartition(control, 0);
            await("retention ran over the control topic")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> admin.listOffsets(Map.of(tp, OffsetSpec.earliest()))
                                    .all()
                                    .get()
                                    .get(tp)
                                    .offset()
                            > 0);
        }
    }

    /** Replays posts published a year ago, lets retention run with no reader, then counts what is left. */
    private int replayYearOldArchiveThenLag(Topics topics) throws Exception {
        Path archive = dir.resolve(topics.posts.name() + ".jsonl");
        List<String> lines = new ArrayList<>();
        Instant yearAgo = Instant.now().minus(Duration.ofDays(365));
        for (int i = 0; i < POSTS; i++) {
            lines.add("{\"id\":\"rss:old-" + i + "\",\"text\":\"post " + i + "\",\"published_at\":\""
                    + yearAgo.plusSeconds(i) + "\"}");
        }
        Files.write(archive, lines);
        awaitServing(topics.posts.name());
        Properties pp = kafka();
        pp.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(pp, new StringSerializer(), new ByteArraySerializer())) {
            assertThat(new JsonlReplaySource(producer, topics.posts.name())
                            .replay(archive)
                            .produced())
                    .isEqualTo(POSTS);
        }
        awaitRetentionRan(topics.posts.name() + ".control", yearAgo);

        Properties cp = kafka();
        cp.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> c =
                new KafkaConsumer<>(cp, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topics.posts.name()).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition()))
                    .toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            int read = 0;
            Instant deadline = Instant.now().plusSeconds(30);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                assertThat(Instant.now()).as("reading the posts back in time").isBefore(deadline);
                read += c.poll(Duration.ofMillis(200)).count();
            }
            return read;
        }
    }
}
