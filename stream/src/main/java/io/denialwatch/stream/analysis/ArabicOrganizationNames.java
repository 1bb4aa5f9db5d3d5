package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.OrganizationEntry;
import io.denialwatch.common.text.ArabicWord;
import io.denialwatch.common.text.NameKeys;
import io.denialwatch.common.text.Scripts;
import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.names.CommonWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An organisation the watch list spells only in Latin letters, named in Arabic script: "Hamas"
 * in "حركة حماس", "Zamalek SC" in "نادي الزمالك", "Al Ahly SC" in "النادي الأهلي". Arabic writes
 * such a name after a noun saying what kind of body it is (club, movement, party, company …),
 * and only there is a word read as the name through its consonant skeleton ({@link NameKeys}):
 * alone, حماس is "enthusiasm" and الأهلي "the national". The name is the one word the Latin name
 * keeps without its designators and article, or the one distinctive word of a longer name
 * ("شركة أرامكو" for Saudi Aramco, {@link OrganizationForms#distinctiveWord}); the article it has
 * in Latin ("Al Ahly") the Arabic word must have, and the long vowels Arabic writes must be heard
 * in the Latin spelling.
 */
final class ArabicOrganizationNames {

    /** Nouns that say what kind of body the next word names. */
    private static final List<String> KIND_NOUNS = List.of(
            "نادي", "فريق", "حركة", "حزب", "شركة", "مجموعة", "جماعة", "بنك", "مصرف", "منظمة", "مؤسسة", "جمعية", "وكالة",
            "جامعة", "اتحاد", "هيئة", "تنظيم", "ميليشيا", "مليشيا");

    private static final Set<String> LATIN_ARTICLES = Set.of("al", "el");
    private static final String QUOTES = "\"'«»“”„‘’";

    /** A Latin name's one word, as its skeleton is matched. */
    private record Key(OrganizationEntry organization, boolean article, int[] vowelGaps) {}

    /** Every folded form of a kind noun, with each proclitic a word may carry (النادي, لنادي, وحركة). */
    private final Set<String> kindNouns = new HashSet<>();

    private final Map<String, List<Key>> bySkeleton = new HashMap<>();

    ArabicOrganizationNames(List<OrganizationEntry> organizations) {
        for (String noun : KIND_NOUNS) {
            String folded = TextFold.fold(noun);
            kindNouns.add(folded);
            ArabicWord.NAME_PREFIXES.forEach(p -> kindNouns.add(TextFold.fold(p) + folded));
        }
        Map<String, Set<String>> owners = new HashMap<>();
        for (OrganizationEntry o : organizations) {
            List<String> names = new ArrayList<>(o.aliases());
            names.add(o.name());
            for (String name : names) {
                String word = OrganizationForms.core(name);
                if (word == null || word.isEmpty() || !Scripts.isLatin(word.charAt(0))) {
                    continue;
                }
                boolean article = false;
                String[] parts = word.split("[\\s\\-‑]+");
                if (parts.length == 2 && LATIN_ARTICLES.contains(parts[0].toLowerCase(Locale.ROOT))) {
                    article = true;
                    parts = new String[] {parts[1]};
                }
                if (parts.length != 1) {
                    // "شركة أرامكو" is Saudi Aramco: the one word its Latin name is known by; not
                    // with an article inside ("Al-Ahli Saudi"), whose word another club's name is
                    String distinctive = OrganizationForms.distinctiveWord(List.of(parts));
                    if (distinctive == null
                            || Stream.of(parts).anyMatch(p -> LATIN_ARTICLES.contains(p.toLowerCase(Locale.ROOT)))) {
                        continue;
                    }
                    parts = new String[] {distinctive};
                }
                String folded = TextFold.fold(parts[0]);
                String skeleton = NameKeys.skeleton(folded);
                if (skeleton.length() < 2) {
                    continue;
                }
                owners.computeIfAbsent(skeleton + article, k -> new HashSet<>()).add(o.id());
                List<Key> keys = bySkeleton.computeIfAbsent(skeleton, k -> new ArrayList<>(1));
                boolean withArticle = article;
                if (keys.stream().noneMatch(k -> k.organization().id().equals(o.id()) && k.article() == withArticle)) {
                    keys.add(new Key(o, article, NameKeys.vowelGaps(folded)));
                }
            }
        }
        // one skeleton two watched bodies give ("Ittihad" in Jeddah and in Alexandria) names neither
        bySkeleton.forEach((skeleton, keys) ->
                keys.removeIf(k -> owners.get(skeleton + k.article()).size() > 1));
        bySkeleton.values().removeIf(List::isEmpty);
    }

    boolean isEmpty() {
        return bySkeleton.isEmpty();
    }

    /** The organisations {@code tokens} names this way, each with the range of its kind noun and name. */
    List<EntityResolver.OrganizationMatch> find(Tokens tokens) {
        List<EntityResolver.OrganizationMatch> out = List.of();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!kindNouns.contains(tokens.word(i)) || tokens.sentence(i + 1) != tokens.sentence(i)) {
                continue;
            }
            String next = tokens.word(i + 1);
            if (next.isEmpty()
                    || !Scripts.isArabic(next.charAt(0))
                    || CommonWords.arabicFunctionWordOf(next)
                    || !adjacent(tokens, i)) {
                continue;
            }
            // the name in construct after the noun carries no conjunction or preposition, only the article
            ArabicWord reading = ArabicWord.split(next);
            for (Key k : bySkeleton.getOrDefault(NameKeys.skeleton(reading.stem()), List.of())) {
                if ((!k.article() || reading.article())
                        && NameKeys.vowelsAgree(NameKeys.vowelGaps(reading.stem()), k.vowelGaps())) {
                    if (out.isEmpty()) {
                        out = new ArrayList<>(2);
                    }
                    out.add(new EntityResolver.OrganizationMatch(k.organization(), i, i + 2));
                }
            }
        }
        return out;
    }

    /** Whether only spaces and quote marks stand between token {@code i} and the next: "حركة «حماس»", not "النادي، هذا". */
    private static boolean adjacent(Tokens tokens, int i) {
        String between = tokens.text().originalSlice(tokens.end(i), tokens.start(i + 1));
        for (int c = 0; c < between.length(); c++) {
            if (!Character.isWhitespace(between.charAt(c)) && QUOTES.indexOf(between.charAt(c)) < 0) {
                return false;
            }
        }
        return true;
    }
}
