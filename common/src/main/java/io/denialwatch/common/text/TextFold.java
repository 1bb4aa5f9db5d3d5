package io.denialwatch.common.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The one folding of text for matching and search, never for display: what the analysis, the
 * join and the desk's search all read. The same word written with or without diacritics,
 * tatweel, hamza on the alef or a ta marbuta folds to one form, so they treat it as one word.
 *
 * <p>Rules, per code point: compatibility decomposition (NFKD) with every mark removed, so é and
 * ﻻ and fullwidth letters meet their plain forms; bidi, zero-width and other invisible format
 * characters removed; Arabic letter forms folded ({@link #arabic}); Arabic-Indic digits to ASCII;
 * typographic quotes and Arabic punctuation to ASCII; lower case. Code points outside the Basic
 * Multilingual Plane (emoji, mostly) and unpaired surrogates become a space, so they still
 * separate words.
 *
 * <p>Every fold is a function of one code point, so the whole table is computed once; folding a
 * post is then a table walk, which matters because the analyser must finish a post in
 * microseconds.
 */
public final class TextFold {

    private static final char DROP = '\uFFFF';
    private static final char MULTI = '\uFFFE';
    private static final char TATWEEL = '\u0640';
    /** One folded char per BMP char, or {@link #DROP}, or {@link #MULTI} (see {@link #MULTI_FOLDS}). */
    private static final char[] SINGLE = new char[0x10000];

    private static final String[] MULTI_FOLDS = new String[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            String folded = Character.isSurrogate((char) c) ? " " : foldOne((char) c);
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

    private TextFold() {}

    private static String foldOne(char c) {
        if (isInvisible(c)) {
            return "";
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (isInvisible(d) || d == TATWEEL) {
                continue;
            }
            out.append(punctuation(arabic(Character.toLowerCase(d))));
        }
        return out.toString();
    }

    /**
     * Arabic letter forms to their base letter, the one place they are decided: alef wasla to
     * alef (the hamza forms of alef, waw and yeh have already lost their hamza to NFKD), ta
     * marbuta and heh goal to heh, alef maqsura and Persian yeh to yeh, Persian keheh to kaf; the
     * Arabic-Indic and extended Arabic-Indic digits to ASCII.
     */
    private static char arabic(char c) {
        return switch (c) {
            case 'ٱ' -> 'ا';
            case 'ة', 'ہ' -> 'ه';
            case 'ى', 'ی' -> 'ي';
            case 'ک' -> 'ك';
            case '٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩' -> (char) ('0' + (c - '٠'));
            case '۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹' -> (char) ('0' + (c - '۰'));
            default -> c;
        };
    }

    /** Quote marks and the Arabic comma, semicolon and question mark to their ASCII forms. */
    private static char punctuation(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u0060', '\u00B4' -> '\'';
            case '\u00AB', '\u00BB', '\u201C', '\u201D' -> '"';
            case '\u060C' -> ',';
            case '\u061F' -> '?';
            case '\u061B' -> ';';
            default -> c;
        };
    }

    /**
     * Marks (harakat, accents once decomposed), invisible format characters (bidi embeddings,
     * overrides and isolates, zero-width joiners and spaces, BOM, soft hyphen) and variation
     * selectors.
     */
    private static boolean isInvisible(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT
                || (c >= 0xFE00 && c <= 0xFE0F);
    }

    /** The folded form of {@code s} (empty for null). */
    public static String fold(String s) {
        return s == null ? "" : mapped(s).folded();
    }

    /** Folds {@code text}; the result maps every folded char back to {@code text}. */
    public static FoldedText mapped(String text) {
        int n = text.length();
        // chars written straight into an array: a StringBuilder checks capacity and coder per append
        char[] out = new char[n + 8];
        int[] starts = null; // none while each folded char sits where its original char does
        int len = 0;
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            boolean pair = isPairAt(text, i);
            int width = pair ? 2 : 1;
            char one = pair ? ' ' : SINGLE[c];
            if (one != DROP) {
                String many = one == MULTI ? MULTI_FOLDS[c] : null;
                int add = many == null ? 1 : many.length();
                if (starts == null && (len != i || add != 1 || width != 1)) {
                    starts = identityMap(len, out.length);
                }
                if (len + add > out.length) {
                    int cap = Math.max(out.length * 2, len + add);
                    out = Arrays.copyOf(out, cap);
                    if (starts != null) {
                        starts = Arrays.copyOf(starts, cap);
                    }
                }
                for (int k = 0; k < add; k++) {
                    out[len] = many == null ? one : many.charAt(k);
                    if (starts != null) {
                        starts[len] = i;
                    }
                    len++;
                }
            }
            i += width;
        }
        return new FoldedText(text, new String(out, 0, len), starts);
    }

    /** Whether a surrogate pair (one code point, two chars) starts at {@code i} of {@code text}. */
    static boolean isPairAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i))
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /** Offsets {@code 0 .. len-1} of the chars folded so far in place, in an array of {@code capacity}. */
    private static int[] identityMap(int len, int capacity) {
        int[] starts = new int[capacity];
        for (int k = 0; k < len; k++) {
            starts[k] = k;
        }
        return starts;
    }
}
