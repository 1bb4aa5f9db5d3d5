package io.denialwatch.stream.analysis.names;

import io.denialwatch.common.text.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a monarch's regnal name: written after the name in a text, as a Roman number
 * (Elizabeth II) or an Arabic ordinal (محمد السادس, لاون الرابع عشر), and given by a watched
 * name (Mohammed VI of Morocco). Two monarchs of one name (Mohammed V and Mohammed VI) differ in
 * it only, so a text's number names the one whose number it is.
 */
final class RegnalNumbers {

    /** A watched name's regnal number: a Roman number as its second word ("Albert II, Prince of Monaco"). */
    private static final Pattern WATCHED = Pattern.compile("^\\S+\\s+([IVX]{1,4})\\b");

    /** What makes an Arabic ordinal of one to ten a teen ("الرابع عشر", fourteenth). */
    private static final String TEEN = "عشر";
    /** The "one" of eleven ("الحادي عشر"). */
    private static final String ONE_OF_ELEVEN = "الحادي";

    /** Each Arabic ordinal with its number (its place in the list, one-based): looked up once a word. */
    private final Map<String, Integer> ordinals = new HashMap<>();

    RegnalNumbers(List<String> ordinals) {
        for (int k = 0; k < ordinals.size(); k++) {
            this.ordinals.putIfAbsent(ordinals.get(k), k + 1);
        }
    }

    /** The regnal number of watched name {@code name}, or 0 when it has none. */
    static int watched(String name) {
        Matcher m = WATCHED.matcher(name);
        return m.find() ? roman(m.group(1).toLowerCase()) : 0;
    }

    /** The number written right after word {@code i}, in its sentence, or 0 when none is. */
    int after(Tokens tokens, int i) {
        int next = i + 1;
        if (next >= tokens.size() || tokens.sentence(next) != tokens.sentence(i)) {
            return 0;
        }
        String word = tokens.word(next);
        if (!tokens.isArabic(next)) {
            // a Roman number of up to four letters (NameForm.REGNAL_NUMBER), without a regex per word
            return word.length() <= 4 ? roman(word) : 0;
        }
        int units = word.equals(ONE_OF_ELEVEN) ? 1 : ordinals.getOrDefault(word, 0);
        if (units == 0) {
            return 0;
        }
        boolean teen = next + 1 < tokens.size()
                && tokens.sentence(next + 1) == tokens.sentence(i)
                && tokens.word(next + 1).equals(TEEN);
        return teen ? units + 10 : word.equals(ONE_OF_ELEVEN) ? 0 : units;
    }

    /** A Roman number of up to four letters, folded ("xiv"), or 0 when it is not one. */
    static int roman(String folded) {
        int total = 0;
        int previous = 0;
        for (int k = folded.length() - 1; k >= 0; k--) {
            int v = switch (folded.charAt(k)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                default -> -1;
            };
            if (v < 0) {
                return 0;
            }
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
