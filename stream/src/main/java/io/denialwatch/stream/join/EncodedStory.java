package io.denialwatch.stream.join;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.json.JsonSerde;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
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
    /** Where the record is read from, for a story kept with its features alone ({@link #trimmed}); else null. */
    private final Supplier<StoryRecord> recordSource;

    private EncodedStory(byte[] bytes, StoryRecord record, long[] termHashes) {
        this(bytes, record, termHashes, null);
    }

    private EncodedStory(byte[] bytes, StoryRecord record, long[] termHashes, Supplier<StoryRecord> recordSource) {
        this.bytes = bytes;
        this.record = record;
        this.termHashes = termHashes;
        this.recordSource = recordSource;
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
            Wire.Out out = new Wire.Out(sizeHint());
            encode(out);
            bytes = out.toBytes();
        }
        return bytes;
    }

    /** How many bytes {@link #bytes} are, so a buffer for them is neither grown nor copied. */
    int sizeHint() {
        if (bytes != null) {
            return bytes.length;
        }
        int terms = termHashes != null
                ? termHashes.length
                : record.terms() == null ? 0 : record.terms().size();
        return StoryFeatures.size(record, terms) + StoryRecordWire.size(record);
    }

    /**
     * Writes the story into {@code out} as {@link Wire.Out#putBytes} writes {@link #bytes}: a story
     * not encoded yet (the usual one, on its way into the repartition topic) is encoded right
     * there, not into bytes of its own that are then copied.
     */
    void writeTo(Wire.Out out) {
        if (bytes != null) {
            out.putBytes(bytes);
            return;
        }
        int start = out.startLength();
        encode(out);
        out.endLength(start);
    }

    /** The features, then the record in binary; its terms are in the features. */
    private void encode(Wire.Out out) {
        StoryFeatures.write(record, terms(), out);
        StoryRecordWire.write(record, out);
    }

    private long[] terms() {
        return termHashes != null ? termHashes : termHashesOf(record);
    }

    /**
     * This story as ranking keeps it in memory ({@link CachedStories}): a copy of its features
     * alone, the record read through {@code record} whenever asked for (not kept, so the copy stays
     * small). Only ranked, never written. A story filed by an earlier version, whose bytes hold no
     * features, is kept whole.
     */
    EncodedStory trimmed(Supplier<StoryRecord> record) {
        StoryFeatures f = features(); // decodes the record of a story whose bytes hold no features
        if (this.record != null || bytes == null) {
            return this;
        }
        return new EncodedStory(Arrays.copyOf(bytes, f.recordOffset()), null, null, record);
    }

    /** The bytes this story keeps in memory. */
    int size() {
        return bytes == null ? 0 : bytes.length;
    }

    /** The whole story, for the desk: decoded on first use. */
    public StoryRecord record() {
        if (recordSource != null) {
            return recordSource.get();
        }
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
                long[] terms = termHashesOf(record);
                Wire.Out out = new Wire.Out(StoryFeatures.size(record, terms.length));
                StoryFeatures.write(record, terms, out);
                features = StoryFeatures.read(out.toBytes());
            }
        }
        return features;
    }

    private static long[] termHashesOf(StoryRecord record) {
        return TermHash.sorted(record.terms() == null ? List.of() : record.terms());
    }
}
