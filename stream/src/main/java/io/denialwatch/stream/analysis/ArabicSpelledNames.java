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

/**
 * An organisation the watch list spells in Latin letters, spelled out in Arabic script by its
 * sounds: "Paris Saint-Germain" in "باريس سان جيرمان", "The New York Times" in "نيويورك تايمز",
 * "Gold Apollo" in "جولد أبولو". Arabic writes a foreign name of two words or more letter by
 * letter, word by word (or joining two: "New York" is نيويورك), so each Arabic word has the
 * consonants ({@link NameKeys#skeleton}) of one or more of the Latin words in turn, and five
 * consonants or more in all make a name, not a phrase met by chance. Transliteration still varies
 * by a letter ("ng" written نج or نجه, "ch" خ or ش): with seven consonants or more, one word may be
 * one letter off. The first word carries no article (a Latin name has none: الملك is not a name)
 * and not every word is among the 300 commonest Arabic words. Only the commonest: the names of
 * cities and papers (نيويورك, تايمز, ليفربول) are common words of the bundled list too. Names with a Latin article ("Al
 * Ahly") are left to {@link ArabicOrganizationNames}, whose article alone would here be a word.
 *
 * <p>A club's name of one word once its designators are left out ("Liverpool F.C.", "Chelsea
 * F.C."), written in Arabic ("ليفربول", "تشيلسي"), names the club in a post about sport ({@link
 * SportWords}), as in Latin script ({@link OrganizationForms#clubPlace}), when its skeleton has
 * three consonants or more, the long vowels it writes are heard in the Latin name, and it is not
 * among the 300 commonest Arabic words.
 */
final class ArabicSpelledNames {

    private static final Set<String> LATIN_ARTICLES = Set.of("al", "el");
    /** The fewest consonants a name of several words must have to be recognised anywhere. */
    private static final int MIN_SKELETON = 5;
    /** The fewest consonants of a name one of whose words may be a letter off. */
    private static final int MIN_FUZZY = 7;
    /** The fewest consonants of a word that may be a letter off. */
    private static final int MIN_FUZZY_WORD = 3;
    /** The fewest consonants of a club's one word. */
    private static final int MIN_CLUB = 3;
    /** Consonants a candidate name is looked up by. */
    private static final int PREFIX = 2;

    /** A name of several Latin words: each word folded, and the consonants of all. */
    private record Spelled(OrganizationEntry organization, List<String> words, int length) {}

    private record Club(OrganizationEntry organization, int[] vowelGaps) {}

    /** The names of several words, by their first {@link #PREFIX} consonants. */
    private final Map<String, List<Spelled>> byPrefix = new HashMap<>();

    private final Map<String, List<Club>> clubs = new HashMap<>();

    ArabicSpelledNames(List<OrganizationEntry> organizations) {
        Map<String, Set<String>> owners = new HashMap<>();
        List<Spelled> names = new ArrayList<>();
        for (OrganizationEntry o : organizations) {
            List<String> spellings = new ArrayList<>(o.aliases());
            spellings.add(o.name());
            for (String name : spellings) {
                String core = OrganizationForms.core(name);
                if (core == null || !Scripts.isLatin(core.charAt(0))) {
                    continue;
                }
                List<String> words = new ArrayList<>(List.of(core.split("[\\s\\-‑]+")));
                if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
                    words.remove(0);
                }
                if (words.size() < 2
                        || words.stream().anyMatch(w -> LATIN_ARTICLES.contains(w.toLowerCase(Locale.ROOT)))) {
                    continue;
                }
                List<String> folded = words.stream().map(TextFold::fold).toList();
                String joined = key(String.join("", folded));
                if (joined.length() >= MIN_SKELETON && folded.stream().noneMatch(w -> key(w).isEmpty())) {
                    owners.computeIfAbsent(joined, k -> new HashSet<>()).add(o.id());
                    names.add(new Spelled(o, folded, joined.length()));
                }
            }
            for (String place : OrganizationForms.clubPlace(o.name(), n -> false)) {
                String folded = TextFold.fold(place);
                String key = key(folded);
                if (key.length() >= MIN_CLUB) {
                    owners.computeIfAbsent(key, k -> new HashSet<>()).add(o.id());
                    clubs.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Club(o, NameKeys.vowelGaps(folded)));
                }
            }
        }
        // one spelling two watched bodies share names neither
        for (Spelled n : names) {
            if (owners.get(key(String.join("", n.words()))).size() == 1) {
                String all = key(String.join("", n.words()));
                byPrefix.computeIfAbsent(all.substring(0, PREFIX), k -> new ArrayList<>(1))
                        .add(n);
            }
        }
        clubs.keySet().removeIf(k -> owners.get(k).size() > 1);
    }

    boolean isEmpty() {
        return byPrefix.isEmpty() && clubs.isEmpty();
    }

    /** The organisations {@code tokens} spells out in Arabic script, each with its token range. */
    List<EntityResolver.OrganizationMatch> find(Tokens tokens) {
        List<EntityResolver.OrganizationMatch> out = new ArrayList<>(0);
        Boolean sport = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.isArabic(i) || CommonWords.arabicFunctionWordOf(tokens.word(i))) {
                continue;
            }
            EntityResolver.OrganizationMatch found = null;
            for (ArabicWord reading : ArabicWord.readings(tokens.word(i))) {
                if (reading.article() || found != null) {
                    continue; // a Latin name has no Arabic article
                }
                String first = key(reading.stem());
                for (Spelled n :
                        byPrefix.getOrDefault(first.substring(0, Math.min(PREFIX, first.length())), List.of())) {
                    int end = aligned(n, 0, tokens, i, first, 0, false);
                    if (end > 0) {
                        found = new EntityResolver.OrganizationMatch(n.organization(), i, end);
                        break;
                    }
                }
            }
            if (found == null && !clubs.isEmpty()) {
                ArabicWord word = ArabicWord.split(tokens.word(i));
                // a city's name, written without the article (المعلنة is no Milan)
                List<Club> candidates = word.article() ? null : clubs.get(key(word.stem()));
                if (candidates != null && !CommonWords.arabicFunctionWordOf(tokens.word(i))) {
                    if (sport == null) {
                        sport = SportWords.in(tokens);
                    }
                    int[] gaps = NameKeys.vowelGaps(word.stem());
                    for (Club c : sport ? candidates : List.<Club>of()) {
                        if (NameKeys.vowelsAgree(gaps, c.vowelGaps())) {
                            found = new EntityResolver.OrganizationMatch(c.organization(), i, i + 1);
                        }
                    }
                }
            }
            if (found != null) {
                out.add(found);
                i = found.to() - 1;
            }
        }
        return out;
    }

    /**
     * The end of the Arabic words from token {@code j} (its skeleton {@code key}, the first
     * word's without its proclitics) that spell {@code n}'s words from {@code p} on, each Arabic
     * word one or more Latin words; 0 when they do not. {@code common}: whether every Arabic word
     * so far is a common word; {@code edits}: the words a letter off so far.
     */
    private int aligned(Spelled n, int p, Tokens tokens, int j, String key, int edits, boolean notCommon) {
        boolean rare = notCommon || !CommonWords.arabicFunctionWordOf(tokens.word(j));
        StringBuilder words = new StringBuilder();
        for (int q = p; q < n.words().size(); q++) {
            words.append(n.words().get(q));
            String group = key(words); // "New York" run together, as نيويورك writes it
            int e = edits;
            if (!group.equals(key)) {
                if (edits > 0
                        || n.length() < MIN_FUZZY
                        || group.length() < MIN_FUZZY_WORD
                        || !oneLetterOff(group, key)) {
                    continue;
                }
                e = 1;
            }
            if (q + 1 == n.words().size()) {
                if (rare) {
                    return j + 1;
                }
                continue;
            }
            int next = j + 1;
            if (next < tokens.size() && tokens.isArabic(next) && tokens.sentence(next) == tokens.sentence(j)) {
                int end = aligned(n, q + 1, tokens, next, key(tokens.word(next)), e, rare);
                if (end > 0) {
                    return end;
                }
            }
        }
        return 0;
    }

    /** Whether {@code a} and {@code b} differ by one letter added, left out or written otherwise. */
    private static boolean oneLetterOff(CharSequence a, CharSequence b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int ea = la - 1;
        int eb = lb - 1;
        while (ea >= i && eb >= i && a.charAt(ea) == b.charAt(eb)) {
            ea--;
            eb--;
        }
        return ea - i < 1 && eb - i < 1;
    }

    /**
     * The skeleton of a folded word or run of words, a final or any s and z one letter: Arabic
     * writes the s of an English plural or name as it sounds (رويترز, تايمز).
     */
    private static String key(CharSequence folded) {
        return NameKeys.skeleton(folded).replace('z', 's');
    }
}
