package io.denialwatch.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.kafka.TopicAdmin;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import io.denialwatch.stream.pipeline.PipelineMetrics;
import io.denialwatch.stream.pipeline.StreamSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology on a real KRaft broker, with exactly-once processing, read back as committed. */
class StreamIntegrationTest {
    @TempDir
    static Path dir;

    static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void foundingPostsBecomeExactlyTwoCommittedAlerts() throws Exception {
        Settings s = Settings.load(
                null,
                Map.of(),
                Map.of(
                        Settings.BOOTSTRAP.key(), broker.bootstrapServers(),
                        Settings.DATA_DIR.key(), dir.resolve("state").toString(),
                        Settings.TOPIC_PARTITIONS.key(), "3"));
        Topics topics = new Topics("dw.");
        try (Admin admin = Admin.create(s.kafkaProperties())) {
            TopicAdmin.ensureTopics(admin, topics, 3, (short) 1, Duration.ofSeconds(30));
        }
        var gazetteer = FoundingExample.gazetteer();
        var topology = DenialTopology.build(new DenialTopology.Parts(
                topics,
                new MultilingualAnalyzer(gazetteer),
                gazetteer,
                StreamSettings.from(s),
                PipelineMetrics.noop(),
                null));
        try (StreamRole role = new StreamRole(topology, s, new SimpleMeterRegistry())) {
            role.start();
            produce(s, topics, FoundingExample.postLines());
            // the same posts again: re-delivery must not double any alert
            produce(s, topics, FoundingExample.postLines());

            Map<String, Alert> latest = new HashMap<>();
            try (KafkaConsumer<String, byte[]> consumer = committedReader(s)) {
                consumer.subscribe(List.of(topics.alerts.name()));
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                        Alert a = topics.alerts.valueSerde().deserializer().deserialize(r.topic(), r.value());
                        latest.merge(a.alertId(), a, (x, y) -> y.revision() > x.revision() ? y : x);
                    });
                    // the news report of the presidency's denial, if it was read first, waited and was
                    // folded into that alert: no alert of its own
                    assertThat(standingAlone(latest)).hasSize(2);
                    assertThat(standingAlone(latest)).allMatch(a -> !a.stories().isEmpty());
                    Alert sharaa = latest.get(Alert.idFor("x:AlekhbariahSY-2025-11-14-presidency", "ahmed-al-sharaa"));
                    assertThat(sharaa).isNotNull();
                    assertThat(sharaa.stories().get(0).postId()).isEqualTo("x:nytimes-2025-11-13-sharaa");
                    Alert wais = latest.get(Alert.idFor("x:maabdwalshamee1-2025-11-15-denial", "mazhar-al-wais"));
                    assertThat(wais).isNotNull();
                    assertThat(wais.stories().get(0).postId()).isEqualTo("x:TheMediaLine-2025-11-14-wais");
                });
                // nothing more arrives once the re-delivered posts are processed
                assertThat(consumer.poll(Duration.ofSeconds(2)).count()).isZero();
            }
            assertThat(standingAlone(latest)).hasSize(2);
        }
    }

    private static List<Alert> standingAlone(Map<String, Alert> latest) {
        return latest.values().stream().filter(Alert::standsAlone).toList();
    }

    private static void produce(Settings s, Topics topics, List<String> lines) throws Exception {
        Properties p = s.kafkaProperties();
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (String line : lines) {
                Post post = Json.read(line, Post.class);
                producer.send(new ProducerRecord<>(
                                topics.posts.name(),
                                null,
                                post.publishedAt().toEpochMilli(),
                                post.id(),
                                line.getBytes(StandardCharsets.UTF_8)))
                        .get();
            }
        }
    }

    private static KafkaConsumer<String, byte[]> committedReader(Settings s) {
        Properties p = s.kafkaProperties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(
                p, new StringDeserializer(), new org.apache.kafka.common.serialization.ByteArrayDeserializer());
    }
}
