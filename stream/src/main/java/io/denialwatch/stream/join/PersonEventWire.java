package io.denialwatch.stream.join;

import io.denialwatch.common.json.JsonSerde;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.DeadLetter;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.pipeline.Parsed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The serde of the {@code by-person} repartition topic: a {@link PersonEvent} in a compact,
 * versioned binary form, written once per event and read once, with no field names and no
 * reflection.
 *
 * <p>Layout of {@link #VERSION} 1: the version (1 byte), the kind ({@code 'S'} story, {@code 'D'}
 * denial), person id, post id, event time (epoch millis), whether that time is the fetch time;
 * then a story's bytes exactly as the story index files them ({@link EncodedStory}), or a
 * denial's post and analysis (Smile: the alert shows them whole, and only denials carry them),
 * terms, outlet ids, quotes and entry time ({@link Long#MIN_VALUE}: none). Texts and lists are
 * written as {@link Wire} writes them.
 *
 * <p>Reading never throws: a record of another version, or one that cannot be read, comes back
 * as a dead letter saying why, so the topology writes it to {@code dw.deadletter} and goes on.
 * Records written as Smile or JSON by versions before this one (a rolling upgrade leaves some in
 * the topic) still read.
 */
public final class PersonEventWire {
    /** The version this code writes. A newer one is refused, not guessed at. */
    static final byte VERSION = 1;

    static final String STAGE = "stream.join";
    private static final byte STORY = 'S';
    private static final byte DENIAL = 'D';
    private static final long NO_TIME = Long.MIN_VALUE;
    private static final int PAYLOAD_BYTES = 512;

    private static final JsonSerde<PersonEvent> EARLIER = JsonSerde.compact(PersonEvent.class);
    private static final JsonSerde<Post> POSTS = JsonSerde.compact(Post.class);
    private static final JsonSerde<Analysis> ANALYSES = JsonSerde.compact(Analysis.class);

    /** The repartition topic's serde. */
    public static final Serde<Parsed<PersonEvent>> SERDE = Serdes.serdeFrom(serializer(), deserializer());

    private PersonEventWire() {}

    private static Serializer<Parsed<PersonEvent>> serializer() {
        return (topic, parsed) -> {
            if (parsed == null) {
                return null;
            }
            if (!parsed.isOk()) {
                throw new IllegalStateException("a dead letter is not a join event: " + parsed.deadLetter());
            }
            return write(parsed.value());
        };
    }

    private static Deserializer<Parsed<PersonEvent>> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(topic, bytes);
    }

    static byte[] write(PersonEvent ev) {
        byte[] personId = ev.personId().getBytes(StandardCharsets.UTF_8);
        byte[] postId = ev.postId().getBytes(StandardCharsets.UTF_8);
        // version, kind, the two ids' lengths, event time, the flag
        int header = 1 + 1 + Integer.BYTES + personId.length + Integer.BYTES + postId.length + Long.BYTES + 1;
        Wire.Out out;
        if (ev instanceof PersonEvent.Story s) {
            // sized exactly, so the story's bytes are copied once, into the event, and no more
            byte[] story = s.story().bytes();
            out = header(ev, STORY, personId, postId, header + Integer.BYTES + story.length)
                    .putBytes(story);
        } else {
            DenialEvent d = ((PersonEvent.Denial) ev).denial();
            byte[] post = POSTS.serializer().serialize(null, d.post());
            byte[] analysis = ANALYSES.serializer().serialize(null, d.analysis());
            out = header(ev, DENIAL, personId, postId, header + post.length + analysis.length + 256)
                    .putBytes(post)
                    .putBytes(analysis)
                    .putStrings(d.terms())
                    .putStrings(d.outletIds())
                    .putStrings(d.quotes())
                    .putLong(d.enteredAt() == null ? NO_TIME : d.enteredAt().toEpochMilli());
        }
        return out.toBytes();
    }

    /** The header of every event; the ids as their UTF-8 bytes, written as {@link Wire.Out#putString} writes a text. */
    private static Wire.Out header(PersonEvent ev, byte kind, byte[] personId, byte[] postId, int capacity) {
        return new Wire.Out(capacity)
                .put(VERSION)
                .put(kind)
                .putBytes(personId)
                .putBytes(postId)
                .putLong(ev.eventTime().toEpochMilli())
                .putBoolean(ev.timeFromFetchedAt());
    }

    /** The event in {@code bytes}, or a dead letter saying why there is none; never throws. */
    static Parsed<PersonEvent> read(String topic, byte[] bytes) {
        if (bytes.length == 0) {
            return unreadable(topic, bytes, "an empty join event");
        }
        byte version = bytes[0];
        if (version == ':' || version == '{') {
            try {
                return Parsed.ok(EARLIER.deserializer().deserialize(topic, bytes));
            } catch (RuntimeException e) {
                return unreadable(
                        topic, bytes, "a join event of an earlier version that cannot be read: " + e.getMessage());
            }
        }
        if (version != VERSION) {
            return unreadable(
                    topic,
                    bytes,
                    "a join event of format version " + (version & 0xff) + ", which this version of denialwatch "
                            + "does not read (it reads " + VERSION
                            + "); run the version that wrote it, or a newer one");
        }
        try {
            return Parsed.ok(readCurrent(bytes));
        } catch (RuntimeException e) {
            return unreadable(topic, bytes, "a damaged join event of format version " + VERSION + ": " + e);
        }
    }

    private static PersonEvent readCurrent(byte[] bytes) {
        Wire.In in = new Wire.In(bytes, 1);
        byte kind = in.get();
        String personId = in.getString();
        String postId = in.getString();
        Instant eventTime = Instant.ofEpochMilli(in.getLong());
        boolean fromFetched = in.getBoolean();
        PersonEvent ev;
        if (kind == STORY) {
            ev = new PersonEvent.Story(personId, postId, eventTime, fromFetched, EncodedStory.ofBytes(in.getBytes()));
        } else if (kind == DENIAL) {
            Post post = POSTS.deserializer().deserialize(null, in.getBytes());
            Analysis analysis = ANALYSES.deserializer().deserialize(null, in.getBytes());
            var terms = in.getStringSet();
            var outletIds = in.getStringSet();
            var quotes = in.getStringList();
            long entered = in.getLong();
            ev = new PersonEvent.Denial(
                    personId,
                    postId,
                    eventTime,
                    fromFetched,
                    new DenialEvent(
                            post,
                            analysis,
                            terms,
                            outletIds,
                            quotes,
                            entered == NO_TIME ? null : Instant.ofEpochMilli(entered)));
        } else {
            throw new IllegalArgumentException("unknown kind " + (kind & 0xff));
        }
        if (!in.atEnd()) {
            throw new IllegalArgumentException("bytes left after the event");
        }
        return ev;
    }

    private static Parsed<PersonEvent> unreadable(String topic, byte[] bytes, String why) {
        return unreadable(STAGE, topic, bytes, why);
    }

    /** The dead letter of a record of a repartition topic that cannot be read: why, and its first bytes. */
    static <T> Parsed<T> unreadable(String stage, String topic, byte[] bytes, String why) {
        byte[] head = bytes.length <= PAYLOAD_BYTES ? bytes : java.util.Arrays.copyOf(bytes, PAYLOAD_BYTES);
        return Parsed.failed(
                DeadLetter.of(stage, why, topic, "base64:" + Base64.getEncoder().encodeToString(head)));
    }
}
