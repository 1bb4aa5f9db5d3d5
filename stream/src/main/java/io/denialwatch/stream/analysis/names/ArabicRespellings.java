package io.denialwatch.stream.analysis.names;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Latin spellings of a watched name as Arabic hears it, when the letters of the Latin spelling
 * say another sound than the skeleton reads them as ({@link io.denialwatch.common.text.NameKeys}).
 * Arabic writes a foreign name by its sound in the language it comes from: the Spanish j and g
 * before e/i as خ (Jorge, خورخي; Rojas, روخاس), a German or Slavic initial j as ي (Jaissle, يايسله;
 * Jürgen, يورغن), a German or Italian z as تس (Herzog, هرتسوغ; Fabrizio, فابريتسيو), a Gulf or
 * Egyptian g as ق (Gargash, قرقاش), an English wh as و (White, وايت). The watch list writes the
 * name once, in its usual Latin spelling, and does not say where it comes from: each family below
 * is tried on each word of the name, and the skeletons of what they give are indexed beside the
 * name's own, for Arabic text only (a Latin text writes the name as the list does).
 *
 * <p>The families are ICU transliteration rules, one per language's orthography (its letters read
 * as that language reads them, written as ASCII a skeleton reads right).
 */
final class ArabicRespellings {

    /** Each family: a language's letters as Arabic hears them, in ICU's transform rule syntax. */
    private static final List<String> FAMILIES = List.of(
            // Spanish: j and g before e/i are خ; c before e/i is س; b and v are one sound (ب)
            "j > kh; g } [ei] > kh; c } [ei] > s; v > b;",
            // Portuguese: nh, lh are ني, لي (Mourinho, مورينيو); s between vowels is ز; a final z is ش
            "nh > ny; lh > ly; [aeiou] { s } [aeiou] > z; z } $ > sh;",
            // Italian: ch before e/i is ك, c before e/i تش, z تس (zh is another sound), s between
            // vowels ز, gn and gli one consonant
            "zh > zh; ch } [ei] > k; c } [ei] > ch; z > ts; [aeiou] { s } [aeiou] > z; gli > ly; gn > ny;",
            // German: z is تس, an initial j is ي (inside a word, ي would be read as a vowel), w is ف
            "zh > zh; z > ts; ^ j > y; w > v;",
            // Slavic (č, ć folded to c): c is تش, an initial j is ي
            "ch > ch; c > ch; ^ j > y;",
            // English: wh is و, an h after o before a consonant is not heard (John, جون), a final
            // s after a vowel or a voiced consonant is ز (Williams, ويليامز; Jones, جونز)
            "wh > w; o { h } [^aeiouy] > ; [aeioubdglmnrv] { s } $ > z;",
            // Gulf and Egyptian Arabic names in Latin letters: g is ق (gh is غ, which the skeleton reads)
            "gh > gh; g > q;");

    /** A name of many words may give many respellings: these are the most indexed per name. */
    private static final int MAX_RESPELLINGS = 16;

    private static final List<Transliterator> RULES = compile();

    private ArabicRespellings() {}

    private static List<Transliterator> compile() {
        List<Transliterator> out = new ArrayList<>(FAMILIES.size());
        for (int i = 0; i < FAMILIES.size(); i++) {
            out.add(Transliterator.createFromRules("dw-ar-respelling-" + i, FAMILIES.get(i), Transliterator.FORWARD));
        }
        return List.copyOf(out);
    }

    /**
     * The respellings of folded Latin {@code name}: first the whole name in each family's
     * spelling (a name mostly comes from one language), then its words' spellings mixed (Mauricio
     * Pochettino, Spanish and Italian), up to {@link #MAX_RESPELLINGS}; words {@link NameWords#kept}
     * (titles and particles) as written; the name itself left out.
     */
    static List<String> of(String name, NameWords words) {
        String[] parts = name.split(" ");
        List<List<String>> perWord = new ArrayList<>(parts.length);
        for (String part : parts) {
            perWord.add(new ArrayList<>(List.of(part)));
        }
        Set<String> names = new LinkedHashSet<>();
        for (Transliterator t : RULES) {
            StringBuilder whole = new StringBuilder(name.length() + 8);
            for (int w = 0; w < parts.length; w++) {
                String spelled = words.kept(parts[w]) ? parts[w] : transliterate(t, parts[w]);
                if (!perWord.get(w).contains(spelled)) {
                    perWord.get(w).add(spelled);
                }
                whole.append(w > 0 ? " " : "").append(spelled);
            }
            names.add(whole.toString());
        }
        combine(perWord, 0, new StringBuilder(), names);
        names.remove(name);
        List<String> out = new ArrayList<>(names);
        return out.size() > MAX_RESPELLINGS ? List.copyOf(out.subList(0, MAX_RESPELLINGS)) : List.copyOf(out);
    }

    private static String transliterate(Transliterator t, String word) {
        // a Transliterator keeps no state between calls, but ICU does not promise it may be shared
        synchronized (t) {
            return t.transliterate(word);
        }
    }

    private static void combine(List<List<String>> perWord, int at, StringBuilder prefix, Set<String> out) {
        if (out.size() > MAX_RESPELLINGS) {
            return;
        }
        if (at == perWord.size()) {
            out.add(prefix.toString());
            return;
        }
        int length = prefix.length();
        for (String spelling : perWord.get(at)) {
            if (at > 0) {
                prefix.append(' ');
            }
            prefix.append(spelling);
            combine(perWord, at + 1, prefix, out);
            prefix.setLength(length);
        }
    }
}
