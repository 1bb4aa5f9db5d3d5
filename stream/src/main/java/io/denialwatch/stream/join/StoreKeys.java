package io.denialwatch.stream.join;

import java.time.Instant;

/**
 * Keys of the per-person stores: {@code person \u0001 time \u0001 post}. The time is zero-padded
 * epoch millis, so a person's entries sort by time and a time window is one range scan.
 */
final class StoreKeys {
    static final char SEP = '\u0001';
    private static final char AFTER_SEP = '\u0002';

    private StoreKeys() {}

    static String key(String personId, long epochMs, String postId) {
        return personId + SEP + pad(epochMs) + SEP + postId;
    }

    /** The smallest key of {@code personId} at or after {@code epochMs}. */
    static String from(String personId, long epochMs) {
        return personId + SEP + pad(epochMs);
    }

    /** A key above every key of {@code personId} at or before {@code epochMs}. */
    static String to(String personId, long epochMs) {
        return personId + SEP + pad(epochMs) + AFTER_SEP;
    }

    static String personOf(String key) {
        return key.substring(0, key.indexOf(SEP));
    }

    static long timeOf(String key) {
        int a = key.indexOf(SEP);
        return Long.parseLong(key.substring(a + 1, key.indexOf(SEP, a + 1)));
    }

    private static String pad(long epochMs) {
        String s = Long.toString(Math.max(0, epochMs));
        return "0".repeat(Math.max(0, 15 - s.length())) + s;
    }

    static long ms(Instant t) {
        return t.toEpochMilli();
    }
}
