package io.denialwatch.stream.join;

import java.util.Arrays;
import java.util.Collection;

/**
 * A 64-bit hash of a term (FNV-1a over its UTF-16 chars, then MurmurHash3's finaliser to spread
 * the bits). With 64 bits, two of a person's few thousand distinct terms share a hash about once
 * in 10^12 rankings, so the ranker may take "same hash" for "same term".
 */
final class TermHash {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private TermHash() {}

    static long of(String term) {
        long h = FNV_OFFSET;
        for (int i = 0; i < term.length(); i++) {
            h = (h ^ term.charAt(i)) * FNV_PRIME;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53d4a63L;
        return h ^ (h >>> 33);
    }

    /** The hashes of {@code terms}, sorted, for binary search. */
    static long[] sorted(Collection<String> terms) {
        long[] out = new long[terms.size()];
        int i = 0;
        for (String t : terms) {
            out[i++] = of(t);
        }
        Arrays.sort(out);
        return out;
    }
}
