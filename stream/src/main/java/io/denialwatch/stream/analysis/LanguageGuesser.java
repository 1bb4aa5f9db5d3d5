package io.denialwatch.stream.analysis;

import io.denialwatch.common.text.Scripts;
import io.denialwatch.common.text.Tokens;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses ar, en or fr. A language given by the source wins unless the text plainly says
 * otherwise (see {@link #guess}); the script decides Arabic
 * (a post mostly in Arabic letters is Arabic even when it names "The Media Line"), and a vote of
 * frequent function words splits English from French. Detector libraries were weighed and left
 * out: the three languages we serve are told apart reliably by these two cheap signals, and the
 * analyser's time budget is a few microseconds.
 */
public final class LanguageGuesser {

    private static final Set<String> ENGLISH = Set.of(
            "the", "and", "of", "to", "is", "was", "that", "said", "has", "have", "not", "with", "his", "her", "for",
            "it", "this", "by", "on", "in", "did", "never", "he", "she", "they", "we", "i", "my", "are", "been", "from",
            "any", "an", "no", "would", "who");
    private static final Set<String> FRENCH = Set.of(
            "le", "la", "les", "des", "de", "du", "et", "est", "que", "qui", "une", "un", "pas", "il", "elle", "sur",
            "pour", "dans", "au", "aux", "ce", "cette", "ses", "son", "sa", "ne", "n", "l", "d", "qu", "a", "été",
            "ete", "avoir", "je", "nous", "selon", "avec", "par", "mais");
    private static final int MAX_WORDS = 200;

    private LanguageGuesser() {}

    /**
     * The language to analyse {@code tokens} in. {@code declared} (from the source) is used unless
     * the text plainly says otherwise: a feed declares one language for all its items, and an
     * Arabic item in a feed declared {@code en} is Arabic. "Plainly" is the script (more Arabic
     * words than Latin ones, or no Arabic word among several Latin ones), or, between English
     * and French, a clear majority of function words; anything less keeps the declared language.
     */
    public static String guess(String declared, Tokens tokens) {
        Votes v = Votes.of(tokens);
        String given = primary(declared);
        if (given == null) {
            return v.arabicScript() ? "ar" : v.fr > v.en ? "fr" : "en";
        }
        if (!given.equals("ar") && v.arabicScript()) {
            return "ar";
        }
        if (given.equals("ar") && v.arabic == 0 && v.latin >= MIN_EVIDENCE) {
            return v.fr > v.en ? "fr" : "en";
        }
        if (given.equals("en") && v.clearly(v.fr, v.en)) {
            return "fr";
        }
        if (given.equals("fr") && v.clearly(v.en, v.fr)) {
            return "en";
        }
        return given;
    }

    /** Words that outvote a declared language: a headline-length text, not a stray name or quote. */
    private static final int MIN_EVIDENCE = 3;

    /** What the first words of a text say about its language. */
    private record Votes(int arabic, int latin, int en, int fr) {

        static Votes of(Tokens tokens) {
            int arabic = 0;
            int latin = 0;
            int en = 0;
            int fr = 0;
            int n = Math.min(tokens.size(), MAX_WORDS);
            for (int i = 0; i < n; i++) {
                String w = tokens.word(i);
                char c = w.charAt(0);
                if (Scripts.isArabic(c)) {
                    arabic++;
                } else if (Scripts.isLatin(c)) {
                    latin++;
                    if (ENGLISH.contains(w)) {
                        en++;
                    }
                    if (FRENCH.contains(w)) {
                        fr++;
                    }
                }
            }
            return new Votes(arabic, latin, en, fr);
        }

        /** Mostly Arabic letters: Arabic, even when it names "The Media Line". */
        boolean arabicScript() {
            return arabic > 0 && arabic >= latin;
        }

        /** {@code winner}'s function words are enough and at least twice {@code loser}'s. */
        boolean clearly(int winner, int loser) {
            return winner >= MIN_EVIDENCE && winner >= 2 * loser;
        }
    }

    /** "ar-SY" → "ar"; null for blank or unknown tags. */
    static String primary(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String tag = declared.trim().toLowerCase(Locale.ROOT);
        int dash = tag.indexOf('-') >= 0 ? tag.indexOf('-') : tag.indexOf('_');
        String primary = dash > 0 ? tag.substring(0, dash) : tag;
        return switch (primary) {
            case "ar", "en", "fr" -> primary;
            default -> null;
        };
    }
}
