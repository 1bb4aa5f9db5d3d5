package io.denialwatch.stream.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Cue;
import io.denialwatch.common.model.Denier;
import io.denialwatch.common.model.OutletMention;
import io.denialwatch.common.model.PersonMention;
import io.denialwatch.common.model.PersonRef;
import io.denialwatch.common.model.Post;
import io.denialwatch.common.model.RankedStory;
import io.denialwatch.stream.DenialTopology;
import io.denialwatch.stream.pipeline.EventTime;
import io.denialwatch.stream.pipeline.PipelineMetrics;
import io.denialwatch.stream.pipeline.StreamSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The join in isolation: the analyser is a stub that returns a fixed analysis per post, so each
 * case states exactly who a post concerns and whether it denies, and tests only what the join
 * makes of it.
 */
class DenialJoinTest {
    private static final Instant T0 = Instant.parse("2025-11-01T00:00:00Z");
    private static final Account NYT = new Account("x:nytimes", "nytimes", "The New York Times", AccountKind.OUTLET);
    private static final Account REUTERS = new Account("x:Reuters", "Reuters", "Reuters", AccountKind.OUTLET);
    private static final Account AJA = new Account("x:AJArabic", "AJArabic", "الجزيرة", AccountKind.OUTLET);
    private static final Account AGGREGATOR = new Account("x:digest", "digest", "News Digest", null);
    private static final Account SELF = new Account("x:rami", "rami", "Rami Khoury", AccountKind.PERSON);

    @TempDir
    Path state;

    private final Topics topics = new Topics("dw.");
    private final Map<String, Analysis> analyses = new HashMap<>();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> posts;
    private TestOutputTopic<String, Alert> alerts;

    private void start(StreamSettings settings) {
        var topology = DenialTopology.build(new DenialTopology.Parts(
                topics,
                post -> analyses.getOrDefault(
                        post.id(), new Analysis(post.id(), post.lang(), false, 0, null, null, null, null)),
                Gazetteer.empty().withBundledOutlets(),
                settings,
                PipelineMetrics.noop(),
                null));
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "join-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        driver = new TopologyTestDriver(topology, p);
        posts = driver.createInputTopic(topics.posts.name(), new StringSerializer(), new ByteArraySerializer());
        alerts = driver.createOutputTopic(
                topics.alerts.name(),
                new StringDeserializer(),
                topics.alerts.valueSerde().deserializer());
    }

    private void start() {
        start(StreamSettings.defaults());
    }

    /** The defaults (look-back 14 days, grace 48 h) with another cap and top k. */
    private static StreamSettings settings(int maxStories, int topK) {
        StreamSettings d = StreamSettings.defaults();
        return new StreamSettings(
                d.lookback(), d.grace(), maxStories, topK, d.futureSkew(), d.foldReported(), d.reportHold());
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.close();
        }
    }

    // ---- building posts and their analyses ----

    private static Post post(String id, Account account, String lang, Instant published, String text) {
        return new Post(
                id,
                account.id(),
                "https://example.org/" + id,
                published,
                published == null ? T0 : published.plusSeconds(60),
                account,
                lang,
                null,
                text,
                null,
                null,
                null,
                null);
    }

    private static Post repost(String id, Account account, Instant published, Post original) {
        return new Post(
                id,
                account.id(),
                null,
                published,
                published.plusSeconds(60),
                account,
                original.lang(),
                null,
                "RT " + original.text(),
                null,
                null,
                null,
                original.id());
    }

    private static PersonMention person(String id, String how) {
        return new PersonMention(id, id, id, how);
    }

    private Post story(Post p, PersonMention... persons) {
        analyses.put(p.id(), new Analysis(p.id(), p.lang(), false, 0, null, null, List.of(persons), null));
        return p;
    }

    private Post denial(Post p, List<OutletMention> outlets, PersonMention... persons) {
        return denialBy("self", p, outlets, persons);
    }

    /** A news post reporting someone's denial. */
    private Post reported(Post p, PersonMention... persons) {
        return denialBy("reported", p, List.of(), persons);
    }

    private Post denialBy(String kind, Post p, List<OutletMention> outlets, PersonMention... persons) {
        analyses.put(
                p.id(),
                new Analysis(
                        p.id(),
                        p.lang(),
                        true,
                        0.9,
                        List.of(new Cue("denial_predicate", "deny", 0, 4)),
                        new Denier(p.account().name(), kind, persons[0].id()),
                        List.of(persons),
                        outlets));
        return p;
    }

    /** A news post quoting an unnamed spokesman's denial about {@code persons}: no watched denier. */
    private Post spokesmanDenial(Post p, PersonMention... persons) {
        analyses.put(
                p.id(),
                new Analysis(
                        p.id(),
                        "en",
                        true,
                        0.9,
                        List.of(new Cue("denial_predicate", "denied", 17, 23)),
                        new Denier("A Messi spokesman", "office", null),
                        List.of(persons),
                        null));
        return p;
    }

    private void send(Post p) {
        Instant at = p.publishedAt() != null ? p.publishedAt() : p.fetchedAt();
        posts.pipeInput(p.id(), Json.writeBytes(p), at);
    }

    /** How many parts of denials' alerts went to be gathered (the by-denial repartition) since last asked. */
    private int partsGathered() {
        String topic = "join-test-" + DenialTopology.BY_DENIAL + "-repartition";
        if (!driver.producedTopicNames().contains(topic)) {
            return 0;
        }
        return driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer())
                .readRecordsToList()
                .size();
    }

    /** What came out, once the joiner's next tick (when late stories revise alerts) has passed. */
    private List<Alert> out() {
        driver.advanceWallClockTime(Duration.ofSeconds(1));
        return alerts.readValuesToList();
    }

    private static List<String> ids(Alert a) {
        return a.stories().stream().map(RankedStory::postId).toList();
    }

    private static Instant hours(long h) {
        return T0.plus(Duration.ofHours(h));
    }

    private static final PersonMention RAMI = person("rami-khoury", "alias");
    private static final List<PersonRef> MESSIS =
            List.of(new PersonRef("lionel-messi", "Lionel Messi"), new PersonRef("jorge-messi", "Jorge Messi"));
    private static final String SHARED = "ambiguous: 2 watched people of that name";
    /** "Messi" alone, in a post where nothing decides which of the two watched Messis it is. */
    private static final PersonMention MESSI_LIONEL =
            new PersonMention("lionel-messi", "Lionel Messi", "Messi", SHARED, MESSIS);

    private static final PersonMention MESSI_JORGE =
            new PersonMention("jorge-messi", "Jorge Messi", "Messi", SHARED, MESSIS);

    // ---- the cases ----

    @Test
    void aDenialAfterItsStoryIsOneAlertWithThatStoryFirst() {
        start();
        send(story(
                post("s1", NYT, "en", hours(1), "Rami Khoury sold his stake in the port company to a Chinese group."),
                RAMI));
        send(story(post("s2", REUTERS, "en", hours(2), "Rami Khoury attended a football match in Beirut."), RAMI));
        send(denial(
                post("d1", SELF, "en", hours(10), "I deny selling my stake in the port company to any Chinese group."),
                List.of(),
                RAMI));
        List<Alert> out = out();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).revision()).isEqualTo(1);
        assertThat(out.get(0).alertId()).isEqualTo(Alert.idFor("d1", "rami-khoury"));
        assertThat(ids(out.get(0))).containsExactly("s1", "s2");
        assertThat(out.get(0).stories().get(0).reasons()).anyMatch(r -> r.startsWith("shared terms"));
        assertThat(out.get(0).note()).isNull();
    }

    @Test
    void aStoryPublishedBeforeButArrivingAfterTheDenialRevisesTheAlert() {
        start();
        send(denial(post("d1", SELF, "en", hours(10), "I deny selling my stake in the port."), List.of(), RAMI));
        send(story(post("s1", NYT, "en", hours(1), "Rami Khoury sold his stake in the port."), RAMI));
        // published after the denial: not a story it can answer, no revision
        send(story(post("s2", NYT, "en", hours(12), "Rami Khoury keeps his stake in the port, he says."), RAMI));
        List<Alert> out = out();
        assertThat(out).extracting(Alert::revision).containsExactly(1, 2);
        assertThat(out.get(0).note()).isEqualTo(Alert.NO_STORY_YET);
        assertThat(ids(out.get(1))).containsExactly("s1");
        assertThat(out.get(1).alertId()).isEqualTo(out.get(0).alertId());
    }

    /** A story about Rami Khoury (s1), then his denial of it (d1): a denial about one watched entity. */
    private void sendAStoryAboutRamiThenHisDenial() {
        send(story(
                post("s1", NYT, "en", hours(1), "Rami Khoury sold his stake in the port to a Chinese group."), RAMI));
        send(denial(
                post("d1", SELF, "en", hours(10), "I deny selling my stake in the port to a Chinese group."),
                List.of(),
                RAMI));
    }

    @Test
    void aDenialAboutOneEntityGoesStraightToTheDeskAndALateStoryRevisesThatOneAlert() {
        start();
        sendAStoryAboutRamiThenHisDenial();
        var first = alerts.readKeyValuesToList();
        assertThat(first).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo(Alert.idFor("d1", "rami-khoury"));
            assertThat(kv.value.revision()).isEqualTo(1);
            assertThat(ids(kv.value)).containsExactly("s1");
        });
        // the alert as the gathering made it: each story says under whom it was found, and
        // nothing else is concerned
        String json = Json.write(first.get(0).value);
        assertThat(json)
                .contains("\"found_under\":[{\"id\":\"rami-khoury\",\"name\":\"rami-khoury\"}]")
                .doesNotContain("also_concerns");
        assertThat(partsGathered())
                .as("nothing to gather: one transaction fewer")
                .isZero();

        // published before the denial, read after it
        send(story(post("s0", REUTERS, "en", hours(2), "Rami Khoury sold his port stake to a Chinese group."), RAMI));
        driver.advanceWallClockTime(Duration.ofSeconds(1));
        var revised = alerts.readKeyValuesToList();
        assertThat(revised).singleElement().satisfies(kv -> {
            assertThat(kv.key)
                    .as("same key on dw.alerts: it replaces the first")
                    .isEqualTo(first.get(0).key);
            assertThat(kv.value.revision()).isEqualTo(2);
            assertThat(ids(kv.value)).containsExactlyInAnyOrder("s0", "s1");
            assertThat(kv.value.stories())
                    .allSatisfy(st -> assertThat(st.foundUnder())
                            .extracting(PersonRef::id)
                            .containsExactly("rami-khoury"));
        });
        assertThat(partsGathered()).isZero();
    }

    @Test
    void aLateStoryThatChangesNoneOfTheStoriesShownRevisesNothing() {
        start(settings(500, 1));
        sendAStoryAboutRamiThenHisDenial();
        // late, but about something else: ranked below the one story the alert shows
        send(story(post("s0", AGGREGATOR, "en", hours(2), "Rami Khoury attended a football match."), RAMI));
        assertThat(out()).singleElement().satisfies(a -> {
            assertThat(a.revision()).isEqualTo(1);
            assertThat(ids(a)).containsExactly("s1");
        });
    }

    @Test
    void aDenialAboutTwoEntitiesIsStillGatheredIntoOneAlertWhoseRevisionReplacesIt() {
        start();
        PersonMention lina = person("lina-saad", "alias");
        send(denial(
                post("d1", SELF, "en", hours(10), "We deny that Lina Saad sold the port stake in Geneva."),
                List.of(),
                RAMI,
                lina));
        assertThat(partsGathered()).as("a part from each entity").isEqualTo(2);
        // published before the denial, read after it, about the other entity
        send(story(post("s2", REUTERS, "en", hours(2), "Lina Saad sold the port stake in Geneva."), lina));
        driver.advanceWallClockTime(Duration.ofSeconds(1));
        Map<String, Alert> desk = new HashMap<>();
        alerts.readKeyValuesToList()
                .forEach(kv -> desk.merge(kv.key, kv.value, (a, b) -> b.revision() > a.revision() ? b : a));
        assertThat(desk.values()).singleElement().satisfies(a -> {
            assertThat(a.alertId()).isEqualTo(Alert.idFor("d1", "rami-khoury"));
            assertThat(a.revision()).isEqualTo(2);
            assertThat(a.person().id()).isEqualTo("rami-khoury");
            assertThat(a.alsoConcerns()).extracting(PersonRef::id).containsExactly("lina-saad");
            assertThat(a.stories())
                    .extracting(st -> st.postId() + " " + st.foundUnder().get(0).id())
                    .containsExactly("s2 lina-saad");
        });
    }

    @Test
    void aReportedDenialWaitsForTheHoldUnlessTheHoldIsZero() {
        start();
        send(reported(
                post("r1", REUTERS, "en", hours(10), "Rami Khoury denied selling his stake, his office said."), RAMI));
        assertThat(alerts.readValuesToList())
                .as("held for the first-hand denial: only its provisional alert")
                .singleElement()
                .satisfies(a -> assertThat(a.revision()).isZero())
                .satisfies(a -> assertThat(a.held()).isNotNull());
        stop();

        StreamSettings d = StreamSettings.defaults();
        start(new StreamSettings(
                d.lookback(), d.grace(), d.maxStories(), d.topK(), d.futureSkew(), d.foldReported(), Duration.ZERO));
        send(reported(
                post("r2", REUTERS, "en", hours(11), "Rami Khoury denied selling his stake, his office said."), RAMI));
        // no wall-clock time passes: with no hold the report is an alert at once
        assertThat(alerts.readValuesToList())
                .extracting(a -> a.denial().postId())
                .containsExactly("r2");
    }

    @Test
    void aReportAfterAFirstHandDenialIsFoldedIntoItWhateverCameBefore() {
        start();
        // an earlier report of another denial is an alert of its own once the hold passes
        send(reported(
                post("r0", REUTERS, "en", hours(1), "Rami Khoury denied visiting Damascus, his office said."), RAMI));
        driver.advanceWallClockTime(Duration.ofMinutes(5));
        assertThat(alerts.readValuesToList())
                .extracting(a -> a.denial().postId() + " r" + a.revision())
                .containsExactly("r0 r0", "r0 r1");

        send(denial(post("d1", SELF, "en", hours(10), "I deny selling my stake in the port."), List.of(), RAMI));
        send(reported(
                post("r1", REUTERS, "en", hours(11), "Rami Khoury denied selling his stake, his office said."), RAMI));
        driver.advanceWallClockTime(Duration.ofMinutes(5));
        assertThat(alerts.readValuesToList())
                .extracting(a -> a.denial().postId())
                .containsExactly("d1");
    }

    @Test
    void aHeldReportSaysWhyAndUntilWhenThenStandsAloneWhenNoFirstHandDenialCame() {
        start();
        Instant wallStart = Instant.ofEpochMilli(System.currentTimeMillis());
        send(story(post("s1", NYT, "en", hours(1), "Rami Khoury sold his stake in the port."), RAMI));
        send(reported(
                post("r1", REUTERS, "en", hours(10), "Rami Khoury denied selling his stake, his office said."), RAMI));
        Alert held = alerts.readValue();
        assertThat(held.revision()).isZero();
        assertThat(held.held().reason()).contains("news report of a denial", "first-hand denial");
        // until the hold (60 s by default) has passed on the wall clock
        assertThat(held.held().until())
                .isBetween(wallStart.plusSeconds(59), Instant.now().plusSeconds(61));
        assertThat(ids(held)).as("the stories are shown while it waits").containsExactly("s1");
        assertThat(held.standsAlone()).isFalse();

        driver.advanceWallClockTime(Duration.ofSeconds(61));
        Alert released = alerts.readValue();
        assertThat(released.alertId()).isEqualTo(held.alertId());
        assertThat(released.revision()).isEqualTo(1);
        assertThat(released.held()).isNull();
        assertThat(released.foldedInto()).isNull();
        assertThat(released.standsAlone()).isTrue();
        assertThat(Json.MAPPER.valueToTree(released).has("held"))
                .as("absent, not null")
                .isFalse();
    }

    @Test
    void aHeldReportIsFoldedIntoTheFirstHandDenialThatArrivesWhileItWaits() {
        start();
        send(reported(
                post("r1", REUTERS, "en", hours(11), "Rami Khoury denied selling his stake, his office said."), RAMI));
        // published before the report, read after it (another partition, say)
        send(denial(post("d1", SELF, "en", hours(10), "I deny selling my stake in the port."), List.of(), RAMI));
        driver.advanceWallClockTime(Duration.ofMinutes(5));
        List<Alert> out = alerts.readValuesToList();
        assertThat(out)
                .extracting(a -> a.denial().postId() + " r" + a.revision())
                .containsExactly("r1 r0", "d1 r1", "r1 r1");
        Alert folded = out.get(2);
        assertThat(folded.foldedInto()).isEqualTo(Alert.idFor("d1", "rami-khoury"));
        assertThat(folded.held()).isNull();
        assertThat(folded.note())
                .contains("folded into", Alert.idFor("d1", "rami-khoury").substring(0, 8));
        assertThat(folded.standsAlone()).isFalse();
    }

    @Test
    void anAlertSaysHowTheDenialConcernsItsEntity() {
        start();
        PersonMention minister = person("boris-johnson", "office holder on 2025-11-01");
        PersonMention bank = person("acme-bank", "speaks_for");
        send(denial(
                post("d1", SELF, "en", hours(10), "I deny that the minister and I sold the port."),
                List.of(),
                RAMI,
                minister,
                bank));
        Alert one = out().get(0);
        assertThat(one.person().id() + ": " + one.person().how()).isEqualTo("rami-khoury: the denier");
        assertThat(one.alsoConcerns())
                .extracting(p -> p.id() + ": " + p.how())
                .containsExactly(
                        "boris-johnson: subject of the denied report, office holder on 2025-11-01",
                        "acme-bank: the denier (Rami Khoury) is spokesperson of acme-bank");
    }

    @Test
    void aNameNothingDecidesIsOneAlertListingEveryCandidateAndFilesNoStory() {
        start();
        List<PersonRef> both = MESSIS;
        String how = SHARED;
        PersonMention lionel = MESSI_LIONEL;
        PersonMention jorge = MESSI_JORGE;
        send(story(post("s1", NYT, "en", hours(1), "Messi is leaving the club for Saudi Arabia."), lionel, jorge));
        send(spokesmanDenial(
                post("d1", REUTERS, "en", hours(10), "A Messi spokesman denied he is leaving the club."),
                lionel,
                jorge));
        List<Alert> out = out();
        // neither has a story, so nothing decides: one alert, both candidates listed
        assertThat(out).singleElement().satisfies(a -> {
            assertThat(a.person().id() + ": " + a.person().how()).isEqualTo("lionel-messi: " + how);
            assertThat(a.person().candidates()).isEqualTo(both);
            assertThat(a.alsoConcerns()).extracting(PersonRef::id).containsExactly("jorge-messi");
            // a story that may be about either is filed under neither
            assertThat(a.stories()).isEmpty();
        });
        assertThat(Json.write(out.get(0)))
                .contains("\"candidates\":[{\"id\":\"lionel-messi\",\"name\":\"Lionel Messi\"}");
    }

    @Test
    void aLateStoryAfterTheGraceNoLongerRevises() {
        start(settings(500, 5)); // look-back 14 days, grace 48 h
        send(denial(post("d1", SELF, "en", hours(10), "I deny selling my stake."), List.of(), RAMI));
        // the event-time clock moves three days past the denial
        send(story(post("other", REUTERS, "en", hours(10 + 72), "Rami Khoury opens a school."), RAMI));
        send(story(post("s1", NYT, "en", hours(1), "Rami Khoury sold his stake."), RAMI));
        assertThat(out()).extracting(Alert::revision).containsExactly(1);
    }

    @Test
    void aStoryOlderThanTheLookBackIsNotJoined() {
        start(settings(500, 5)); // look-back 14 days, grace 48 h
        send(story(post("old", NYT, "en", hours(0), "Rami Khoury sold his stake in the port."), RAMI));
        send(denial(post("d1", SELF, "en", hours(15 * 24), "I deny selling my stake in the port."), List.of(), RAMI));
        Alert a = out().get(0);
        assertThat(a.stories()).isEmpty();
        assertThat(a.note()).isEqualTo(Alert.NO_STORY_YET);
    }

    @Test
    void aDenialConcerningTwoPersonsIsOneAlertRankingTheStoriesOfBoth() {
        start();
        PersonMention lina = person("lina-saad", "alias");
        send(story(post("s1", NYT, "en", hours(1), "Rami Khoury and Lina Saad met in Geneva."), RAMI, lina));
        send(story(post("s2", REUTERS, "en", hours(2), "Lina Saad flew to Geneva for talks."), lina));
        send(story(post("s3", AJA, "en", hours(3), "Rami Khoury opens a school."), RAMI));
        send(denial(
                post("d1", SELF, "en", hours(5), "We deny that Rami Khoury and Lina Saad met in Geneva."),
                List.of(),
                RAMI,
                lina));
        List<Alert> out = out();
        assertThat(out).singleElement().satisfies(a -> {
            assertThat(a.alertId()).isEqualTo(Alert.idFor("d1", "rami-khoury"));
            assertThat(a.person().id()).isEqualTo("rami-khoury");
            assertThat(a.alsoConcerns()).extracting(PersonRef::id).containsExactly("lina-saad");
            // the story about both counts once, first; each of the others was found under one of them
            assertThat(ids(a)).containsExactlyInAnyOrder("s1", "s2", "s3");
            assertThat(ids(a).get(0)).isEqualTo("s1");
            assertThat(a.stories())
                    .extracting(st -> st.postId() + " "
                            + st.foundUnder().stream().map(PersonRef::id).toList())
                    .contains("s1 [rami-khoury, lina-saad]", "s2 [lina-saad]", "s3 [rami-khoury]");
        });
    }

    @Test
    void aSharedNameIsDecidedByTheCandidateWhoseStoriesAnswerTheDenial() {
        start();
        PersonMention lionel = MESSI_LIONEL;
        PersonMention jorge = MESSI_JORGE;
        send(story(
                post("s1", NYT, "en", hours(1), "Lionel Messi signs with Al Hilal for 400 million, sources say."),
                person("lionel-messi", "alias")));
        send(story(
                post("s2", REUTERS, "en", hours(2), "Jorge Messi opens a restaurant in Rosario."),
                person("jorge-messi", "alias")));
        send(spokesmanDenial(
                post(
                        "d1",
                        REUTERS,
                        "en",
                        hours(10),
                        "A Messi spokesman denied he signs with Al Hilal for 400 million."),
                lionel,
                jorge));
        assertThat(out()).singleElement().satisfies(a -> {
            assertThat(a.person().id() + ": " + a.person().how())
                    .isEqualTo("lionel-messi: surname, decided by its earlier stories");
            assertThat(a.person().candidates()).isNull();
            assertThat(a.alsoConcerns()).isNull();
            assertThat(ids(a)).containsExactly("s1");
        });
    }

    @Test
    void aSurnameOnlyMentionIsAStoryOfThatPersonAndSaysHow() {
        start();
        send(story(
                post("s1", NYT, "en", hours(1), "Khoury sold his stake in the port, officials said."),
                person("rami-khoury", "surname")));
        send(denial(post("d1", SELF, "en", hours(5), "I deny selling my stake in the port."), List.of(), RAMI));
        Alert a = out().get(0);
        assertThat(ids(a)).containsExactly("s1");
        assertThat(a.stories().get(0).reasons()).contains("same person (surname)");
    }

    @Test
    void anArabicDenialFindsItsEnglishStory() {
        start();
        send(story(
                post(
                        "nyt",
                        NYT,
                        "en",
                        hours(1),
                        "Rami Khoury held secret talks in Washington about selling 20% of the port of Jbeil to a Chinese group."),
                RAMI));
        send(story(
                post(
                        "reuters",
                        REUTERS,
                        "en",
                        hours(3),
                        "Rami Khoury opened a hospital wing in Tripoli on Monday, Reuters reported."),
                RAMI));
        send(story(post("aja", AJA, "ar", hours(4), "رامي خوري يفتتح معرضاً للكتاب في طرابلس."), RAMI));
        send(denial(
                post(
                        "d1",
                        SELF,
                        "ar",
                        hours(20),
                        "أنفي ما نشرته نيويورك تايمز عن محادثات سرية في واشنطن لبيع ٢٠٪ من مرفأ جبيل لمجموعة صينية."),
                List.of(new OutletMention("nyt", "The New York Times", "نيويورك تايمز")),
                RAMI));
        Alert a = out().get(0);
        assertThat(ids(a).get(0)).isEqualTo("nyt");
        List<String> reasons = a.stories().get(0).reasons();
        assertThat(reasons).anyMatch(r -> r.contains("The New York Times"));
        assertThat(reasons).anyMatch(r -> r.equals("shared numbers: ٢٠ / 20"));
        // Washington through the concept list, Jbeil through its transliteration skeleton, each in the
        // words of both texts
        assertThat(reasons)
                .anyMatch(r -> r.startsWith("shared terms:")
                        && r.contains("واشنطن / Washington")
                        && r.contains("جبيل ≈ Jbeil"));
        // the words as the texts write them: not the concept's name, nor a folded form
        assertThat(reasons).noneMatch(r -> r.contains("usa") || r.contains("jbeil"));
    }

    @Test
    void anEnglishDenialFindsItsArabicStory() {
        start();
        send(story(
                post(
                        "aja",
                        AJA,
                        "ar",
                        hours(1),
                        "كشفت الجزيرة أن رامي خوري التقى مسؤولين إيرانيين سراً في بغداد لبحث صفقة سلاح بقيمة 300 مليون دولار."),
                RAMI));
        send(story(post("aja2", AJA, "ar", hours(2), "رامي خوري يشارك في مؤتمر عن الطاقة في عمان."), RAMI));
        send(story(post("nyt", NYT, "en", hours(3), "Rami Khoury speaks at an energy conference in Amman."), RAMI));
        send(denial(
                post(
                        "d1",
                        SELF,
                        "en",
                        hours(20),
                        "I deny the report that I met Iranian officials in Baghdad about a 300 million dollar arms deal."),
                List.of(),
                RAMI));
        Alert a = out().get(0);
        assertThat(ids(a).get(0)).isEqualTo("aja");
        assertThat(a.stories().get(0).reasons()).anyMatch(r -> r.contains("Baghdad ≈ بغداد"));
    }

    @Test
    void theSamePostDeliveredTwiceRaisesOneAlert() {
        start();
        Post s = story(post("s1", NYT, "en", hours(1), "Rami Khoury sold his stake."), RAMI);
        Post d = denial(post("d1", SELF, "en", hours(5), "I deny selling my stake."), List.of(), RAMI);
        send(s);
        send(d);
        send(s);
        send(d);
        List<Alert> out = out();
        assertThat(out).hasSize(1);
        assertThat(ids(out.get(0))).containsExactly("s1");
    }

    @Test
    void anOriginalRanksAboveItsLaterRepost() {
        start();
        Post original = story(post("s1", NYT, "en", hours(1), "Rami Khoury sold his stake in the port."), RAMI);
        send(original);
        send(story(repost("r1", AGGREGATOR, hours(8), original), RAMI));
        send(denial(post("d1", SELF, "en", hours(9), "I deny selling my stake in the port."), List.of(), RAMI));
        Alert a = out().get(0);
        assertThat(ids(a)).containsExactly("s1", "r1");
        assertThat(a.stories().get(1).reasons()).contains("a repost, not the original report");
    }

    /** Stories s{@code from} .. s{@code to} about Rami, story i published at hour i. */
    private void sendRamiStories(int from, int to) {
        for (int i = from; i <= to; i++) {
            send(story(post("s" + i, NYT, "en", hours(i), "Rami Khoury story number " + i), RAMI));
        }
    }

    @Test
    void onlyTheNewestStoriesUpToTheCapAreKeptPerPerson() {
        start(settings(3, 10));
        sendRamiStories(1, 6);
        send(denial(post("d1", SELF, "en", hours(10), "I deny it."), List.of(), RAMI));
        assertThat(ids(out().get(0))).containsExactlyInAnyOrder("s4", "s5", "s6");
    }

    @Test
    void storiesFiledAndDroppedAfterAPersonWasRankedAreRankedAsTheIndexNowHoldsThem() {
        start(settings(3, 10));
        sendRamiStories(1, 3);
        send(denial(post("d1", SELF, "en", hours(4), "I deny it."), List.of(), RAMI));
        assertThat(ids(out().get(0))).containsExactlyInAnyOrder("s1", "s2", "s3");
        // the ranking above read Rami's stories; the three newer ones push the first three out
        sendRamiStories(5, 7);
        send(denial(post("d2", SELF, "en", hours(10), "I deny it again."), List.of(), RAMI));
        Alert second = out().get(0);
        assertThat(ids(second)).containsExactlyInAnyOrder("s5", "s6", "s7");
        // what the desk is shown of each story is read from the index, not only its ranking features
        assertThat(second.stories())
                .allSatisfy(r -> assertThat(r.url()).isEqualTo("https://example.org/" + r.postId()));
    }

    @Test
    void overTheCapTheOldestTenthOfTheCapGoesAtOnce() {
        start(settings(20, 30));
        sendRamiStories(1, 21);
        send(denial(post("d1", SELF, "en", hours(30), "I deny it."), List.of(), RAMI));
        // the 21st story went over the cap of 20: the oldest 3 went (21 - 18), not only 1
        assertThat(ids(out().get(0)))
                .hasSize(18)
                .doesNotContain("s1", "s2", "s3")
                .contains("s4", "s21");
    }

    @Test
    void aLateStoryOlderThanEveryKeptOneIsTheOneTheCapDrops() {
        start(settings(3, 10));
        sendRamiStories(2, 7);
        // expiry remembers where the kept stories start; a story filed before that must move it back
        send(story(post("s1", NYT, "en", hours(1), "Rami Khoury story number 1"), RAMI));
        send(denial(post("d1", SELF, "en", hours(10), "I deny it."), List.of(), RAMI));
        assertThat(ids(out().get(0))).containsExactlyInAnyOrder("s5", "s6", "s7");
    }

    @Test
    void aPostWithoutATimestampCountsAtItsFetchTimeAndIsFlagged() {
        start();
        send(story(post("s1", NYT, "en", T0.minus(Duration.ofHours(3)), "Rami Khoury sold his stake."), RAMI));
        Post undated = denial(
                new Post(
                        "d1",
                        SELF.id(),
                        null,
                        null,
                        T0,
                        SELF,
                        "en",
                        null,
                        "I deny selling my stake.",
                        null,
                        null,
                        null,
                        null),
                List.of(),
                RAMI);
        send(undated);
        Alert a = out().get(0);
        assertThat(a.flags()).containsExactly(EventTime.FLAG);
        assertThat(ids(a)).containsExactly("s1");
    }

    @Test
    void aPostDatedInTheFutureCountsAtItsFetchTimeAndIsFlagged() {
        start();
        send(story(post("s1", NYT, "en", T0.minus(Duration.ofHours(3)), "Rami Khoury sold his stake."), RAMI));
        Post future = denial(
                new Post(
                        "d1",
                        SELF.id(),
                        null,
                        T0.plus(Duration.ofDays(30)),
                        T0,
                        SELF,
                        "en",
                        null,
                        "I deny selling my stake.",
                        null,
                        null,
                        null,
                        null),
                List.of(),
                RAMI);
        send(future);
        Alert a = out().get(0);
        assertThat(a.flags()).containsExactly(EventTime.FLAG);
        // counted at fetched_at, so the story three hours earlier is within its look-back
        assertThat(ids(a)).containsExactly("s1");
        assertThat(a.stories().get(0).reasons()).contains("published 3 h before the denial");
    }
}
