package io.denialwatch.stream.analysis.text;

import java.util.Arrays;

/**
 * The words of a folded text, with their spans (in folded offsets) and sentence numbers. A word
 * is a run of letters and digits; apostrophes and hyphens separate words, so "n'a", "didn't" and
 * "al-Sharaa" read the same in the text and in the lexicons, which are tokenised the same way.
 */
public final class Tokens {

    /**
     * One bit per BMP char: is it a letter or digit. {@link Character#isLetterOrDigit(char)} walks
     * Unicode property tables for every char of every post; this is one array read.
     */
    private static final long[] WORD_CHARS = new long[0x10000 / Long.SIZE];

    static {
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isLetterOrDigit((char) c)) {
                WORD_CHARS[c >>> 6] |= 1L << c;
            }
        }
    }

    private final FoldedText text;
    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    private final int[] sentence;
    private final boolean[] questionSentence;
    private final int size;

    private Tokens(
            FoldedText text,
            String[] words,
            int[] starts,
            int[] ends,
            int[] sentence,
            boolean[] questionSentence,
            int size) {
        this.text = text;
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.sentence = sentence;
        this.questionSentence = questionSentence;
        this.size = size;
    }

    public static Tokens of(FoldedText text) {
        String s = text.folded();
        int cap = Math.max(8, s.length() / 4);
        String[] words = new String[cap];
        int[] starts = new int[cap];
        int[] ends = new int[cap];
        int[] sentence = new int[cap];
        boolean[] question = new boolean[8];
        int n = 0;
        int sent = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isWordChar(c)) {
                int j = i + 1;
                while (j < s.length() && isWordChar(s.charAt(j))) {
                    j++;
                }
                if (n == words.length) {
                    int grown = n * 2;
                    words = Arrays.copyOf(words, grown);
                    starts = Arrays.copyOf(starts, grown);
                    ends = Arrays.copyOf(ends, grown);
                    sentence = Arrays.copyOf(sentence, grown);
                }
                words[n] = s.substring(i, j);
                starts[n] = i;
                ends[n] = j;
                sentence[n] = sent;
                n++;
                i = j;
                continue;
            }
            if (endsSentence(s, i, n == 0 ? 0 : ends[n - 1] - starts[n - 1])) {
                if (sent + 1 >= question.length) {
                    question = Arrays.copyOf(question, question.length * 2);
                }
                question[sent] = c == '?';
                if (n > 0 && sentence[n - 1] == sent) {
                    sent++;
                }
            }
            i++;
        }
        return new Tokens(text, words, starts, ends, sentence, Arrays.copyOf(question, sent + 1), n);
    }

    private static boolean isWordChar(char c) {
        return (WORD_CHARS[c >>> 6] & (1L << c)) != 0;
    }

    /** A full stop ends a sentence unless it closes a short abbreviation such as "Dr." or "د.". */
    private static boolean endsSentence(String s, int i, int previousWordLength) {
        char c = s.charAt(i);
        if (c == '!' || c == '?' || c == '\n' || c == ';') {
            return true;
        }
        return c == '.' && previousWordLength > 2 && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)));
    }

    public int size() {
        return size;
    }

    public String word(int i) {
        return words[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public int sentence(int i) {
        return sentence[i];
    }

    /** True when the sentence of token {@code i} ends with a question mark. */
    public boolean inQuestion(int i) {
        int s = sentence[i];
        return s < questionSentence.length && questionSentence[s];
    }

    public FoldedText text() {
        return text;
    }

    /** True for a word written in Arabic script. */
    public boolean isArabic(int i) {
        return Scripts.isArabic(words[i].charAt(0));
    }
}
