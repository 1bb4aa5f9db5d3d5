package io.denialwatch.common.text;

import com.ibm.icu.text.Transliterator;

/**
 * Matching keys for one folded name word, in any script: the watch list's names in the analysis
 * and the names shared by a denial and a story in the join.
 *
 * <p>The <em>skeleton</em> is what survives transliteration variance: ICU's
 * {@code Any-Latin; Latin-ASCII} romanises Arabic letter by letter, then digraphs and
 * equivalent letters are merged (sh/ch → s, kh → k, dj/g/j → j, q/c → k, p → b, v → f), vowels
 * and ʿayn/hamza marks are dropped, w and y count only at the start (inside a word they are long
 * vowels in Arabic), a final h is dropped (teh marbuta) and letters doubled in a row collapse. So Sharaa,
 * Shara'a, Charaa and شرع all give {@code sr}; Ahmed, Ahmad and أحمد give {@code hmd}.
 *
 * <p>The <em>loose</em> key keeps the vowels of a Latin spelling (for surname-only mentions,
 * where a bare skeleton would be too permissive): lower-case ASCII letters, doubles collapsed.
 *
 * <p>ICU is slow per call compared with the analyser's budget, and its Arabic rules are a
 * letter-to-letter map, so the map is asked of ICU once per char and kept in a table.
 */
public final class NameKeys {

    private static final int TABLE_START = 0x0080;
    private static final int TABLE_END = 0x0700;
    private static final String[] ROMAN = new String[TABLE_END - TABLE_START];
    /** What romanised ʿayn becomes: no letter, but a vowel's onset (see {@link #walk}). */
    private static final char AYN = '\'';

    static {
        Transliterator any = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        for (int c = TABLE_START; c < TABLE_END; c++) {
            String latin = any.transliterate(String.valueOf((char) c));
            StringBuilder ascii = new StringBuilder();
            for (int i = 0; i < latin.length(); i++) {
                char l = Character.toLowerCase(latin.charAt(i));
                if (l >= 'a' && l <= 'z') {
                    ascii.append(l);
                }
            }
            ROMAN[c - TABLE_START] = ascii.toString();
        }
        ROMAN['ع' - TABLE_START] = String.valueOf(AYN);
    }

    private NameKeys() {}

    /** Lower-case ASCII letters of {@code word} in Latin script (Arabic romanised by ICU, ʿayn as {@link #AYN}). */
    static String romanize(CharSequence word) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + 32));
            } else if (c >= TABLE_START && c < TABLE_END) {
                out.append(ROMAN[c - TABLE_START]);
            }
        }
        return out.toString();
    }

    /** The consonant skeleton of a folded word. */
    public static String skeleton(CharSequence word) {
        StringBuilder out = new StringBuilder(word.length());
        walk(romanize(word), out, null);
        return out.toString();
    }

    /**
     * The vowels heard between the consonants of {@code word}'s skeleton: one bit mask per gap
     * ({@link #A}, {@link #I}, {@link #U}). An Arabic word writes only its long vowels (و ي inside
     * the word), so they must reappear in a Latin spelling of the same name: السورية (s-u-r-i) is
     * not Sharaa (s-a-r-a), though both skeletons are "sr"; الويس (w-i-s) is Wais (w-ai-s).
     */
    public static int[] vowelGaps(CharSequence word) {
        String r = romanize(word);
        int[] gaps = new int[2 * r.length() + 1]; // an x is two consonants
        int consonants = walk(r, new StringBuilder(r.length()), gaps);
        return java.util.Arrays.copyOf(gaps, consonants + 1);
    }

    static final int A = 1;
    static final int I = 2;
    static final int U = 4;

    /** True when every long vowel Arabic {@code arabic} writes is heard in {@code latin}'s spelling. */
    public static boolean vowelsAgree(int[] arabic, int[] latin) {
        return vowelsAgree(arabic, latin, false);
    }

    /**
     * {@link #vowelsAgree(int[], int[])}, where {@code finalMaqsura} lets a final ي be heard as a:
     * folding writes the alif maqsura (ى) as ي, and in a name it is an a (عيسى is Issa, موسى
     * Moussa, مرتضى Mortada). The caller says when the word may be such a name: على and إلى,
     * prepositions, end the same way.
     */
    public static boolean vowelsAgree(int[] arabic, int[] latin, boolean finalMaqsura) {
        if (arabic.length != latin.length) {
            return false;
        }
        int last = arabic.length - 1;
        for (int g = 0; g < arabic.length; g++) {
            int required = arabic[g] & ~A;
            if (finalMaqsura && g == last && required == I && (latin[g] & A) != 0) {
                continue;
            }
            if ((latin[g] & required) != required) {
                return false;
            }
        }
        return true;
    }

    /** Appends the skeleton of romanised {@code r} to {@code out}; records vowel gaps when asked; returns the consonant count. */
    private static int walk(String r, StringBuilder out, int[] gaps) {
        int n = r.length();
        boolean vowelSince = false;
        for (int i = 0; i < n; i++) {
            char c = r.charAt(i);
            char next = i + 1 < n ? r.charAt(i + 1) : 0;
            char mapped;
            if (c == AYN) {
                // a vowel's onset: what follows is no word-initial w or y, and nothing collapses across it
                vowelSince = true;
                continue;
            }
            if (c == 'x' && i > 0 && "aeiouy".indexOf(next) >= 0 || c == 't' && next == 'z') {
                // two sounds Arabic writes with two letters: x is كس, tz تس (a final x is often
                // silent: Moureaux)
                append(c == 'x' ? 'k' : 't', vowelSince, out);
                vowelSince = false;
                mapped = 's';
                if (c == 't') {
                    i++;
                }
            } else if (c == 't' && (next == 's' || next == 'c') && i + 2 < n && r.charAt(i + 2) == 'h') {
                mapped = 's';
                i += 2;
            } else if (next == 'h' && "sckgtdpz".indexOf(c) >= 0) {
                mapped = switch (c) {
                    case 's', 'c' -> 's';
                    case 'g' -> 'j';
                    case 'p' -> 'f';
                    default -> c;
                };
                i++;
            } else if (c == 'd' && next == 'j') {
                mapped = 'j';
                i++;
            } else {
                mapped = single(c, i == 0);
            }
            if (mapped == 0) {
                if (gaps != null) {
                    gaps[out.length()] |= vowelClass(c);
                }
                vowelSince = true;
                continue;
            }
            if (mapped == 'h' && i == n - 1) {
                continue;
            }
            append(mapped, vowelSince, out);
            vowelSince = false;
        }
        return out.length();
    }

    /** Appends consonant {@code c}: only letters written twice in a row collapse (Sharraa, shadda); Sisi keeps both s. */
    private static void append(char c, boolean vowelSince, StringBuilder out) {
        if (out.length() == 0 || vowelSince || out.charAt(out.length() - 1) != c) {
            out.append(c);
        }
    }

    private static int vowelClass(char c) {
        return switch (c) {
            case 'a' -> A;
            case 'i', 'y' -> I;
            case 'e' -> I | U; // a French e is often و in Arabic: Le Pen, لوبان
            default -> U;
        };
    }

    private static char single(char c, boolean initial) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> 0;
            case 'w', 'y' -> initial ? c : 0;
            case 'q', 'c', 'k' -> 'k';
            case 'g', 'j' -> 'j';
            case 'p' -> 'b';
            case 'v' -> 'f';
            case 'x' -> 'k';
            default -> c;
        };
    }

    /** The Latin spelling with vowels kept, for surname-only mentions: "Shara'a" → "shara". */
    public static String loose(CharSequence word) {
        String r = romanize(word);
        StringBuilder out = new StringBuilder(r.length());
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == AYN) {
                continue;
            }
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
