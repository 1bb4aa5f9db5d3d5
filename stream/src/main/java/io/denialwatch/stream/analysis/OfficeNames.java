package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.RoleEntry;
import io.denialwatch.common.text.ArabicWord;
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

/**
 * The offices a post names through the forms {@link OfficeForms} derives from their names: a
 * form of its own ("Russia's president", "the Kremlin") names an office anywhere; a title
 * ("the president", "le Président", "الرئيس") only in a post that names the office's place
 * ("Russia", "russe", "روسيا") or whose outlet reports from it. A title inside a longer office
 * name found at the same place ("الرئيس" in "الرئيس الأمريكي") is that name's, and one next to a
 * word making it someone else's ("former president", "الرئيس السابق") names no office.
 */
final class OfficeNames {

    /** What a phrase stands for: an office by a form of its own, a place, or a title with its offices by place. */
    private record Named(RoleEntry office, String place, Map<String, List<RoleEntry>> titleOf, NameCapitals capitals) {}

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
            for (String form : forms.own()) {
                if (!taken.test(OfficeWords.key(form))) {
                    index.add(form, new Named(office, null, null, NameCapitals.of(form)));
                }
            }
            if (forms.placeKey() == null) {
                continue;
            }
            for (String title : forms.titles()) {
                titles.computeIfAbsent(OfficeWords.key(title), k -> new HashMap<>())
                        .computeIfAbsent(forms.placeKey(), k -> new ArrayList<>(1))
                        .add(office);
            }
            if (places.add(forms.placeKey())) {
                forms.place().forEach(p -> index.add(p, new Named(null, forms.placeKey(), null, NameCapitals.of(p))));
            }
        }
        // a title is a common noun: any capitals, but initials ("PM") in capitals
        titles.forEach((t, byPlace) -> index.add(t, new Named(null, null, byPlace, NameCapitals.of(t))));
        empty = offices.isEmpty();
    }

    boolean isEmpty() {
        return empty;
    }

    /**
     * The offices {@code tokens} names, each with the words naming it; {@code outletPlace} is the
     * English name of the country the post's outlet reports from, or null.
     */
    List<Match<RoleEntry>> find(Tokens tokens, String outletPlace) {
        List<Match<Named>> named = new ArrayList<>();
        Set<String> places = new HashSet<>();
        if (outletPlace != null) {
            places.add(OfficeWords.key(outletPlace));
        }
        for (Match<Named> m : index.find(tokens)) {
            if (!m.value().capitals().keptBy(tokens, m.from(), m.to())) {
                continue;
            }
            if (m.value().place() != null) {
                places.add(m.value().place());
            } else if (!someoneElse(tokens, m)) {
                named.add(m);
            }
        }
        List<Match<RoleEntry>> out = new ArrayList<>();
        for (Match<Named> m : named) {
            if (m.value().office() != null) {
                out.add(new Match<>(m.value().office(), m.from(), m.to()));
            } else if (!insideLonger(m, named)) {
                for (String place : places) {
                    m.value()
                            .titleOf()
                            .getOrDefault(place, List.of())
                            .forEach(r -> out.add(new Match<>(r, m.from(), m.to())));
                }
            }
        }
        return out;
    }

    /** Whether a word right before or after {@code m} makes it name a former, deputy or future holder. */
    private boolean someoneElse(Tokens tokens, Match<Named> m) {
        return m.from() > 0 && words.notBefore().contains(tokens.word(m.from() - 1))
                || m.to() < tokens.size() && words.notAfter().contains(tokens.word(m.to()));
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
