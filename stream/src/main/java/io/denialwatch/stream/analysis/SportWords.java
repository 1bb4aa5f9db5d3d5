package io.denialwatch.stream.analysis;

import io.denialwatch.common.text.ArabicWord;
import io.denialwatch.common.text.Scripts;
import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.text.BundledWords;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a post is about sport: it has one of the nouns texts about clubs use in English, French
 * or Arabic (club, coach, transfer, striker, league, match …). A club named by the city its name
 * keeps ("Liverpool", "Barcelona") is the club only there; "a flat in Liverpool" is the city. The
 * nouns are in {@code sport-words.txt}.
 */
final class SportWords {

    private static final String WORDS = "/io/denialwatch/stream/analysis/sport-words.txt";

    private static final Set<String> FOLDED = folded();

    private SportWords() {}

    /** Whether {@code tokens} has one of the words. */
    static boolean in(Tokens tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (FOLDED.contains(tokens.word(i))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> folded() {
        Set<String> out = new HashSet<>();
        for (String f : BundledWords.folded(WORDS)) {
            out.add(f);
            if (!f.isEmpty() && Scripts.isArabic(f.charAt(0))) {
                ArabicWord.NAME_PREFIXES.forEach(p -> out.add(TextFold.fold(p) + f));
            }
        }
        return Set.copyOf(out);
    }
}
