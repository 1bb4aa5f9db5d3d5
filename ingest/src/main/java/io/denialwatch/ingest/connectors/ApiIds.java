package io.denialwatch.ingest.connectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Platform ids are strings. Mastodon and X ids are 64-bit numbers in decimal, so they compare by
 * length then digits; servers speaking Mastodon's API with other ids (Pleroma) compare as text.
 */
final class ApiIds {
    static final Comparator<String> ORDER = (a, b) -> {
        if (isDigits(a) && isDigits(b)) {
            String x = a.replaceFirst("^0+(?=.)", "");
            String y = b.replaceFirst("^0+(?=.)", "");
            return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
        }
        return a.compareTo(b);
    };

    private ApiIds() {}

    /** The values in id order, oldest first. */
    static <T> List<T> inIdOrder(Map<String, T> byId) {
        List<String> ids = new ArrayList<>(byId.keySet());
        ids.sort(ORDER);
        return ids.stream().map(byId::get).toList();
    }

    static boolean isDigits(String s) {
        return s != null && !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    static String max(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return ORDER.compare(a, b) >= 0 ? a : b;
    }
}
