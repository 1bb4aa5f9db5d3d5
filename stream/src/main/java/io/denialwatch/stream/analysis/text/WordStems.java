package io.denialwatch.stream.analysis.text;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;

/**
 * The stem of a folded word, by Lucene's French light stemmer (Apache License 2.0): gender,
 * number and the common verb endings go ("infondées" → "infond", "démenties" → "dement",
 * "mensongère" → "mensong"), so a cue written once also matches the inflected forms a lexicon does
 * not list. French only: on the dev items no cue was written from, French recall rose most with
 * stems (docs/detection.md), while Lucene's Arabic stemmer read listed objects as cues (الشائعات,
 * rumours, as the truth phrase شائعة) and its minimal English one only strips plurals the
 * lexicon lists. The stemmer keeps no state, so one serves every thread.
 */
public final class WordStems {

    private static final FrenchLightStemmer FRENCH = new FrenchLightStemmer();

    private WordStems() {}

    /** Whether words of {@code lang} are matched through stems too. */
    public static boolean stems(String lang) {
        return lang.equals("fr");
    }

    /** The stemmer of {@code lang} over folded words ({@link #stems} must hold). */
    public static UnaryOperator<String> of(String lang) {
        if (!stems(lang)) {
            throw new IllegalArgumentException("no stemmer for language " + lang);
        }
        return word -> {
            char[] chars = word.toCharArray();
            return new String(chars, 0, FRENCH.stem(chars, chars.length));
        };
    }
}
