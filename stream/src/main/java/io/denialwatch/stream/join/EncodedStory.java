package io.denialwatch.stream.join;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.json.JsonSerde;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A {@link StoryRecord} that is encoded once, before the repartition, and travels as those bytes
 * through the repartition topic into the story index: the join files a story without decoding
 * and encoding it again. The bytes are the story's {@link StoryFeatures} (what ranking reads,
 * its terms among it) followed by the rest of the record in binary ({@link StoryRecordWire}),
 * which is decoded only for the stories an alert shows.
 * A story filed by an earlier version (features then Smile, or a plain Smile record) still reads
 * and ranks.
 */
public final class EncodedStory {
    private static final Serde<StoryRecord> RECORDS = JsonSerde.compact(StoryRecord.class);
    /** The story index's serde: bytes in, bytes out, decoded only on demand. */
    public static final Serde<EncodedStory> SERDE = Serdes.serdeFrom(
            (topic, story) -> story == null ? null : story.bytes(),
            (topic, bytes) -> bytes == null ? null : new EncodedStory(bytes, null));

    private byte[] bytes;
    private StoryRecord record;
    private StoryFeatures features;
    /** The record's terms as sorted hashes, when they were worked out without the record's terms. */
    private final long[] termHashes;

    private EncodedStory(byte[] bytes, StoryRecord record, long[] termHashes) {
        this.bytes = bytes;
        this.record = record;
        this.termHashes = termHashes;
    }

    private EncodedStory(byte[] bytes, StoryRecord record) {
        this(bytes, record, null);
    }

    public static EncodedStory of(StoryRecord record) {
        return new EncodedStory(null, record);
    }

    /**
     * A story whose terms are given as their sorted, distinct {@link TermHash}es, as the story
     * index files them ({@link Terms#filed}); the record's own terms are not read.
     */
    static EncodedStory of(StoryRecord record, long[] termHashes) {
        return new EncodedStory(null, record, termHashes);
    }

    /** A story as bytes the story index or a join event carried. */
    static EncodedStory ofBytes(byte[] bytes) {
        return new EncodedStory(bytes, null);
    }

    /**
     * Reads the form a repartition record carries: bytes (binary in Smile, base64 in text JSON),
     * or, from a version before this one, the story as an object.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static EncodedStory read(Object form) {
        if (form instanceof byte[] b) {
            return new EncodedStory(b, null);
        }
        if (form instanceof String base64) {
            return new EncodedStory(Base64.getDecoder().decode(base64), null);
        }
        return of(Json.COMPACT.convertValue(form, StoryRecord.class));
    }

    @JsonValue
    public byte[] bytes() {
        if (bytes == null) {
            long[] terms = termHashes != null ? termHashes : termHashesOf(record);
            Wire.Out out = StoryFeatures.write(record, terms, StoryRecordWire.sizeHint(record));
            StoryRecordWire.write(record, out); // its terms are in the features
            bytes = out.toBytes();
        }
        return bytes;
    }

    /** The whole story, for the desk: decoded on first use. */
    public StoryRecord record() {
        if (record == null) {
            features(); // which decodes a plain record already
        }
        if (record == null) {
            record = features.format() == StoryFeatures.BINARY_RECORD
                    ? StoryRecordWire.read(new Wire.In(bytes, features.recordOffset()))
                    : RECORDS.deserializer()
                            .deserialize(null, Arrays.copyOfRange(bytes, features.recordOffset(), bytes.length));
        }
        return record;
    }

    /** What ranking reads, without decoding the record. */
    StoryFeatures features() {
        if (features == null) {
            features = StoryFeatures.read(bytes());
            if (features == null) {
                // filed by an earlier version: a plain record, whose features are worked out here
                record = RECORDS.deserializer().deserialize(null, bytes);
                features = StoryFeatures.read(
                        StoryFeatures.write(record, termHashesOf(record), 0).toBytes());
            }
        }
        return features;
    }

    private static long[] termHashesOf(StoryRecord record) {
        return TermHash.sorted(record.terms() == null ? List.of() : record.terms());
    }
}
