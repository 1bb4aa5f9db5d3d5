package io.denialwatch.common.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic proclitics, in one place: a folded word with its article peeled off ("الويس" → stem
 * "ويس", article), the readings of a word that may carry proclitics (و ف, then ب ل ك, then ال;
 * لل is ل + ال), because "وأحمد" is "and Ahmed" and "للشرع" is "to al-Sharaa", and the one stem
 * an open vocabulary keeps of a word ({@link #stem}).
 *
 * @param stem    the word without its article
 * @param article whether the article was peeled off
 */
public record ArabicWord(String stem, boolean article) {

    /** The proclitics, alone and in the pairs seen in front of a name (لنيويورك تايمز, وبالجزيرة). */
    public static final List<String> NAME_PREFIXES =
            List.of("و", "ف", "ب", "ل", "ك", "ال", "لل", "وب", "ول", "وال", "بال");

    private static final String AL = "ال";
    private static final String LIL = "لل";
    /** The conjunctions, and the prepositions that may follow them. */
    private static final String CONJUNCTIONS = "وف";

    private static final String PREPOSITIONS = "بلك";
    /** An article needs a stem of at least two letters after it: "الم" is not al-M. */
    private static final int MIN_STEM = 2;

    /** The word without its article, if it has one. */
    public static ArabicWord split(String word) {
        if (word.length() >= AL.length() + MIN_STEM && word.startsWith(AL)) {
            return new ArabicWord(word.substring(AL.length()), true);
        }
        return new ArabicWord(word, false);
    }

    /**
     * Every reading of {@code word}: itself, and without each proclitic it may carry. For look-ups
     * in a closed list (the watch list's names), where a wrong reading simply finds nothing.
     */
    public static List<ArabicWord> readings(String word) {
        List<ArabicWord> out = new ArrayList<>(4);
        addWithArticle(word, out);
        String rest = word;
        if (word.length() > 3 && CONJUNCTIONS.indexOf(word.charAt(0)) >= 0) {
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

    /**
     * The one stem kept of a word for an open vocabulary (the join's terms), where a wrong strip
     * merges two words, so it is cautious: the article with at most one proclitic before it (وال
     * بال فال كال لل ال) when three letters are left, else a leading و ب ف from a word of five
     * letters or more. ل and ك alone start too many words to be stripped blind. Words not in
     * Arabic script are returned as they are.
     */
    public static String stem(String word) {
        if (word.isEmpty() || !Scripts.isArabic(word.charAt(0))) {
            return word;
        }
        for (String p : ARTICLE_FORMS) {
            if (word.startsWith(p) && word.length() - p.length() >= 3) {
                return word.substring(p.length());
            }
        }
        if (word.length() >= 5 && "وبف".indexOf(word.charAt(0)) >= 0) {
            return word.substring(1);
        }
        return word;
    }

    private static final String[] ARTICLE_FORMS = {"وال", "بال", "فال", "كال", LIL, AL};
}
