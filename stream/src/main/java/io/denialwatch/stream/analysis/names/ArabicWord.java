package io.denialwatch.stream.analysis.names;

import io.denialwatch.stream.analysis.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A folded word with its Arabic article peeled off: "الويس" → stem "ويس", article. Also lists
 * the readings of a word that may carry proclitics (و ف, then ب ل ك, then ال; لل is ل + ال),
 * because "وأحمد" is "and Ahmed" and "للشرع" is "to al-Sharaa".
 */
record ArabicWord(String stem, boolean article) {

    private static final String AL = TextNormalizer.foldToString("ال");
    private static final String LIL = TextNormalizer.foldToString("لل");
    private static final char WAW = 'و';
    private static final char FA = 'ف';
    private static final String PREPOSITIONS = "بلك";
    /** An article needs a stem of at least two letters after it: "الم" is not al-M. */
    private static final int MIN_STEM = 2;

    static ArabicWord split(String word) {
        if (word.length() >= AL.length() + MIN_STEM && word.startsWith(AL)) {
            return new ArabicWord(word.substring(AL.length()), true);
        }
        return new ArabicWord(word, false);
    }

    /** Every reading of {@code word}: itself, and without each proclitic it may carry. */
    static List<ArabicWord> readings(String word) {
        List<ArabicWord> out = new ArrayList<>(4);
        addWithArticle(word, out);
        String rest = word;
        if (word.length() > 3 && (word.charAt(0) == WAW || word.charAt(0) == FA)) {
            rest = word.substring(1);
            addWithArticle(rest, out);
        }
        if (rest.length() > 3 && PREPOSITIONS.indexOf(rest.charAt(0)) >= 0) {
            addWithArticle(rest.substring(1), out);
            if (rest.startsWith(LIL)) {
                out.add(new ArabicWord(rest.substring(LIL.length()), true));
            }
        }
        return out;
    }

    private static void addWithArticle(String w, List<ArabicWord> out) {
        if (w.length() >= MIN_STEM) {
            out.add(split(w));
        }
    }
}
