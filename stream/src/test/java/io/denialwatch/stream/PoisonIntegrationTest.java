package io.denialwatch.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.kafka.TopicAdmin;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.DeadLetter;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import io.denialwatch.stream.pipeline.PipelineMetrics;
import io.denialwatch.stream.pipeline.StreamSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Poison on a real broker: k malformed records put on dw.posts become exactly k dead letters,
 * each saying why, while the stream keeps running and every good alert still comes out.
 */
class PoisonIntegrationTest {
    private static final String AT = "\"published_at\":\"2025-11-14T10:00:00Z\"";

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

    /** Each malformed record, by key, with the stage expected to refuse it. */
    private static Map<String, byte[]> poison() {
        Map<String, byte[]> p = new LinkedHashMap<>();
        p.put("not-json", "{not json".getBytes(StandardCharsets.UTF_8));
        p.put("bad-utf8", new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        p.put("array", "[1,2,3]".getBytes(StandardCharsets.UTF_8));
        p.put("json-null", "null".getBytes(StandardCharsets.UTF_8));
        p.put("no-id", ("{\"text\":\"I deny it\"," + AT + "}").getBytes(StandardCharsets.UTF_8));
        p.put("no-text", ("{\"id\":\"poison:no-text\"," + AT + "}").getBytes(StandardCharsets.UTF_8));
        p.put(
                "bad-date",
                "{\"id\":\"poison:bad-date\",\"text\":\"x\",\"published_at\":\"yesterday\"}"
                        .getBytes(StandardCharsets.UTF_8));
        p.put(
                "deep",
                ("{\"id\":\"poison:deep\",\"text\":\"x\"," + AT + ",\"links\":" + "[".repeat(5000) + "]".repeat(5000)
                                + "}")
                        .getBytes(StandardCharsets.UTF_8));
        p.put("tombstone", null);
        return p;
    }

    @Test
    void eachMalformedRecordBecomesOneDeadLetterAndNoGoodAlertIsLost() throws Exception {
        Settings s = Settings.load(
                null,
                Map.of(),
                Map.of(
                        Settings.BOOTSTRAP.key(),
                        broker.bootstrapServers(),
                        Settings.DATA_DIR.key(),
                        dir.resolve("state").toString(),
                        Settings.STREAM_APP_ID.key(),
                        "poison-test",
                        Settings.TOPIC_PARTITIONS.key(),
                        "3"));
        Topics topics = new Topics("dw.");
        Map<String, byte[]> poison = poison();
        try (Admin admin = Admin.create(s.kafkaProperties())) {
            TopicAdmin.ensureTopics(admin, topics, 3, (short) 1, Duration.ofSeconds(30));
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
                try (var producer =
                        new KafkaProducer<>(s.kafkaProperties(), new StringSerializer(), new ByteArraySerializer())) {
                    // poison first: the good posts behind it must still get through
                    for (var e : poison.entrySet()) {
                        producer.send(new ProducerRecord<>(topics.posts.name(), e.getKey(), e.getValue()))
                                .get();
                    }
                    for (String line : FoundingExample.postLines()) {
                        Post post = Json.read(line, Post.class);
                        producer.send(new ProducerRecord<>(
                                        topics.posts.name(), post.id(), line.getBytes(StandardCharsets.UTF_8)))
                                .get();
                    }
                }
                await().atMost(Duration.ofSeconds(90)).until(() -> consumedEverything(admin, "poison-test", topics));
                assertThat(role.state()).isEqualTo(KafkaStreams.State.RUNNING);
            }

            List<DeadLetter> letters = new ArrayList<>();
            readCommitted(s, topics.deadletter.name()).forEach(r -> letters.add(read(r.value(), DeadLetter.class)));
            assertThat(letters).as("one dead letter per malformed record").hasSize(poison.size());
            assertThat(letters).allSatisfy(d -> {
                assertThat(d.stage()).startsWith("stream.");
                assertThat(d.reason()).isNotBlank();
                assertThat(d.source())
                        .matches(java.util.regex.Pattern.quote(topics.posts.name()) + " partition \\d+ offset \\d+");
            });
            assertThat(letters)
                    .filteredOn(d -> d.reason().equals("missing text"))
                    .extracting(DeadLetter::field)
                    .containsOnly("text");
            assertThat(letters)
                    .extracting(DeadLetter::reason)
                    .contains("empty record", "null record", "invalid UTF-8", "missing id", "missing text")
                    .anySatisfy(r -> assertThat(r).startsWith("not a valid post"));

            Map<String, Alert> latest = new HashMap<>();
            readCommitted(s, topics.alerts.name()).forEach(r -> {
                Alert a = read(r.value(), Alert.class);
                latest.merge(a.alertId(), a, (x, y) -> y.revision() > x.revision() ? y : x);
            });
            // the news report of the presidency's denial, if read first, was held and then folded into it
            latest.values().removeIf(a -> !a.standsAlone());
            assertThat(latest.keySet())
                    .containsExactlyInAnyOrder(
                            Alert.idFor("x:AlekhbariahSY-2025-11-14-presidency", "ahmed-al-sharaa"),
                            Alert.idFor("x:maabdwalshamee1-2025-11-15-denial", "mazhar-al-wais"));
        }
    }

    /** The application has committed past the end of dw.posts and of its repartition topic. */
    private static boolean consumedEverything(Admin admin, String appId, Topics topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(appId)
                .partitionsToOffsetAndMetadata()
                .get();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (String t : List.of(topics.posts.name(), appId + "-" + DenialTopology.BY_PERSON + "-repartition")) {
            if (!admin.listTopics().names().get().contains(t)) {
                return false;
            }
            admin.describeTopics(List.of(t))
                    .allTopicNames()
                    .get()
                    .get(t)
                    .partitions()
                    .forEach(p -> request.put(new TopicPartition(t, p.partition()), OffsetSpec.latest()));
        }
        var ends = admin.listOffsets(request, new ListOffsetsOptions()).all().get();
        return ends.entrySet().stream()
                .allMatch(e -> e.getValue().offset() == 0
                        || committed.containsKey(e.getKey())
                                && committed.get(e.getKey()).offset()
                                        >= e.getValue().offset());
    }

    private static List<ConsumerRecord<String, byte[]>> readCommitted(Settings s, String topic) {
        Properties p = s.kafkaProperties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (var c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition()))
                    .toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
                return parts.stream().allMatch(tp -> c.position(tp) >= end.get(tp));
            });
        }
        return out;
    }

    private static <T> T read(byte[] bytes, Class<T> type) {
        try {
            return Json.read(bytes, type);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
