package io.denialwatch.stream.join;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.List;

/**
 * What ranking reads of a filed story, laid out ahead of the story's encoded record: ranking a
 * denial against a person's hundreds of stories then reads a few numbers per story, and decodes
 * the record only for the few the alert shows. Ranking only asks "does this story have term t",
 * so terms, name keys and outlets are kept as sorted 64-bit hashes ({@link TermHash}), read in
 * place without building a string. (Whether the text holds a phrase the denial quotes is looked
 * up in the decoded text: few denials quote, and a signature of the folded text, tried, cost more
 * to write for every story than it saved.)
 *
 * <p>Layout: the format (1 byte: {@link #SMILE_RECORD} or {@link #BINARY_RECORD}, which says how
 * the record after the features is encoded), published-at epoch millis (8), repost (1), then the
 * outlet, term and name-key hashes, each list a count (4) and that many sorted longs; the
 * record's own encoding follows. A stored story that starts otherwise is a plain record, as
 * versions before the features filed it.
 */
final class StoryFeatures {
    /** Features, then the record in Smile: as filed before {@link #BINARY_RECORD}; still read. */
    static final byte SMILE_RECORD = 1;
    /** Features, then the record in {@link StoryRecordWire}'s binary form: as filed now. */
    static final byte BINARY_RECORD = 2;
    // neither is the first byte of a plain record (Smile starts with ':', text JSON with '{')

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
        return bytes.length > HEADER && (bytes[0] == SMILE_RECORD || bytes[0] == BINARY_RECORD)
                ? new StoryFeatures(bytes)
                : null;
    }

    /** How many bytes {@link #write} writes for {@code record} with {@code t} plain terms. */
    static int size(StoryRecord record, int t) {
        return HEADER
                + 12
                + 8
                        * (orEmpty(record.outletIds()).size()
                                + t
                                + (record.names() == null ? 0 : record.names().size()));
    }

    /**
     * Writes {@code record}'s features into {@code out}, for a record to follow in
     * {@link #BINARY_RECORD} form.
     *
     * @param t the record's plain terms as sorted {@link TermHash}es
     */
    static void write(StoryRecord record, long[] t, Wire.Out out) {
        long[] o = TermHash.sorted(orEmpty(record.outletIds()));
        long[] n = TermHash.sorted(
                record.names() == null ? List.of() : record.names().keySet());
        out.put(BINARY_RECORD)
                .putLong(record.publishedAt() == null ? 0 : record.publishedAt().toEpochMilli())
                .putBoolean(record.repost());
        for (long[] list : new long[][] {o, t, n}) {
            out.putInt(list.length);
            for (long h : list) {
                out.putLong(h);
            }
        }
    }

    /** How the record after the features is encoded: {@link #SMILE_RECORD} or {@link #BINARY_RECORD}. */
    byte format() {
        return buf.get(0);
    }

    long publishedAtMs() {
        return buf.getLong(1);
    }

    boolean repost() {
        return buf.get(9) != 0;
    }

    boolean hasOutlet(long hash) {
        int n = buf.getInt(outlets);
        for (int i = 0; i < n; i++) {
            if (buf.getLong(outlets + 4 + 8 * i) == hash) {
                return true;
            }
        }
        return false;
    }

    /** Whether the story has this plain term (word, number, concept; names are kept apart). */
    boolean hasTerm(long hash) {
        int lo = 0;
        int hi = buf.getInt(terms) - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long v = buf.getLong(terms + 4 + 8 * mid);
            if (v == hash) {
                return true;
            }
            if (v < hash) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return false;
    }

    /**
     * Marks, for each of {@code sorted} (ascending hashes) that is one of the story's plain terms
     * (words, numbers, concepts; names are kept apart), the bit {@code keyOf[j]} of {@code marks}.
     * Bits rather than a callback: ranking calls this for each of hundreds of stories a denial.
     */
    void markSharedTerms(long[] sorted, int[] keyOf, long[] marks) {
        mark(terms, sorted, keyOf, marks);
    }

    /** The same for the story's names, by script-tagged skeleton ({@code ka:krtm}). */
    void markSharedNames(long[] sorted, int[] keyOf, long[] marks) {
        mark(names, sorted, keyOf, marks);
    }

    /** Where the record's own encoding starts. */
    int recordOffset() {
        return recordOffset;
    }

    private int next(int list) {
        return list + 4 + 8 * buf.getInt(list);
    }

    /** Both lists are sorted: one pass over the two finds what they share. */
    private void mark(int list, long[] sorted, int[] keyOf, long[] marks) {
        int n = buf.getInt(list);
        int base = list + 4;
        int i = 0;
        int j = 0;
        while (i < n && j < sorted.length) {
            long mine = buf.getLong(base + 8 * i);
            if (mine < sorted[j]) {
                i++;
            } else if (mine > sorted[j]) {
                j++;
            } else {
                int k = keyOf[j++];
                marks[k >>> 6] |= 1L << k;
            }
        }
    }

    private static <T> Collection<T> orEmpty(Collection<T> c) {
        return c == null ? List.of() : c;
    }
}
