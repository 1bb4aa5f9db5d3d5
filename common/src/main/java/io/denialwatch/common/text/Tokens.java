package io.denialwatch.common.text;

import java.util.Arrays;

/**
 * The words and numbers of a folded text ({@link TextFold}), with their spans (in folded offsets)
 * and sentence numbers: the one tokeniser of posts, stories and lexicons alike.
 *
 * <p>A word starts with a letter and runs on over letters, digits and spacing marks (as in
 * Indic scripts), so M23 and G7 are words; apostrophes and hyphens separate words, so "n'a",
 * "didn't" and "al-Sharaa" read the same in the text and in the lexicons. A number starts with a
 * digit and runs on over digits, and the thousands separators between groups of three are
 * dropped from it: 1,500 / 1.500 / ١٬٥٠٠ are the number 1500. A letter right after a number
 * starts a new word: "2016م" is the year and a suffix.
 *
 * <p>A sentence ends at ! ? ; or a line break, and at a full stop followed by a space unless the
 * stop closes a short abbreviation such as "Dr." or "د.".
 */
public final class Tokens {

    /** Between digit groups, these separate thousands (Arabic thousands separator included). */
    private static final String THOUSANDS_SEPARATORS = ",.\u066C";

    /**
     * Two bits per BMP char: is it a letter (or spacing mark), is it a digit. {@link
     * Character#isLetter(char)} walks Unicode property tables for every char of every post; this
     * is one array read.
     */
    private static final long[] LETTERS = new long[0x10000 / Long.SIZE];

    private static final long[] DIGITS = new long[0x10000 / Long.SIZE];

    static {
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isLetter((char) c) || Character.getType((char) c) == Character.COMBINING_SPACING_MARK) {
                LETTERS[c >>> 6] |= 1L << c;
            } else if (Character.isDigit((char) c)) {
                DIGITS[c >>> 6] |= 1L << c;
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
        RecentWords recent = RecentWords.get();
        int n = 0;
        int sent = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean letter = isLetter(c);
            if (letter || isDigit(c)) {
                int j = letter ? endOfWord(s, i) : endOfNumber(s, i);
                if (n == words.length) {
                    int grown = n * 2;
                    words = Arrays.copyOf(words, grown);
                    starts = Arrays.copyOf(starts, grown);
                    ends = Arrays.copyOf(ends, grown);
                    sentence = Arrays.copyOf(sentence, grown);
                }
                words[n] = letter ? recent.word(s, i, j) : digitsOf(s, i, j, recent);
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

    private static boolean isLetter(char c) {
        return (LETTERS[c >>> 6] & (1L << c)) != 0;
    }

    private static boolean isDigit(char c) {
        return (DIGITS[c >>> 6] & (1L << c)) != 0;
    }

    private static int endOfWord(String s, int from) {
        int j = from + 1;
        while (j < s.length() && (isLetter(s.charAt(j)) || isDigit(s.charAt(j)))) {
            j++;
        }
        return j;
    }

    /** The end of the number at {@code from}: digits, and separators followed by a group of three. */
    private static int endOfNumber(String s, int from) {
        int j = from + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (isDigit(c)) {
                j++;
            } else if (THOUSANDS_SEPARATORS.indexOf(c) >= 0 && threeDigitsAt(s, j + 1)) {
                j += 4;
            } else {
                break;
            }
        }
        return j;
    }

    /** Exactly three digits at {@code at}, then no fourth: a group of thousands. */
    private static boolean threeDigitsAt(String s, int at) {
        for (int k = at; k < at + 3; k++) {
            if (k >= s.length() || !isDigit(s.charAt(k))) {
                return false;
            }
        }
        return at + 3 >= s.length() || !isDigit(s.charAt(at + 3));
    }

    /** The digits of the number {@code s[from, to)}, its thousands separators dropped. */
    private static String digitsOf(String s, int from, int to, RecentWords recent) {
        StringBuilder b = null;
        for (int k = from; k < to; k++) {
            if (!isDigit(s.charAt(k)) && b == null) {
                b = new StringBuilder(to - from).append(s, from, k);
            } else if (b != null && isDigit(s.charAt(k))) {
                b.append(s.charAt(k));
            }
        }
        return b == null ? recent.word(s, from, to) : b.toString();
    }

    /** True when token {@code i} is a number. */
    public boolean isNumber(int i) {
        return isDigit(words[i].charAt(0));
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
