package io.denialwatch.common.text;

/**
 * The words the tokeniser made lately, so that a word seen before is handed out as the same
 * {@code String} instead of a new one: words in news follow Zipf's law, so most of a post's words
 * are among a few thousand. A word handed out again costs no allocation, carries its hash already,
 * and is the very key a {@link WordMemo} filed it under, so each memo it is looked up in finds it
 * by identity rather than by comparing its chars. Made anew for each post, the strings were two thirds of
 * what tokenising allocated.
 *
 * <p>A direct-mapped table of fixed size, one per thread (no locking; the tokeniser runs on many
 * threads): a word whose slot holds another one replaces it. Which instance a word is handed out
 * as never changes what it is, only what it costs.
 */
final class RecentWords {
    /** Slots per thread, a power of two: about half a megabyte with the words they hold. */
    private static final int SLOTS = 1 << 13;
    /** Longer words are rare and seldom repeated: not kept. */
    private static final int MAX_LENGTH = 32;

    private static final ThreadLocal<RecentWords> PER_THREAD = ThreadLocal.withInitial(RecentWords::new);

    private final String[] slots = new String[SLOTS];

    private RecentWords() {}

    /** This thread's table. */
    static RecentWords get() {
        return PER_THREAD.get();
    }

    /** {@code s.substring(from, to)}, as the instance handed out last time when it is still kept. */
    String word(String s, int from, int to) {
        int length = to - from;
        if (length > MAX_LENGTH) {
            return s.substring(from, to);
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + s.charAt(k); // String.hashCode's, so the slot follows from the word alone
        }
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        String kept = slots[slot];
        if (kept != null && kept.length() == length && kept.hashCode() == h && kept.regionMatches(0, s, from, length)) {
            return kept;
        }
        String word = s.substring(from, to);
        slots[slot] = word;
        return word;
    }
}
