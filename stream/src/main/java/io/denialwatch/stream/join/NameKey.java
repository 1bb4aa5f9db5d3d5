package io.denialwatch.stream.join;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A spelling-independent key for a proper noun in any script: transliterated to ASCII Latin
 * (ICU {@code Any-Latin; Latin-ASCII}), then reduced to a consonant skeleton in which the letters
 * that scripts and transliteration habits disagree on are merged or dropped. So واشنطن and
 * Washington both give {@code sntn}, الخرطوم and Khartoum {@code krtm}, الجولاني and Jolani
 * {@code jln}. Short vowels are not written in Arabic, so every vowel, and the letters that double
 * as long vowels (w, y) or vanish in transliteration (h, the ʿayn's apostrophe), are dropped.
 */
public final class NameKey {
    private static final int CACHE_LIMIT = 50_000;
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private NameKey() {}

    /** The skeleton of one word, or an empty string when nothing distinctive is left. */
    public static String of(String word) {
        String cached = CACHE.get(word);
        if (cached != null) {
            return cached;
        }
        String latin = isAscii(word) ? word : TO_ASCII.get().transliterate(word);
        String key = skeleton(latin.toLowerCase(Locale.ROOT));
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(word, key);
        }
        return key;
    }

    static String skeleton(String s) {
        String t = s.replaceAll("[^a-z]", "")
                .replace("sh", "s")
                .replace("ch", "s")
                .replace("kh", "k")
                .replace("gh", "g")
                .replace("th", "t")
                .replace("dh", "d")
                .replace("ph", "f")
                .replace("ng", "n")
                .replace("gn", "n")
                .replace("ck", "k");
        StringBuilder b = new StringBuilder(t.length());
        char last = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = switch (t.charAt(i)) {
                case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h' -> 0;
                case 'q', 'c' -> 'k';
                case 'p' -> 'b';
                case 'v' -> 'f';
                case 'x' -> 'k';
                default -> t.charAt(i);
            };
            if (c != 0 && c != last) {
                b.append(c);
            }
            if (c != 0) {
                last = c;
            }
        }
        return b.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
