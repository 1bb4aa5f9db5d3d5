package io.denialwatch.stream.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.json.Json;
import io.denialwatch.common.json.JsonSerde;
import io.denialwatch.stream.pipeline.Parsed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** A story crosses the repartition as the bytes the story index keeps, and older records still read. */
class EncodedStoryTest {
    static final Instant AT = Instant.parse("2025-11-13T20:00:00Z");
    /** A filed story, for the tests of what carries it. */
    static final StoryRecord STORY = new StoryRecord(
            "x:nytimes-1",
            "https://www.nytimes.com/1",
            "The New York Times",
            Set.of("nytimes"),
            AT,
            "en",
            "Syria and the coalition",
            "Ahmed al-Sharaa worked with the coalition since 2016.",
            Set.of("coalition", "2016"),
            Map.of("la:shr", "sharaa"),
            List.of("worked with the coalition"),
            false,
            "alias");

    private final Serde<PersonEvent> events = JsonSerde.compact(PersonEvent.class);

    @Test
    void aStoryIsFiledWithTheBytesItCrossedTheRepartitionWith() {
        EncodedStory sent = EncodedStory.of(STORY);
        byte[] wire = PersonEventWire.SERDE
                .serializer()
                .serialize(
                        "by-person",
                        Parsed.ok(new PersonEvent.Story("ahmed-al-sharaa", "x:nytimes-1", AT, false, sent)));
        PersonEvent.Story read = (PersonEvent.Story) PersonEventWire.SERDE
                .deserializer()
                .deserialize("by-person", wire)
                .value();

        assertThat(read.postId()).isEqualTo("x:nytimes-1");
        byte[] filed = EncodedStory.SERDE.serializer().serialize("dw-stories", read.story());
        assertThat(filed).isEqualTo(sent.bytes());
        // what the index reads back is the story that was sent, and its features are in front
        EncodedStory stored = EncodedStory.SERDE.deserializer().deserialize("dw-stories", filed);
        assertThat(stored.features().publishedAtMs()).isEqualTo(AT.toEpochMilli());
        assertThat(terms(stored.features(), "coalition", "sharaa", "2016")).containsExactly("coalition", "2016");
        long[] marks = new long[1];
        stored.features().markSharedNames(new long[] {TermHash.of("la:shr")}, new int[] {0}, marks);
        assertThat(marks[0]).isEqualTo(1L);
        assertThat(stored.features().hasOutlet(TermHash.of("nytimes"))).isTrue();
        assertThat(stored.record()).isEqualTo(STORY.withoutTerms()); // its terms are in the features
    }

    @Test
    void aStoryTheIndexFiledWithItsRecordInSmileStillReads() {
        // as filed before the binary record: the same features, format 1, then the record in Smile
        byte[] current = EncodedStory.of(STORY).bytes();
        int offset = StoryFeatures.read(current).recordOffset();
        byte[] smile = JsonSerde.compact(StoryRecord.class).serializer().serialize("dw-stories", STORY.withoutTerms());
        byte[] earlier = new byte[offset + smile.length];
        System.arraycopy(current, 0, earlier, 0, offset);
        System.arraycopy(smile, 0, earlier, offset, smile.length);
        earlier[0] = StoryFeatures.SMILE_RECORD;

        EncodedStory stored = EncodedStory.SERDE.deserializer().deserialize("dw-stories", earlier);
        assertThat(stored.features().publishedAtMs()).isEqualTo(AT.toEpochMilli());
        assertThat(terms(stored.features(), "coalition", "2016")).containsExactly("coalition", "2016");
        assertThat(stored.record()).isEqualTo(STORY.withoutTerms());
    }

    @Test
    void aStoryTheIndexFiledAsAPlainRecordStillReads() {
        byte[] plain = JsonSerde.compact(StoryRecord.class).serializer().serialize("dw-stories", STORY);
        EncodedStory stored = EncodedStory.SERDE.deserializer().deserialize("dw-stories", plain);
        assertThat(stored.record()).isEqualTo(STORY);
        assertThat(terms(stored.features(), "2016")).containsExactly("2016");
    }

    /** Which of {@code terms} the story has, as ranking finds them. */
    private static List<String> terms(StoryFeatures f, String... terms) {
        List<long[]> byHash = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            byHash.add(new long[] {TermHash.of(terms[i]), i});
        }
        byHash.sort(Comparator.comparingLong(e -> e[0]));
        long[] marks = new long[1];
        f.markSharedTerms(
                byHash.stream().mapToLong(e -> e[0]).toArray(),
                byHash.stream().mapToInt(e -> (int) e[1]).toArray(),
                marks);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            if ((marks[0] & 1L << i) != 0) {
                found.add(terms[i]);
            }
        }
        return found;
    }

    @Test
    void aRepartitionRecordOfAnEarlierVersionStillReads() throws Exception {
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("person_id", "ahmed-al-sharaa");
        old.put("event_time", AT);
        old.put("time_from_fetched_at", false);
        old.put("story", STORY); // the story as an object, and no post id beside it
        PersonEvent read = events.deserializer().deserialize("by-person", Json.COMPACT.writeValueAsBytes(old));

        assertThat(read).isInstanceOf(PersonEvent.Story.class);
        assertThat(read.postId()).isEqualTo("x:nytimes-1");
        assertThat(((PersonEvent.Story) read).story().record()).isEqualTo(STORY);
    }

    @Test
    void theTextFormCarriesTheStoryToo() throws Exception {
        PersonEvent sent = new PersonEvent.Story("ahmed-al-sharaa", "x:nytimes-1", AT, false, EncodedStory.of(STORY));
        PersonEvent read = Json.MAPPER.readValue(Json.MAPPER.writeValueAsBytes(sent), PersonEvent.class);
        assertThat(((PersonEvent.Story) read).story().record()).isEqualTo(STORY.withoutTerms());
    }
}
