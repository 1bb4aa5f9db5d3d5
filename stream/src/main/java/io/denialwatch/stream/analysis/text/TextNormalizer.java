package io.denialwatch.stream.analysis.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Folds text into the one form every matcher reads: Unicode compatibility decomposition (NFKC
 * plus mark removal, so é and ﻻ and fullwidth letters all meet their plain forms), bidi and
 * zero-width controls removed, Arabic folded with Lucene's {@link ArabicNormalizer} (hamza on
 * alef, alef maqsura, teh marbuta, tatweel, harakat) plus the Persian keheh and yeh that Lucene
 * leaves alone, typographic apostrophes unified, lower case.
 *
 * <p>Every fold is a function of one code point, so the whole table is computed once for the
 * Basic Multilingual Plane; folding a post is then a table walk, which matters because the
 * analyser must finish a post in microseconds. Code points outside the BMP (emoji, mostly) and
 * unpaired surrogates become a space, so they still separate words.
 */
public final class TextNormalizer {

    private static final char DROP = '\uFFFF';
    private static final char MULTI = '\uFFFE';
    /** One folded char per BMP char, or {@link #DROP}, or {@link #MULTI} (see {@link #MULTI_FOLDS}). */
    private static final char[] SINGLE = new char[0x10000];

    private static final String[] MULTI_FOLDS = new String[0x10000];

    static {
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        ArabicNormalizer arabic = new ArabicNormalizer();
        for (int c = 0; c < 0x10000; c++) {
            String folded = Character.isSurrogate((char) c) ? " " : foldOne(c, nfkd, arabic);
            if (folded.isEmpty()) {
                SINGLE[c] = DROP;
            } else if (folded.length() == 1) {
                SINGLE[c] = folded.charAt(0);
            } else {
                SINGLE[c] = MULTI;
                MULTI_FOLDS[c] = folded;
            }
        }
    }

    private TextNormalizer() {}

    private static String foldOne(int c, Normalizer2 nfkd, ArabicNormalizer arabic) {
        if (isInvisibleControl(c)) {
            return "";
        }
        String decomposed = nfkd.normalize(String.valueOf((char) c));
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            int type = Character.getType(d);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || isInvisibleControl(d)) {
                continue;
            }
            char[] one = {Character.toLowerCase(d)};
            if (arabic.normalize(one, 1) == 0) {
                continue;
            }
            out.append(extraFold(one[0]));
        }
        return out.toString();
    }

    /** Folds Lucene does not make: Persian keheh and yeh (common in Arabic web text), quote marks. */
    private static char extraFold(char c) {
        switch (c) {
            case '\u06A9':
                return '\u0643'; // keheh → kaf
            case '\u06CC':
                return '\u064A'; // farsi yeh → yeh
            case '\u06C1':
                return '\u0647'; // heh goal → heh
            case '\u2019':
            case '\u2018':
            case '\u02BC':
            case '\u0060':
            case '\u00B4':
                return '\'';
            case '\u00AB':
            case '\u00BB':
            case '\u201C':
            case '\u201D':
                return '"';
            case '\u060C':
                return ','; // Arabic comma
            case '\u061F':
                return '?'; // Arabic question mark
            case '\u061B':
                return ';';
            default:
                return c;
        }
    }

    /** Bidi embeddings, overrides and isolates, zero-width joiners and spaces, BOM, soft hyphen. */
    static boolean isInvisibleControl(int c) {
        return (c >= 0x200B && c <= 0x200F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2060 && c <= 0x2069)
                || c == 0xFEFF
                || c == 0x00AD
                || c == 0x061C
                || c == 0x034F
                || (c >= 0xFE00 && c <= 0xFE0F);
    }

    /** Folds {@code text}; the result maps every folded char back to {@code text}. */
    public static FoldedText fold(String text) {
        int n = text.length();
        // chars written straight into an array: a StringBuilder checks capacity and coder per append
        char[] out = new char[n + 8];
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        int len = 0;
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1));
            int width = pair ? 2 : 1;
            char one = pair ? ' ' : SINGLE[c];
            if (one != DROP) {
                String many = one == MULTI ? MULTI_FOLDS[c] : null;
                int add = many == null ? 1 : many.length();
                if (len + add > out.length) {
                    int cap = Math.max(out.length * 2, len + add);
                    out = Arrays.copyOf(out, cap);
                    starts = Arrays.copyOf(starts, cap);
                    ends = Arrays.copyOf(ends, cap);
                }
                for (int k = 0; k < add; k++) {
                    out[len] = many == null ? one : many.charAt(k);
                    starts[len] = i;
                    ends[len] = i + width;
                    len++;
                }
            }
            i += width;
        }
        return new FoldedText(text, new String(out, 0, len), starts, ends);
    }

    /** The folded form alone, for names and lexicon entries that need no way back. */
    public static String foldToString(String text) {
        return fold(text).folded();
    }
}
