package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.RoleEntry;
import io.denialwatch.common.text.ArabicWord;
import io.denialwatch.common.text.Scripts;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.text.PhraseIndex;
import io.denialwatch.stream.analysis.text.PhraseIndex.Match;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The offices a post names through the forms {@link OfficeForms} derives from their names:
 *
 * <ul>
 *   <li>a form of its own ("Russia's president", "le président russe") or a form of address
 *       ("Her Majesty", "the Holy Father") names an office anywhere;
 *   <li>a title ("the president", "le Président", "الرئيس") names the office of the place named
 *       right after it, else of the place the post names last before it ("Russia", "russe",
 *       "روسيا", or a seat of one of its offices: "the Kremlin"), else of the country the post
 *       reports from (its watched outlet's, else its web address's); a title inside a longer office name
 *       ("الرئيس" in "الرئيس الأمريكي") is that name's, and one before "of"/"de" is the title of
 *       something else ("the president of the federation");
 *   <li>none names its holder of the day next to a word making it someone else's ("former
 *       president", "الرئيس السابق") or vague ("a president", "un chef d'État"), nor right before
 *       a capitalised name, which is the person meant ("President Biya", "le président Félix
 *       Tshisekedi").
 * </ul>
 */
final class OfficeNames {

    private enum Kind {
        OWN,
        TITLE,
        /** A title in the plural, which names offices only of the places coordinated with it. */
        PLURAL,
        PLACE
    }

    /**
     * What a phrase stands for: an office by a form of its own or of address (which name its place
     * too), a place (or a seat: "the Kremlin" is in Russia), or a title with its offices by place.
     */
    private record Named(
            Kind kind, RoleEntry office, String place, Map<String, List<RoleEntry>> titleOf, NameCapitals capitals) {}

    /** Articles a capitalised word after a title may be without being a name ("Her Majesty The Queen"). */
    private static final Set<String> ARTICLES = Set.of("the", "le", "la", "les", "l");

    private final PhraseIndex<Named> index = new PhraseIndex<>(ArabicWord.NAME_PREFIXES);
    private final OfficeWords words = OfficeWords.BUNDLED;
    private final boolean empty;

    /**
     * @param taken whether a form (lower case) is already some watched entry's own name or alias:
     *     that entry keeps it
     */
    OfficeNames(List<RoleEntry> offices, Predicate<String> taken) {
        Map<String, Map<String, List<RoleEntry>>> titles = new HashMap<>();
        Set<String> places = new HashSet<>();
        for (RoleEntry office : offices) {
            OfficeForms forms = OfficeForms.of(office.name());
            add(forms.own(), Kind.OWN, office, forms.placeKey(), taken);
            add(forms.address(), Kind.OWN, office, forms.placeKey(), taken);
            if (forms.placeKey() == null) {
                continue;
            }
            add(forms.seats(), Kind.PLACE, null, forms.placeKey(), taken);
            for (String title : forms.titles()) {
                titles.computeIfAbsent(OfficeWords.key(title), k -> new HashMap<>())
                        .computeIfAbsent(forms.placeKey(), k -> new ArrayList<>(1))
                        .add(office);
            }
            if (places.add(forms.placeKey())) {
                forms.place()
                        .forEach(p ->
                                index.add(p, new Named(Kind.PLACE, null, forms.placeKey(), null, NameCapitals.of(p))));
            }
        }
        // a title is a common noun: any capitals, but initials ("PM") in capitals
        titles.forEach((t, byPlace) -> {
            index.add(t, new Named(Kind.TITLE, null, null, byPlace, NameCapitals.of(t)));
            String plural = plural(t);
            if (plural != null) {
                index.add(plural, new Named(Kind.PLURAL, null, null, byPlace, NameCapitals.of(plural)));
            }
        });
        empty = offices.isEmpty();
    }

    private void add(Set<String> forms, Kind kind, RoleEntry office, String place, Predicate<String> taken) {
        for (String form : forms) {
            if (!taken.test(OfficeWords.key(form))) {
                index.add(form, new Named(kind, office, place, null, NameCapitals.of(form)));
            }
        }
    }

    boolean isEmpty() {
        return empty;
    }

    /** Words joining two places that share one title in the plural. */
    private static final Set<String> AND = Set.of("and", "et");

    /**
     * The plural of a one-word Latin title, as English and French make most ("presidents",
     * "présidents", "rois"), or null: a title of several words or in Arabic script, or ending in s
     * or x already.
     */
    private static String plural(String title) {
        if (title.contains(" ")
                || title.endsWith("s")
                || title.endsWith("x")
                || title.codePoints().anyMatch(c -> !Scripts.isLatin((char) c))) {
            return null;
        }
        return title + "s";
    }

    /**
     * The places a title in the plural is coordinated with: two places joined by "and"/"et" right
     * after it ("les présidents russe et américain") or right before it ("the Russian and American
     * presidents"); none otherwise, since a plural alone ("the presidents") names no one office.
     */
    private static List<String> coordinated(Tokens tokens, Match<Named> title, List<Match<Named>> places) {
        Match<Named> first = null;
        Match<Named> second = null;
        for (Match<Named> p : places) {
            if (p.from() == title.to()) {
                first = p;
            } else if (p.to() == title.from()) {
                second = p;
            }
        }
        for (Match<Named> p : places) {
            if (first != null && p.from() == first.to() + 1 && AND.contains(tokens.word(first.to()))) {
                return List.of(first.value().place(), p.value().place());
            }
            if (second != null && p.to() == second.from() - 1 && AND.contains(tokens.word(p.to()))) {
                return List.of(p.value().place(), second.value().place());
            }
        }
        return List.of();
    }

    /**
     * The offices {@code tokens} names, each with the words naming it; {@code outletPlace} gives
     * the English name of the country the post's outlet reports from, or null, asked only when a
     * bare title names no place in the post.
     */
    List<Match<RoleEntry>> find(Tokens tokens, Supplier<String> outletPlace) {
        List<Match<Named>> named = new ArrayList<>();
        Map<String, List<Integer>> places = new HashMap<>();
        List<Match<Named>> placeMatches = new ArrayList<>();
        for (Match<Named> m : index.find(tokens)) {
            if (!m.value().capitals().keptBy(tokens, m.from(), m.to())) {
                continue;
            }
            if (m.value().place() != null && !numbered(tokens, m.to())) {
                places.computeIfAbsent(m.value().place(), k -> new ArrayList<>())
                        .add(m.from());
                placeMatches.add(m);
            }
            if (m.value().kind() != Kind.PLACE) {
                named.add(m);
            }
        }
        List<Match<RoleEntry>> out = new ArrayList<>();
        // where each title is first written before a name ("le président Kaïs Saïed")
        Map<Named, Integer> beforeAName = new HashMap<>();
        for (Match<Named> m : named) {
            // a title inside a longer name is that name's, even one naming someone else ("الرئيس الروسي السابق")
            if (someoneElse(tokens, m) || insideLonger(m, named)) {
                if (m.value().kind() == Kind.TITLE && capitalisedName(tokens, m.to())) {
                    beforeAName.merge(m.value(), m.from(), Math::min);
                }
                continue;
            }
            if (m.value().office() != null) {
                out.add(new Match<>(m.value().office(), m.from(), m.to()));
            } else if (m.value().kind() == Kind.PLURAL) {
                for (String place : coordinated(tokens, m, placeMatches)) {
                    m.value()
                            .titleOf()
                            .getOrDefault(place, List.of())
                            .forEach(r -> out.add(new Match<>(r, m.from(), m.to())));
                }
            } else {
                // a title the post gave a named person before refers back to them, not to the outlet's country's holder
                boolean refersBack = beforeAName.getOrDefault(m.value(), Integer.MAX_VALUE) < m.from();
                if (anotherCountrys(tokens, m, places)) {
                    continue; // "Turkey's president", "le président comorien": a country no office here belongs to
                }
                for (String place : nearest(m, places, refersBack ? null : outletPlace)) {
                    m.value().titleOf().get(place).forEach(r -> out.add(new Match<>(r, m.from(), m.to())));
                }
            }
        }
        return out;
    }

    /**
     * The place whose office {@code title} names: the one right after it ("الرئيس التونسي" is
     * Tunisia's, watched or not), else among those its offices belong to, the one the post names
     * last before it (a title refers back), else the country the post reports from.
     */
    private static List<String> nearest(
            Match<Named> title, Map<String, List<Integer>> places, Supplier<String> outletPlace) {
        for (Map.Entry<String, List<Integer>> p : places.entrySet()) {
            if (p.getValue().contains(title.to())) {
                return title.value().titleOf().containsKey(p.getKey()) ? List.of(p.getKey()) : List.of();
            }
        }
        // not a place named after it: "the president … a Russian warplane" is rarely Russia's
        List<String> best = closest(title, places);
        String outlet = best.isEmpty() && outletPlace != null ? outletPlace.get() : null;
        if (outlet != null) {
            String key = OfficeForms.placeKey(outlet);
            if (title.value().titleOf().containsKey(key)) {
                best = List.of(key);
            }
        }
        return best;
    }

    /** Among the places {@code title}'s offices belong to, those the post names last before it. */
    private static List<String> closest(Match<Named> title, Map<String, List<Integer>> places) {
        List<String> best = new ArrayList<>(1);
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, List<Integer>> p : places.entrySet()) {
            if (!title.value().titleOf().containsKey(p.getKey())) {
                continue;
            }
            int d = p.getValue().stream()
                    .filter(at -> at < title.from())
                    .mapToInt(at -> title.from() - at)
                    .min()
                    .orElse(Integer.MAX_VALUE);
            if (d == Integer.MAX_VALUE) {
                continue;
            }
            if (d < bestDistance) {
                best.clear();
                bestDistance = d;
            }
            if (d == bestDistance) {
                best.add(p.getKey());
            }
        }
        return best;
    }

    /** Whether the words around {@code m} make it name someone else than its office's holder, or a place. */
    private boolean someoneElse(Tokens tokens, Match<Named> m) {
        return words.someoneElse(tokens, m.from(), m.to(), m.value().kind() == Kind.TITLE)
                || capitalisedName(tokens, m.to());
    }

    /**
     * Whether a bare title is qualified by a country none of its offices belongs to: the
     * country's adjective or name right after it ("le président comorien", "الرئيس التونسي") or
     * its possessive right before it ("Turkey's president"). A watched office's country there
     * makes a longer form of its own, found before; any other country makes the title that
     * country's, not the one the post reports from.
     */
    private static boolean anotherCountrys(Tokens tokens, Match<Named> title, Map<String, List<Integer>> places) {
        int after = title.to();
        if (places.values().stream().anyMatch(at -> at.contains(after))) {
            return false; // a watched place: nearest() reads it
        }
        if (after < tokens.size() && isCountry(original(tokens, after, after + 1))) {
            return true;
        }
        int s = title.from() - 1;
        if (s >= 1 && tokens.word(s).equals("s")) {
            for (int n = 1; n <= 3 && s - n >= 0; n++) {
                if (isCountry(original(tokens, s - n, s))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A country's name in English, French or Arabic, or its adjective. */
    private static boolean isCountry(String words) {
        return Countries.BUNDLED.isCountryWord(words) || OfficeForms.isCountry(words);
    }

    private static String original(Tokens tokens, int from, int to) {
        return tokens.text().originalSlice(tokens.start(from), tokens.end(to - 1));
    }

    /** Whether token {@code i} is a number, which makes a place before it a name ("France 24", "France 2"). */
    private static boolean numbered(Tokens tokens, int i) {
        return i < tokens.size() && Character.isDigit(tokens.word(i).charAt(0));
    }

    /**
     * Whether token {@code i} is a Latin word written with a capital, not an article, right after
     * the one before it: a name ("President Biya"), not a sentence's first word ("le président
     * ivoirien. « Nous …").
     */
    private static boolean capitalisedName(Tokens tokens, int i) {
        if (i == 0 || i >= tokens.size()) {
            return false;
        }
        String original = tokens.text().originalSlice(tokens.start(i), tokens.end(i));
        return !original.isEmpty()
                && tokens.text()
                        .originalSlice(tokens.end(i - 1), tokens.start(i))
                        .isBlank()
                && Scripts.isLatin(original.charAt(0))
                && Character.isUpperCase(original.charAt(0))
                && !ARTICLES.contains(tokens.word(i));
    }

    private static boolean insideLonger(Match<Named> m, List<Match<Named>> all) {
        for (Match<Named> other : all) {
            if (other != m
                    && other.from() <= m.from()
                    && other.to() >= m.to()
                    && other.to() - other.from() > m.to() - m.from()) {
                return true;
            }
        }
        return false;
    }
}
