package io.denialwatch.stream.analysis.names;

import io.denialwatch.common.text.TextFold;
import io.denialwatch.stream.analysis.text.BundledWords;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The most frequent words of Arabic, English and French, folded like posts: a surname's skeleton
 * met in one of them is more often the word than the person. Read from
 * {@code names/common-words-<lang>.txt}, generated from word counts of the OpenSubtitles corpus
 * (hermitdave/FrequencyWords, CC BY-SA 4.0) by {@code stream/tools/common-words.sh}; never typed
 * by hand, so a word is in the list because people use it, not because one post went wrong.
 */
public record CommonWords(Set<String> arabic, Set<String> arabicFunctionWords, Set<String> latin) {

    /**
     * The first this many Arabic words are particles, pronouns and the commonest nouns and verbs
     * (أن, على, مرة, أمر): two of them in a row are never a given name and a surname read from a
     * Latin-only name. Given names in everyday use start further down (سعيد is the 397th word).
     */
    static final int FUNCTION_WORDS = 300;

    static final CommonWords BUNDLED = bundled();

    private static CommonWords bundled() {
        List<String> arabic = read("ar");
        Set<String> latin = new HashSet<>(read("en"));
        latin.addAll(read("fr"));
        return new CommonWords(
                Set.copyOf(arabic),
                Set.copyOf(arabic.subList(0, Math.min(FUNCTION_WORDS, arabic.size()))),
                Set.copyOf(latin));
    }

    /**
     * True when folded Arabic {@code word}, or its {@code stem} without the other proclitics (with
     * the article when it had one: شرع is a verb, الشرع is not), is a common word.
     */
    boolean arabic(String word, String stem, boolean article) {
        return arabic.contains(word) || arabic.contains(article ? "ال" + stem : stem);
    }

    boolean arabicFunctionWord(String word) {
        return arabicFunctionWords.contains(word);
    }

    boolean latin(String word) {
        return latin.contains(word);
    }

    /** Whether folded Arabic {@code word} is among the most frequent ({@link #FUNCTION_WORDS}). */
    public static boolean arabicFunctionWordOf(String word) {
        return BUNDLED.arabicFunctionWord(word);
    }

    /** Whether {@code word}, as written, is among the common English or French words. */
    public static boolean latinWord(String word) {
        return BUNDLED.latin(TextFold.fold(word));
    }

    /** The words of one language's list, folded, most frequent first. */
    private static List<String> read(String lang) {
        return BundledWords.folded("/io/denialwatch/stream/analysis/names/common-words-" + lang + ".txt");
    }
}
