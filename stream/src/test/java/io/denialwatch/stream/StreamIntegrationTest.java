package io.denialwatch.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.kafka.TopicAdmin;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Cue;
import io.denialwatch.common.model.Denier;
import io.denialwatch.common.model.PersonMention;
import io.denialwatch.common.model.PersonRef;
import io.denialwatch.common.model.Post;
import io.denialwatch.common.model.RankedStory;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import io.denialwatch.stream.join.JoinPosts;
import io.denialwatch.stream.pipeline.PipelineMetrics;
import io.denialwatch.stream.pipeline.StreamSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
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

/**
 * The topology on a real KRaft broker, with exactly-once processing over several partitions, read
 * back as committed.
 */
class StreamIntegrationTest {
    private static final Instant T0 = Instant.parse("2025-11-01T00:00:00Z");
    private static final Account NYT = new Account("x:nytimes", "nytimes", "The New York Times", AccountKind.OUTLET);
    private static final Account REUTERS = new Account("x:Reuters", "Reuters", "Reuters", AccountKind.OUTLET);
    private static final Account BANK = new Account("x:acmebank", "acmebank", "Acme Bank", AccountKind.OUTLET);

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
        Settings s = settings("state", "denialwatch-stream");
        Topics topics = topics(s, "dw.");
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
                    readLatest(consumer, topics, latest);
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

    @Test
    void aDenialIsOneAlertRankingTheStoriesOfEveryEntityItConcernsAndASharedNameIsDecidedByThem() throws Exception {
        Map<String, Analysis> analyses = new ConcurrentHashMap<>();
        PersonMention rami = new PersonMention("rami-khoury", "Rami Khoury", "Rami Khoury", "alias");
        PersonMention bank = new PersonMention("acme-bank", "Acme Bank", "Acme Bank", "speaks_for");
        List<PersonRef> messis =
                List.of(new PersonRef("lionel-messi", "Lionel Messi"), new PersonRef("jorge-messi", "Jorge Messi"));
        String shared = "ambiguous: 2 watched people of that name";
        List<String> lines = List.of(
                about(analyses, post("s-rami", NYT, 1, "Rami Khoury opens a school in Beirut."), null, rami),
                about(
                        analyses,
                        post("s-bank", REUTERS, 2, "Acme Bank sold its port stake to a Gulf fund for 300 million."),
                        null,
                        bank),
                // a denial by the bank's chief, which concerns the bank too
                about(
                        analyses,
                        post(
                                "d-bank",
                                BANK,
                                5,
                                "Rami Khoury: we deny that Acme Bank sold its port stake for 300 million."),
                        new Denier("Rami Khoury", "self", "rami-khoury"),
                        rami,
                        bank),
                about(
                        analyses,
                        post("s-lionel", NYT, 1, "Lionel Messi signs with Al Hilal for 400 million, sources say."),
                        null,
                        new PersonMention("lionel-messi", "Lionel Messi", "Lionel Messi", "alias")),
                about(
                        analyses,
                        post("s-jorge", REUTERS, 2, "Jorge Messi opens a restaurant in Rosario."),
                        null,
                        new PersonMention("jorge-messi", "Jorge Messi", "Jorge Messi", "alias")),
                // "Messi" alone and nothing in the post decides which: their stories do
                about(
                        analyses,
                        post("d-messi", REUTERS, 6, "A Messi spokesman denied he signs with Al Hilal for 400 million."),
                        new Denier("A Messi spokesman", "office", null),
                        new PersonMention("lionel-messi", "Lionel Messi", "Messi", shared, messis),
                        new PersonMention("jorge-messi", "Jorge Messi", "Messi", shared, messis)));
        Settings s = settings("state-one", "one-alert");
        Topics topics = topics(s, "one.");
        var topology = DenialTopology.build(new DenialTopology.Parts(
                topics,
                post -> analyses.getOrDefault(
                        post.id(), new Analysis(post.id(), post.lang(), false, 0, null, null, null, null)),
                Gazetteer.empty().withBundledOutlets(),
                StreamSettings.from(s),
                PipelineMetrics.noop(),
                null));
        try (StreamRole role = new StreamRole(topology, s, new SimpleMeterRegistry())) {
            role.start();
            produce(s, topics, lines);
            Map<String, Alert> latest = new HashMap<>();
            try (KafkaConsumer<String, byte[]> consumer = committedReader(s)) {
                consumer.subscribe(List.of(topics.alerts.name()));
                // the posts cross partitions in any order: a story read after its denial revises the alert
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    readLatest(consumer, topics, latest);
                    assertThat(latest.values())
                            .extracting(a -> a.denial().postId())
                            .containsExactlyInAnyOrder("d-bank", "d-messi");
                    Alert byBank = latest.get(Alert.idFor("d-bank", "rami-khoury"));
                    assertThat(byBank.person().id()).isEqualTo("rami-khoury");
                    assertThat(byBank.alsoConcerns()).extracting(PersonRef::id).containsExactly("acme-bank");
                    // the story the denial answers, filed under the bank only, first among both's
                    assertThat(byBank.stories())
                            .extracting(st ->
                                    st.postId() + " " + st.foundUnder().get(0).id())
                            .containsExactly("s-bank acme-bank", "s-rami rami-khoury");
                    Alert messi = latest.get(Alert.idFor("d-messi", "lionel-messi"));
                    assertThat(messi.person().id() + ": " + messi.person().how())
                            .isEqualTo("lionel-messi: surname, decided by its earlier stories");
                    assertThat(messi.person().candidates()).isNull();
                    assertThat(messi.stories()).extracting(RankedStory::postId).containsExactly("s-lionel");
                });
            }
        }
    }

    /** The post as a line of dw.posts, after telling the stub analyser whom it concerns (and who denies). */
    private static String about(Map<String, Analysis> analyses, Post p, Denier denier, PersonMention... persons) {
        boolean denial = denier != null;
        analyses.put(
                p.id(),
                new Analysis(
                        p.id(),
                        "en",
                        denial,
                        denial ? 0.9 : 0,
                        denial ? List.of(new Cue("denial_predicate", "deny", 0, 4)) : null,
                        denier,
                        List.of(persons),
                        null));
        return Json.write(p);
    }

    private static Post post(String id, Account account, long hours, String text) {
        return JoinPosts.post(id, account, T0.plus(Duration.ofHours(hours)), text);
    }

    /** Three partitions, exactly once, the state under {@code stateDir}. */
    private static Settings settings(String stateDir, String applicationId) {
        return Settings.load(
                null,
                Map.of(),
                Map.of(
                        Settings.BOOTSTRAP.key(),
                        broker.bootstrapServers(),
                        Settings.DATA_DIR.key(),
                        dir.resolve(stateDir).toString(),
                        Settings.STREAM_APP_ID.key(),
                        applicationId,
                        Settings.TOPIC_PARTITIONS.key(),
                        "3"));
    }

    private static Topics topics(Settings s, String prefix) throws Exception {
        Topics topics = new Topics(prefix);
        try (Admin admin = Admin.create(s.kafkaProperties())) {
            TopicAdmin.ensureTopics(admin, topics, 3, (short) 1, Duration.ofSeconds(30));
        }
        return topics;
    }

    /** Reads what has come on the alerts topic into {@code latest}: each alert's latest revision. */
    private static void readLatest(KafkaConsumer<String, byte[]> consumer, Topics topics, Map<String, Alert> latest) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> {
            Alert a = topics.alerts.valueSerde().deserializer().deserialize(r.topic(), r.value());
            latest.merge(a.alertId(), a, (x, y) -> y.revision() > x.revision() ? y : x);
        });
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
