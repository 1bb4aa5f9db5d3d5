package io.denialwatch.stream.analysis.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arabic compound names in Latin spelling: a head and a noun with the article (Abd al-Majid,
 * "Abdelmaguid", "Abdallah") or a noun and a theophoric tail (Nasr Allah, Safi al-Din:
 * "Nasrallah", "Safieddine", "Noureddine"). Latin writes them as one word or two; Arabic writes
 * them as two words (نصر الله, عبد المجيد, صفي الدين) or, for عبد, often as one (عبدالهادي). The
 * watched name is indexed in both writings, so either script's writing meets the other.
 */
final class Compounds {

    /** A head with the article glued on and the noun after it: "abdelmaguid", "abdallah". */
    private static final Pattern HEADED = Pattern.compile("(abd)[aeiou]{1,2}l(\\p{L}{2,})");
    /** A noun, the article's vowel (and l, or a sun letter), and a tail: "nasrallah", "safieddine". */
    private static final Pattern TAILED = Pattern.compile("(\\p{L}{3,}?)[aeiou][ld]?(d{1,2}ine?|l{1,2}ah)");
    /** A tail on its own: the second word of a compound, never a surname alone ("Izz ad-Din"). */
    private static final Pattern TAIL = Pattern.compile("d{1,2}ine?|a?l{1,2}ah");

    /**
     * One writing of a name: its words, which carry the article, which given names are half of a
     * compound given name (they name the person only with their other half), and whether the
     * surname is the second half of a compound whose first half must stand right before it.
     */
    record Writing(List<String> parts, List<Boolean> articles, Set<Integer> givenHalves, boolean surnameHalf) {}

    private Compounds() {}

    static boolean isTail(String part) {
        return TAIL.matcher(part).matches();
    }

    /**
     * The other writings of Latin name {@code parts}: each glued compound split into its two
     * words, and a head standing before the surname glued to it.
     */
    static List<Writing> arabicWritings(List<String> parts, List<Boolean> articles, NameWords words) {
        List<Writing> out = new ArrayList<>(1);
        List<String> split = new ArrayList<>(parts.size() + 1);
        List<Boolean> splitArticles = new ArrayList<>(parts.size() + 1);
        Set<Integer> halves = new HashSet<>();
        boolean surnameHalf = false;
        int s = parts.size() - 1;
        for (int k = 0; k < parts.size(); k++) {
            String part = parts.get(k);
            Matcher headed = HEADED.matcher(part);
            Matcher tailed = TAILED.matcher(part);
            Matcher m = headed.matches() ? headed : tailed.matches() ? tailed : null;
            if (m == null) {
                split.add(part);
                splitArticles.add(articles.get(k));
                continue;
            }
            if (k < s) {
                // عبد and a tail are half a name; the noun before a tail is a name of its own
                // (صلاح for Salaheddine, نور for Noureddine)
                if (m == headed) {
                    halves.add(split.size());
                }
                halves.add(split.size() + 1);
            } else {
                surnameHalf = true;
            }
            split.add(m.group(1));
            splitArticles.add(false);
            split.add(m.group(2));
            splitArticles.add(true);
        }
        if (split.size() > parts.size()) {
            out.add(new Writing(split, splitArticles, halves, surnameHalf));
        }
        if (s > 0 && words.headKeys().contains(words.givenKey(parts.get(s - 1)))) {
            // "Abdel Hady" as عبدالهادي: the head glued to the surname with the article
            List<String> glued = new ArrayList<>(parts.subList(0, s - 1));
            glued.add("abdal" + parts.get(s));
            out.add(new Writing(glued, articles.subList(0, s), Set.of(), false));
        }
        return out;
    }
}
