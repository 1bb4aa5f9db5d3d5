package io.denialwatch.stream.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.json.JsonSerde;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.pipeline.Parsed;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The repartitioned join event: what is written is what is read, and what cannot be read says why. */
class PersonEventWireTest {
    private static final Instant AT = EncodedStoryTest.AT;
    private static final StoryRecord STORY = EncodedStoryTest.STORY;

    @Test
    void aStoryCrossesAsTheBytesTheStoryIndexFiles() {
        EncodedStory sent = EncodedStory.of(STORY);
        PersonEvent.Story read =
                (PersonEvent.Story) roundTrip(new PersonEvent.Story("ahmed-al-sharaa", "x:nytimes-1", AT, true, sent));

        assertThat(read.personId()).isEqualTo("ahmed-al-sharaa");
        assertThat(read.postId()).isEqualTo("x:nytimes-1");
        assertThat(read.eventTime()).isEqualTo(AT);
        assertThat(read.timeFromFetchedAt()).isTrue();
        assertThat(read.story().bytes()).isEqualTo(sent.bytes());
        assertThat(read.story().record()).isEqualTo(STORY.withoutTerms());
    }

    @Test
    void aDenialCarriesWhatItsAlertShows() {
        Post post = new Post(
                "x:presidency-1",
                "x",
                "https://x.com/presidency/1",
                AT,
                AT.plusSeconds(3),
                new Account("presidency", "SyPresidency", "Syrian Presidency", AccountKind.OFFICIAL),
                "ar",
                null,
                "نفت الرئاسة \"ما نشرته الصحيفة\"",
                List.of("https://example.org"),
                null,
                null,
                null);
        Analysis analysis = new Analysis("x:presidency-1", "ar", true, 0.93, List.of(), null, List.of(), List.of());
        DenialEvent denial = new DenialEvent(
                post, analysis, Set.of("c:interview", "kl:shr|sharaa"), Set.of("nytimes"), List.of("ما نشرته"), null);
        PersonEvent.Denial read =
                (PersonEvent.Denial) roundTrip(new PersonEvent.Denial("ahmed-al-sharaa", post.id(), AT, false, denial));

        assertThat(read.denial()).isEqualTo(denial);
        assertThat(read.denial().isReported()).isFalse();
        assertThat(read.eventTime()).isEqualTo(AT);

        DenialEvent live = new DenialEvent(post, analysis, Set.of(), Set.of(), List.of(), AT.plusSeconds(4));
        PersonEvent.Denial liveRead =
                (PersonEvent.Denial) roundTrip(new PersonEvent.Denial("ahmed-al-sharaa", post.id(), AT, false, live));
        assertThat(liveRead.denial().enteredAt()).isEqualTo(AT.plusSeconds(4));
    }

    @Test
    void anEventOfAnotherFormatVersionIsADeadLetterNotAnException() {
        byte[] bytes = PersonEventWire.write(
                new PersonEvent.Story("ahmed-al-sharaa", "x:nytimes-1", AT, false, EncodedStory.of(STORY)));
        bytes[0] = 2;
        Parsed<PersonEvent> read = PersonEventWire.SERDE.deserializer().deserialize("by-person", bytes);

        assertThat(read.isOk()).isFalse();
        assertThat(read.deadLetter().stage()).isEqualTo("stream.join");
        assertThat(read.deadLetter().reason())
                .isEqualTo("a join event of format version 2, which this version of denialwatch does not read "
                        + "(it reads 1); run the version that wrote it, or a newer one");
        assertThat(read.deadLetter().payload()).startsWith("base64:Al");
    }

    @Test
    void aDamagedEventIsADeadLetterNotAnException() {
        byte[] whole = PersonEventWire.write(
                new PersonEvent.Story("ahmed-al-sharaa", "x:nytimes-1", AT, false, EncodedStory.of(STORY)));
        for (int cut : new int[] {1, 2, 9, whole.length / 2, whole.length - 1}) {
            Parsed<PersonEvent> read =
                    PersonEventWire.SERDE.deserializer().deserialize("by-person", Arrays.copyOf(whole, cut));
            assertThat(read.isOk()).as("cut at %d", cut).isFalse();
            assertThat(read.deadLetter().reason()).startsWith("a damaged join event of format version 1");
        }
        Parsed<PersonEvent> empty = PersonEventWire.SERDE.deserializer().deserialize("by-person", new byte[0]);
        assertThat(empty.deadLetter().reason()).isEqualTo("an empty join event");
    }

    @Test
    void anEventWrittenAsSmileByAnEarlierVersionStillReads() {
        PersonEvent sent = new PersonEvent.Story("ahmed-al-sharaa", "x:nytimes-1", AT, false, EncodedStory.of(STORY));
        byte[] smile = JsonSerde.compact(PersonEvent.class).serializer().serialize("by-person", sent);
        Parsed<PersonEvent> read = PersonEventWire.SERDE.deserializer().deserialize("by-person", smile);

        assertThat(read.isOk()).isTrue();
        assertThat(((PersonEvent.Story) read.value()).story().record()).isEqualTo(STORY.withoutTerms());
    }

    private static PersonEvent roundTrip(PersonEvent ev) {
        byte[] wire = PersonEventWire.SERDE.serializer().serialize("by-person", Parsed.ok(ev));
        assertThat(wire[0]).isEqualTo(PersonEventWire.VERSION);
        Parsed<PersonEvent> read = PersonEventWire.SERDE.deserializer().deserialize("by-person", wire);
        assertThat(read.isOk()).as("%s", read.deadLetter()).isTrue();
        return read.value();
    }
}
