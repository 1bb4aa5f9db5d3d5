package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.OrganizationEntry;
import io.denialwatch.common.text.ArabicWord;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.EntityResolver.OrganizationMatch;
import io.denialwatch.stream.analysis.text.PhraseIndex;
import io.denialwatch.stream.analysis.text.PhraseIndex.Match;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A country's body named without its country ("the Health Ministry said", "le ministère de la
 * Santé", "وزارة الصحة", "the government"), as {@link OfficeWords#bareBodies} gives each kind's
 * forms: it names the watched body of that kind whose country the post names elsewhere ("Egypt",
 * "égyptien", "المصرية") or reports from (its outlet's or web address's), only when exactly one
 * watched body of the kind is of such a country. A bare form followed by a country ("وزارة الصحة
 * اللبنانية", "the health ministry of Lebanon") or after a possessive ("Lebanon's health
 * ministry") is that country's, named by the body's own forms when watched ({@link
 * OrganizationForms#withAdjective}), and none here.
 */
final class BareBodies {

    /** What a phrase stands for: a kind of body, or a country (by {@link #countryKey}). */
    private record Named(String kind, String country, NameCapitals capitals) {}

    /** Words that join a body to its country after it: "ministry of Health of Lebanon", "في لبنان". */
    private static final Set<String> OF = Set.of("of", "in", "de", "du", "des", "في");

    /**
     * The kind named only where it speaks, as its forms with an adjective are ({@link
     * OrganizationForms#asSubject}): "the government said", not "criticism of the government".
     */
    private static final String GOVERNMENT = "government";

    private final PhraseIndex<Named> index = new PhraseIndex<>(ArabicWord.NAME_PREFIXES);
    private final StatementSubject subject = new StatementSubject();
    /** Each kind's watched bodies by their country; a country with two bodies of a kind has none. */
    private final Map<String, Map<String, OrganizationEntry>> bodies = new HashMap<>();

    BareBodies(List<OrganizationEntry> organizations) {
        Map<String, List<String>> bare = OfficeWords.BUNDLED.bareBodies();
        Map<String, Set<String>> twice = new HashMap<>();
        for (OrganizationEntry o : organizations) {
            String[] bodyAndCountry = OrganizationForms.bodyAndCountry(o.name());
            OfficeWords.InLanguages body = bodyAndCountry == null ? null : OfficeWords.BUNDLED.body(bodyAndCountry[0]);
            if (body == null || !bare.containsKey(body.kind())) {
                continue;
            }
            String country = countryKey(bodyAndCountry[1]);
            OrganizationEntry before =
                    bodies.computeIfAbsent(body.kind(), k -> new HashMap<>()).putIfAbsent(country, o);
            if (before != null && !before.id().equals(o.id())) {
                twice.computeIfAbsent(body.kind(), k -> new HashSet<>()).add(country);
            }
        }
        twice.forEach((kind, countries) -> countries.forEach(bodies.get(kind)::remove));
        Set<String> countries = new HashSet<>();
        bodies.forEach((kind, byCountry) -> {
            bare.get(kind).forEach(f -> index.add(f, new Named(kind, null, NameCapitals.of(f))));
            byCountry.forEach((country, o) -> {
                if (countries.add(country)) {
                    countryForms(country).forEach(f -> index.add(f, new Named(null, country, NameCapitals.of(f))));
                }
            });
        });
    }

    boolean isEmpty() {
        return bodies.isEmpty();
    }

    /**
     * The watched bodies {@code tokens} names by a bare form, none where an organisation {@code
     * found} already spans it; {@code outletCountry} gives the English name of the country the
     * post reports from, or null.
     */
    List<OrganizationMatch> find(Tokens tokens, List<OrganizationMatch> found, Supplier<String> outletCountry) {
        List<Match<Named>> kinds = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        Map<Integer, String> countryStarts = new HashMap<>();
        for (Match<Named> m : index.find(tokens)) {
            if (!m.value().capitals().keptBy(tokens, m.from(), m.to())) {
                continue;
            }
            if (m.value().country() != null) {
                countries.add(m.value().country());
                countryStarts.put(m.from(), m.value().country());
            } else {
                kinds.add(m);
            }
        }
        List<OrganizationMatch> out = new ArrayList<>(1);
        boolean outletRead = false;
        List<Match<Boolean>> statements = null;
        for (Match<Named> m : kinds) {
            if (inside(m, found) || beforeAName(tokens, m.to())) {
                continue;
            }
            String adjacent = adjacentCountry(tokens, m, countryStarts);
            if (adjacent != null && adjacent.isEmpty()) {
                continue;
            }
            if (m.value().kind().equals(GOVERNMENT)) {
                if (statements == null) {
                    statements = subject.statements(tokens);
                }
                if (!StatementSubject.speaks(tokens, m.from(), m.to(), statements)) {
                    continue;
                }
            }
            if (!outletRead) {
                outletRead = true;
                String outlet = outletCountry.get();
                if (outlet != null) {
                    countries.add(countryKey(outlet));
                }
            }
            Map<String, OrganizationEntry> byCountry = bodies.get(m.value().kind());
            OrganizationEntry only = null;
            int fits = 0;
            for (String c : adjacent != null ? Set.of(adjacent) : countries) {
                OrganizationEntry o = byCountry.get(c);
                if (o != null) {
                    only = o;
                    fits++;
                }
            }
            if (fits == 1) {
                out.add(new OrganizationMatch(only, m.from(), m.to()));
            }
        }
        return out;
    }

    /** Whether an organisation already found spans the bare form {@code m}. */
    private static boolean inside(Match<Named> m, List<OrganizationMatch> found) {
        return found.stream().anyMatch(f -> f.from() < m.to() && m.from() < f.to());
    }

    /**
     * The country right at the bare form {@code m}, whose body it is: one following it (its
     * adjective or name, or "of"/"في" and its name: "وزارة الصحة في مصر") or its possessive before
     * it ("Lebanon's health ministry"). Its key when a country with watched bodies ({@code
     * countryStarts}, by where the post names each), empty when another country, null when none.
     */
    private static String adjacentCountry(Tokens tokens, Match<Named> m, Map<Integer, String> countryStarts) {
        int after = m.to();
        for (int at : new int[] {after, after + 1}) {
            if (at == after + 1 && !(after < tokens.size() && OF.contains(tokens.word(after)))) {
                break;
            }
            if (countryStarts.containsKey(at)) {
                return countryStarts.get(at);
            }
            if (at < tokens.size() && countryWord(tokens, at)) {
                return "";
            }
        }
        int s = m.from() - 1;
        return s >= 1 && tokens.word(s).equals("s") && countryWord(tokens, s - 1) ? "" : null;
    }

    /**
     * Whether token {@code i} is a capitalised Latin word right after the bare form: a name makes
     * it someone's ("le gouvernement Legault", "the Trudeau government" aside), not the country's.
     */
    private static boolean beforeAName(Tokens tokens, int i) {
        if (i >= tokens.size() || tokens.isArabic(i) || tokens.sentence(i) != tokens.sentence(i - 1)) {
            return false;
        }
        String original = tokens.text().originalSlice(tokens.start(i), tokens.end(i));
        return !original.isEmpty() && Character.isUpperCase(original.charAt(0));
    }

    private static boolean countryWord(Tokens tokens, int i) {
        String original = tokens.text().originalSlice(tokens.start(i), tokens.end(i));
        return Countries.BUNDLED.isCountryWord(original) || OrganizationForms.isCountryName(original);
    }

    /** A country's names and adjectives in the languages analysed, by its English name. */
    private static Set<String> countryForms(String country) {
        Set<String> out = new LinkedHashSet<>();
        out.add(country);
        out.addAll(OrganizationForms.countryNames(country));
        OfficeWords.InLanguages adjectives = OfficeWords.BUNDLED.adjective(country);
        if (adjectives != null) {
            out.addAll(adjectives.names());
            out.addAll(adjectives.en());
            out.addAll(adjectives.fr());
            out.addAll(adjectives.ar());
        }
        return out;
    }

    /** A country's English name as {@link Countries} gives it, whatever name of it {@code name} is. */
    private static String countryKey(String name) {
        Countries.Country c = Countries.BUNDLED.named(name);
        return c != null ? c.name() : name.strip();
    }
}
