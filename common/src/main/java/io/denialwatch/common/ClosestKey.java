package io.denialwatch.common;

import java.util.Collection;
import java.util.Locale;

/** The known key nearest to a misspelt one, for "did you mean …" in an error message. */
public final class ClosestKey {
    private ClosestKey() {}

    /**
     * The closest of {@code known} by edit distance (case ignored), or null when none is known. No
     * cut-off: "people" is 5 edits from "persons" and still the one meant, and the message lists
     * every known key beside it anyway.
     */
    public static String of(String unknown, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String u = unknown.toLowerCase(Locale.ROOT);
        for (String k : known) {
            int d = distance(u, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** "; did you mean 'persons'? (known: persons, organizations, outlets)" */
    public static String hint(String unknown, Collection<String> known) {
        String c = of(unknown, known);
        return (c == null ? "" : "; did you mean '" + c + "'?") + " (known: " + String.join(", ", known) + ")";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
