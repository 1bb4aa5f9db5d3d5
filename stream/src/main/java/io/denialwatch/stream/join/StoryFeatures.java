package io.denialwatch.stream.join;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * What ranking reads of a filed story, laid out ahead of the story's encoded record: ranking a
 * denial against a person's hundreds of stories then reads a few numbers per story, and decodes
 * the record only for the few the alert shows. Ranking only asks "does this story have term t",
 * so terms, name keys and outlets are kept as sorted 64-bit hashes ({@link TermHash}), looked up
 * in place without building a string.
 *
 * <p>Layout: {@link #FORMAT} (1 byte), published-at epoch millis (8), repost (1), then the
 * outlet, term and name-key hashes, each list a count (4) and that many sorted longs; the
 * record's own encoding follows. A stored story that starts otherwise is a plain record, as
 * versions before this one filed it.
 */
final class StoryFeatures {
    /** Never the first byte of a plain record (Smile starts with ':', text JSON with '{'). */
    static final byte FORMAT = 1;
    private static final int HEADER = 1 + 8 + 1;

    private final ByteBuffer buf;
    private final int outlets;
    private final int terms;
    private final int names;
    private final int recordOffset;

    private StoryFeatures(byte[] bytes) {
        this.buf = ByteBuffer.wrap(bytes);
        this.outlets = HEADER;
        this.terms = next(outlets);
        this.names = next(terms);
        this.recordOffset = next(names);
    }

    /** The features of a filed story, or {@code null} when it is a plain record. */
    static StoryFeatures read(byte[] bytes) {
        return bytes.length > HEADER && bytes[0] == FORMAT ? new StoryFeatures(bytes) : null;
    }

    /** {@code record}'s features followed by {@code encoded}, its record's encoding. */
    static byte[] write(StoryRecord record, byte[] encoded) {
        long[] o = TermHash.sorted(orEmpty(record.outletIds()));
        long[] t = TermHash.sorted(orEmpty(record.terms()));
        long[] n = TermHash.sorted(record.names() == null ? List.of() : record.names().keySet());
        ByteBuffer out = ByteBuffer.allocate(HEADER + 12 + 8 * (o.length + t.length + n.length) + encoded.length);
        out.put(FORMAT)
                .putLong(record.publishedAt() == null ? 0 : record.publishedAt().toEpochMilli())
                .put((byte) (record.repost() ? 1 : 0));
        for (long[] list : new long[][] {o, t, n}) {
            out.putInt(list.length);
            Arrays.stream(list).forEach(out::putLong);
        }
        return out.put(encoded).array();
    }

    long publishedAtMs() {
        return buf.getLong(1);
    }

    boolean repost() {
        return buf.get(9) != 0;
    }

    boolean hasOutlet(long hash) {
        return contains(outlets, hash);
    }

    /** Whether the story has this plain term (word, number, concept; names are kept apart). */
    boolean hasTerm(long hash) {
        return contains(terms, hash);
    }

    /** Whether the story has a name of this script-tagged skeleton ({@code ka:sntn}). */
    boolean hasName(long hash) {
        return contains(names, hash);
    }

    /** Where the record's own encoding starts. */
    int recordOffset() {
        return recordOffset;
    }

    private int next(int list) {
        return list + 4 + 8 * buf.getInt(list);
    }

    private boolean contains(int list, long hash) {
        int lo = 0;
        int hi = buf.getInt(list) - 1;
        int base = list + 4;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long v = buf.getLong(base + 8 * mid);
            if (v < hash) {
                lo = mid + 1;
            } else if (v > hash) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static <T> Collection<T> orEmpty(Collection<T> c) {
        return c == null ? List.of() : c;
    }
}
