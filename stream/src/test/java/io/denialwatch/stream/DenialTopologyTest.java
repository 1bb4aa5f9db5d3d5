package io.denialwatch.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.denialwatch.common.json.Json;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.DeadLetter;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import io.denialwatch.stream.pipeline.FirstDeliveryFilter;
import io.denialwatch.stream.pipeline.PipelineMetrics;
import io.denialwatch.stream.pipeline.StreamSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DenialTopologyTest {
    @TempDir
    Path state;

    private final Topics topics = new Topics("dw.");
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> posts;
    private TestOutputTopic<String, Alert> alerts;
    private TestOutputTopic<String, DeadLetter> dead;
    private final PipelineMetrics metrics = new PipelineMetrics(new SimpleMeterRegistry());

    @BeforeEach
    void start() {
        start(FoundingExample.gazetteer());
    }

    private void start(io.denialwatch.common.gazetteer.Gazetteer gazetteer) {
        if (driver != null) {
            driver.close();
        }
        var topology = DenialTopology.build(new DenialTopology.Parts(
                topics, new MultilingualAnalyzer(gazetteer), gazetteer, StreamSettings.defaults(), metrics, null));
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        driver = new TopologyTestDriver(topology, p);
        posts = driver.createInputTopic(topics.posts.name(), new StringSerializer(), new ByteArraySerializer());
        alerts = driver.createOutputTopic(
                topics.alerts.name(),
                new StringDeserializer(),
                topics.alerts.valueSerde().deserializer());
        dead = driver.createOutputTopic(
                topics.deadletter.name(),
                new StringDeserializer(),
                topics.deadletter.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(String line) throws IOException {
        Post p = Json.read(line, Post.class);
        posts.pipeInput(p.id(), line.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void foundingExampleGivesExactlyItsTwoAlerts() throws IOException {
        for (String line : FoundingExample.postLines()) {
            send(line);
        }
        List<Alert> out = alerts.readValuesToList();
        assertThat(out).extracting(a -> a.person().id()).containsExactlyInAnyOrder("ahmed-al-sharaa", "mazhar-al-wais");
        Alert wais = out.stream()
                .filter(a -> a.person().id().equals("mazhar-al-wais"))
                .findFirst()
                .orElseThrow();
        assertThat(wais.denial().postId()).isEqualTo("x:maabdwalshamee1-2025-11-15-denial");
        assertThat(wais.denial().denier().kind()).isEqualTo("self");
        assertThat(wais.stories().get(0).postId()).isEqualTo("x:TheMediaLine-2025-11-14-wais");
        assertThat(wais.stories().get(0).reasons()).anyMatch(r -> r.contains("The Media Line"));
        Alert sharaa = out.stream()
                .filter(a -> a.person().id().equals("ahmed-al-sharaa"))
                .findFirst()
                .orElseThrow();
        assertThat(sharaa.denial().postId()).isEqualTo("x:AlekhbariahSY-2025-11-14-presidency");
        assertThat(sharaa.stories().get(0).postId()).isEqualTo("x:nytimes-2025-11-13-sharaa");
        assertThat(sharaa.stories().get(0).reasons()).anyMatch(r -> r.contains("The New York Times"));
        assertThat(sharaa.alertId()).isEqualTo(Alert.idFor("x:AlekhbariahSY-2025-11-14-presidency", "ahmed-al-sharaa"));
        assertThat(dead.isEmpty()).isTrue();
    }

    @Test
    void foundingExampleNeedsOnlyLatinNamesInTheWatchList() throws IOException {
        start(io.denialwatch.common.gazetteer.Gazetteer.load(
                Path.of("src/test/resources/persons-latin-founding.yaml")));
        for (String line : FoundingExample.postLines()) {
            send(line);
        }
        driver.advanceWallClockTime(java.time.Duration.ofMinutes(5));
        List<Alert> out = alerts.readValuesToList();
        assertThat(out)
                .extracting(
                        a -> a.denial().postId() + " -> " + a.stories().get(0).postId())
                .containsExactlyInAnyOrder(
                        "x:AlekhbariahSY-2025-11-14-presidency -> x:nytimes-2025-11-13-sharaa",
                        "x:maabdwalshamee1-2025-11-15-denial -> x:TheMediaLine-2025-11-14-wais");
    }

    /** A post of {@code account} (an outlet or an official account) on {@code day}, as a line of dw.posts. */
    private static String post(String id, String day, String account, String kind, String text) {
        return Json.write(Post.of(
                id,
                account,
                Instant.parse(day + "T10:00:00Z"),
                new io.denialwatch.common.model.Account(
                        account, account, account, io.denialwatch.common.model.AccountKind.valueOf(kind)),
                text));
    }

    @Test
    void organisationsAndOfficesAreJoinKeys() throws IOException {
        start(io.denialwatch.common.gazetteer.Gazetteer.parse("""
                persons:
                  - {id: boris-johnson, name: Boris Johnson}
                organizations:
                  - {id: acme-bank, name: Acme Bank, accounts: ["x:AcmeBank"]}
                roles:
                  - id: uk-prime-minister
                    name: Prime Minister of the United Kingdom
                    aliases: [Downing Street]
                    holders: [{person: boris-johnson, from: 2019-07-24, to: 2022-09-06}]
                """));
        send(post(
                "s1",
                "2021-04-20",
                "x:paper",
                "OUTLET",
                "Acme Bank secretly moved its gold reserves to Zurich, sources say."));
        send(post(
                "s2",
                "2021-04-21",
                "x:paper",
                "OUTLET",
                "Boris Johnson met Acme Bank executives at a private dinner in Mayfair."));
        send(post(
                "d1",
                "2021-04-22",
                "x:AcmeBank",
                "OFFICIAL",
                "We categorically deny the false reports that we moved our gold reserves to Zurich."));
        send(post(
                "d2",
                "2021-04-26",
                "x:wire",
                "OUTLET",
                "Downing Street denied reports of a private dinner with bank executives in Mayfair."));
        driver.advanceWallClockTime(java.time.Duration.ofMinutes(5));
        // the wire's report of Downing Street's denial was held first (revision 0), then released
        List<Alert> out =
                alerts.readValuesToList().stream().filter(Alert::standsAlone).toList();
        assertThat(out)
                .extracting(a -> a.person().id() + ": " + a.denial().postId() + " -> "
                        + a.stories().get(0).postId())
                .containsExactlyInAnyOrder("acme-bank: d1 -> s1", "boris-johnson: d2 -> s2");
    }

    @Test
    void aRedeliveredPostRaisesNoSecondAlert() throws IOException {
        List<String> lines = FoundingExample.postLines();
        for (String line : lines) {
            send(line);
        }
        for (String line : lines) {
            send(line);
        }
        assertThat(alerts.readValuesToList()).hasSize(2);
    }

    @Test
    void aPostIdIsRememberedForTheLookBackAndGraceAfterItArrivedThenForgotten() throws IOException {
        String line = FoundingExample.postLines().get(0);
        Duration remembered = StreamSettings.defaults()
                .lookback()
                .plus(StreamSettings.defaults().grace());
        send(line);
        driver.advanceWallClockTime(remembered.minusHours(1));
        send(line);
        assertThat(metrics.duplicates.count()).isEqualTo(1.0);
        // by arrival, not by publication: the post was published long before, and still counts
        driver.advanceWallClockTime(Duration.ofHours(2));
        send(line);
        assertThat(metrics.duplicates.count()).isEqualTo(1.0);
        assertThat(metrics.postsIn.count()).isEqualTo(3.0);
    }

    @Test
    void onlyTheIdsOfPostsConcerningAWatchedPersonAreRemembered() throws IOException {
        String nobody =
                "{\"id\":\"rss:weather-1\",\"source\":\"rss:weather\",\"published_at\":\"2025-11-13T10:00:00Z\","
                        + "\"lang\":\"en\",\"text\":\"Heavy rain is expected over the coast on Friday, forecasters said.\"}";
        String story = FoundingExample.postLines().get(1);
        send(nobody);
        send(nobody);
        send(story);
        WindowStore<String, Long> seen = driver.getWindowStore(FirstDeliveryFilter.STORE);
        Instant now = Instant.ofEpochMilli(Long.MAX_VALUE / 2);
        try (var ids = seen.backwardFetchAll(Instant.EPOCH, now)) {
            List<String> remembered = new java.util.ArrayList<>();
            ids.forEachRemaining(kv -> remembered.add(kv.key.key()));
            assertThat(remembered).containsExactly(Json.read(story, Post.class).id());
        }
        assertThat(metrics.postsIn.count()).isEqualTo(3.0);
        assertThat(dead.isEmpty()).isTrue();
    }

    @Test
    void malformedRecordsBecomeDeadLettersAndGoodOnesStillAlert() throws IOException {
        posts.pipeInput("bad-1", "{not json".getBytes(StandardCharsets.UTF_8));
        posts.pipeInput("bad-2", new byte[] {(byte) 0xC3, (byte) 0x28});
        posts.pipeInput("bad-3", "{\"id\":\"x:1\"}".getBytes(StandardCharsets.UTF_8));
        for (String line : FoundingExample.postLines()) {
            send(line);
        }
        List<DeadLetter> letters = dead.readValuesToList();
        assertThat(letters)
                .extracting(DeadLetter::reason)
                .containsExactly(letters.get(0).reason(), "invalid UTF-8", "missing text");
        assertThat(letters.get(0).reason()).startsWith("not a valid post");
        assertThat(letters).allMatch(l -> l.source().startsWith("dw.posts partition 0 offset "));
        assertThat(alerts.readValuesToList()).hasSize(2);
    }

    @Test
    void deadLettersNameTheFieldAtFaultAndWhereTheRecordCameFrom() {
        posts.pipeInput(
                "bad-1",
                "{\"id\":\"x:1\",\"text\":\"t\",\"published_at\":\"last Tuesday\"}".getBytes(StandardCharsets.UTF_8));
        posts.pipeInput(new TestRecord<>(
                "bad-2",
                ("{\"id\":\"x:2\",\"published_at\":" + "\"2025-11-13T10:00:00Z\"}").getBytes(StandardCharsets.UTF_8),
                new RecordHeaders().add(Topics.ORIGIN_HEADER, "archive.jsonl:17".getBytes(StandardCharsets.UTF_8)),
                Instant.parse("2025-11-13T10:00:00Z")));
        List<DeadLetter> letters = dead.readValuesToList();
        assertThat(letters)
                .extracting(DeadLetter::source, DeadLetter::field)
                .containsExactly(
                        tuple("dw.posts partition 0 offset 0", "published_at"), tuple("archive.jsonl:17", "text"));
        assertThat(letters.get(0).reason()).startsWith("not a valid post: field 'published_at': ");
    }

    @Test
    void readingPostsTheJoinAndTheGatheringStayThreeSubTopologiesMeetingOnlyInTheRepartitions() {
        var topology = DenialTopology.build(new DenialTopology.Parts(
                topics,
                new MultilingualAnalyzer(FoundingExample.gazetteer()),
                FoundingExample.gazetteer(),
                StreamSettings.defaults(),
                metrics,
                null));
        // one task reading two topics would wait on both: the dead letters must not fuse them
        assertThat(topology.describe().subtopologies())
                .extracting(st -> st.nodes().stream()
                        .filter(n -> n instanceof org.apache.kafka.streams.TopologyDescription.Source)
                        .map(n -> ((org.apache.kafka.streams.TopologyDescription.Source) n).topicSet())
                        .toList())
                .containsExactlyInAnyOrder(
                        List.of(java.util.Set.of(topics.posts.name())),
                        List.of(java.util.Set.of(DenialTopology.BY_PERSON + "-repartition")),
                        List.of(java.util.Set.of(DenialTopology.BY_DENIAL + "-repartition")));
    }

    @Test
    void aJoinEventOfAnUnknownFormatVersionIsADeadLetterAndTheStreamGoesOn() throws IOException {
        // as a newer version would write it to the repartition topic during a rolling downgrade
        TestInputTopic<String, byte[]> byPerson = driver.createInputTopic(
                "test-" + DenialTopology.BY_PERSON + "-repartition", new StringSerializer(), new ByteArraySerializer());
        byPerson.pipeInput("ahmed-al-sharaa", new byte[] {9, 'S', 0, 0, 0, 1, 'x'});
        for (String line : FoundingExample.postLines()) {
            send(line);
        }
        List<DeadLetter> letters = dead.readValuesToList();
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).stage()).isEqualTo("stream.join");
        assertThat(letters.get(0).reason())
                .contains("format version 9", "does not read (it reads 1)", "run the version that wrote it");
        assertThat(letters.get(0).source()).isEqualTo("test-by-person-repartition partition 0 offset 0");
        assertThat(letters.get(0).payload()).isEqualTo("base64:CVMAAAABeA==");
        assertThat(alerts.readValuesToList()).hasSize(2);
    }

    @Test
    void anAlertCarriesWhenItsLivePostEnteredThePipelineAndAReplayedOneNone() throws IOException {
        List<String> lines = FoundingExample.postLines();
        Instant entered = Instant.parse("2026-01-10T12:00:00.123Z");
        for (String line : lines) {
            Post p = Json.read(line, Post.class);
            RecordHeaders headers = new RecordHeaders();
            if (p.id().contains("maabdwalshamee1")) { // al-Wais's own denial arrives from a replayed file
                headers.add(Topics.ORIGIN_HEADER, "archive.jsonl:3".getBytes(StandardCharsets.UTF_8));
            }
            posts.pipeInput(new TestRecord<>(p.id(), line.getBytes(StandardCharsets.UTF_8), headers, entered));
        }
        List<Alert> out = alerts.readValuesToList();
        assertThat(out)
                .extracting(a -> a.person().id(), a -> a.denial().enteredAt())
                .contains(tuple("ahmed-al-sharaa", entered), tuple("mazhar-al-wais", null));
    }

    @Test
    void aNewsReportOfADenialIsFoldedIntoTheFirstHandAlertWhicheverArrivesFirst() throws IOException {
        List<String> lines = FoundingExample.postLines();
        String report = lines.stream()
                .filter(l -> l.contains("rss:arabic-news"))
                .findFirst()
                .orElseThrow();
        String office = lines.stream()
                .filter(l -> l.contains("AlekhbariahSY-2025-11-14"))
                .findFirst()
                .orElseThrow();
        send(report);
        send(office);
        driver.advanceWallClockTime(java.time.Duration.ofMinutes(5));
        List<Alert> out = alerts.readValuesToList();
        assertThat(out.stream().filter(Alert::standsAlone))
                .extracting(a -> a.denial().postId())
                .containsExactly("x:AlekhbariahSY-2025-11-14-presidency");
        // the report waited on the desk meanwhile, and says where it went
        assertThat(out)
                .filteredOn(a -> a.denial().postId().equals("rss:arabic-news-2025-11-15-sharaa"))
                .extracting(Alert::revision, a -> a.held() != null, Alert::foldedInto)
                .containsExactly(
                        tuple(0, true, null),
                        tuple(1, false, Alert.idFor("x:AlekhbariahSY-2025-11-14-presidency", "ahmed-al-sharaa")));
    }

    @Test
    void aNewsReportOfADenialWithNoFirstHandDenialAlertsAfterTheHold() throws IOException {
        String report = FoundingExample.postLines().stream()
                .filter(l -> l.contains("rss:arabic-news"))
                .findFirst()
                .orElseThrow();
        send(report);
        assertThat(alerts.readValue())
                .as("held: a provisional alert says why and until when")
                .satisfies(a -> assertThat(a.revision()).isZero())
                .satisfies(a -> assertThat(a.held().until()).isNotNull());
        driver.advanceWallClockTime(java.time.Duration.ofSeconds(61));
        List<Alert> out = alerts.readValuesToList();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).standsAlone()).isTrue();
        assertThat(out.get(0).denial().denier().kind()).isEqualTo("reported");
        assertThat(out.get(0).stories()).isEmpty();
    }

    @Test
    void aStoryArrivingAfterItsDenialRevisesTheAlert() throws IOException {
        List<String> lines = FoundingExample.postLines();
        String mediaLine = lines.stream()
                .filter(l -> l.contains("TheMediaLine-2025-11-14"))
                .findFirst()
                .orElseThrow();
        String denial = lines.stream()
                .filter(l -> l.contains("maabdwalshamee1-2025-11-15"))
                .findFirst()
                .orElseThrow();
        send(denial);
        send(mediaLine);
        driver.advanceWallClockTime(java.time.Duration.ofSeconds(1)); // late stories revise on the joiner's next tick
        List<Alert> out = alerts.readValuesToList();
        assertThat(out).hasSize(2);
        assertThat(out.get(0).revision()).isEqualTo(1);
        assertThat(out.get(0).stories()).isEmpty();
        assertThat(out.get(0).note()).isEqualTo(Alert.NO_STORY_YET);
        assertThat(out.get(1).alertId()).isEqualTo(out.get(0).alertId());
        assertThat(out.get(1).revision()).isEqualTo(2);
        assertThat(out.get(1).stories()).extracting(s -> s.postId()).containsExactly("x:TheMediaLine-2025-11-14-wais");
    }
}
