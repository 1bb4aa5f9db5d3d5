package io.denialwatch.stream.analysis;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.denialwatch.common.text.TextFold;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What texts call a country besides its name, by any of its English names: its adjectives in
 * English, French and Arabic ("Moroccan", "marocain", "المغربية") and its capitals ("Rabat",
 * "Moscou", "الرياض"). Read from the bundled {@code countries.tsv}, generated from mledoze/countries
 * (Open Database License) by {@code stream/tools/countries.py}, so that no country's words are
 * typed by hand; a capital's French and Arabic names are CLDR's (through ICU) where CLDR names a
 * time zone after the city, else a Latin text writes it as English does ("Rabat", "Doha").
 */
final class Countries {

    /**
     * A country's adjectives in each language, French in both genders and numbers ("marocain",
     * "marocaines": the noun before it decides which a text writes), and its capitals in every
     * language known; {@code name} is its common English name ("China" for "People's Republic of
     * China").
     */
    record Country(String name, List<String> en, List<String> fr, List<String> ar, List<String> capitals) {}

    private static final String RESOURCE = "/io/denialwatch/stream/analysis/countries.tsv";
    /** The columns of {@link #RESOURCE}. */
    private static final int NAMES = 1;

    private static final int EN = 2;
    private static final int FR = 3;
    private static final int AR = 4;
    private static final int CAPITALS = 5;
    private static final int COLUMNS = 6;

    static final Countries BUNDLED = load();

    /**
     * Country-code domains sold to anyone as generic names ("geo.tv", "news.io", "rci.fm"): they
     * say nothing of where an outlet reports from.
     */
    private static final Set<String> GENERIC_DOMAINS = Set.of(
            "AI", "AM", "CC", "CO", "FM", "GG", "IO", "LA", "LY", "ME", "MS", "NU", "SH", "SO", "ST", "TO", "TV", "WS");

    private static final Pattern HOST = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://(?:[^/@?#]*@)?([^/:?#]+)");

    private final Map<String, Country> byName;
    /** Each country by its ISO 3166 code, as its web domain writes it (upper case). */
    private final Map<String, Country> byCode;
    /** Every capital's name, as {@link OfficeWords#key} keys it. */
    private final Set<String> capitals = new HashSet<>();
    /** Every country's names, adjectives and capitals, likewise. */
    private final Set<String> words = new HashSet<>();
    /**
     * The one-word names, adjectives and capitals of every country in English and French (CLDR's
     * names too: "Cameroun"), folded as posts are: see {@link #placeWord}.
     */
    private final Set<String> placeWords = new HashSet<>();
    /** Each country by its English adjectives, as {@link OfficeWords#key} keys them; one two countries share is neither's. */
    private final Map<String, Country> byAdjective = new HashMap<>();

    /**
     * Each country by the words its names and adjectives give in a web address, in English, French
     * and Arabic, folded and run together ("southafrica", "cameroun", "مصر"); a word two countries
     * give is neither's.
     */
    private final Map<String, Country> addressWords = new HashMap<>();

    /** A country's word found inside a host's label ("camerounweb") needs this many letters: "oman" is in "womansday". */
    private static final int MIN_INSIDE_HOST = 6;

    private Countries(Map<String, Country> byName, Map<String, Country> byCode) {
        this.byName = Map.copyOf(byName);
        this.byCode = Map.copyOf(byCode);
        Set<String> shared = new HashSet<>();
        byCode.forEach((code, c) -> {
            Set<String> names = new LinkedHashSet<>();
            names.add(c.name());
            for (ULocale language : List.of(ULocale.ENGLISH, ULocale.FRENCH, new ULocale("ar"))) {
                // "Congo - Kinshasa": CLDR's disambiguation is no address's word
                String n = new ULocale("", code).getDisplayCountry(language);
                if (!n.contains("(") && !n.contains(" - ")) {
                    names.add(n);
                }
            }
            names.addAll(c.en());
            names.addAll(c.fr());
            names.addAll(c.ar());
            names.addAll(c.capitals());
            for (String n : names) {
                String folded = TextFold.fold(n);
                if (!folded.isEmpty() && folded.chars().allMatch(Character::isLetter)) {
                    placeWords.add(folded);
                }
                String key = addressKey(n);
                if (key.length() >= 3) {
                    Country before = addressWords.putIfAbsent(key, c);
                    if (before != null && before != c) {
                        shared.add(key);
                    }
                }
            }
        });
        shared.forEach(addressWords::remove);
        Set<String> sharedAdjectives = new HashSet<>();
        byCode.values()
                .forEach(c -> c.en().forEach(a -> {
                    Country before = byAdjective.putIfAbsent(OfficeWords.key(a), c);
                    if (before != null && before != c) {
                        sharedAdjectives.add(OfficeWords.key(a));
                    }
                }));
        sharedAdjectives.forEach(byAdjective::remove);
        byName.values().forEach(c -> c.capitals().forEach(n -> capitals.add(OfficeWords.key(n))));
        words.addAll(byName.keySet());
        words.addAll(capitals);
        byName.values()
                .forEach(c -> List.of(c.en(), c.fr(), c.ar())
                        .forEach(adjectives -> adjectives.forEach(a -> words.add(OfficeWords.key(a)))));
    }

    /** Whether {@code word} (any case) is a country's name, adjective or capital. */
    boolean isCountryWord(String word) {
        return words.contains(OfficeWords.key(word));
    }

    /**
     * Whether folded {@code word} is a country's one-word name, adjective or capital in English or
     * French ("cameroun", "nigerian", "albanais"): a place, not a surname that shares its
     * consonants (Cameron, Engoron, Albanese).
     */
    boolean placeWord(String word) {
        return placeWords.contains(word);
    }

    /** Whether {@code name} (any case) is a country's capital. */
    boolean isCapital(String name) {
        return capitals.contains(OfficeWords.key(name));
    }

    /** The country whose English adjective is {@code adjective} (any case: "Sudanese", "Malian"), or null. */
    Country ofAdjective(String adjective) {
        return byAdjective.get(OfficeWords.key(adjective));
    }

    /** The country with the English name {@code name} (common, official or CLDR's, any case), or null. */
    Country named(String name) {
        return byName.get(OfficeWords.key(name));
    }

    /**
     * The country whose country-code domain the host of {@code url} ends with ("www.lbc.co.uk",
     * "kt.cd", "www.pm.gov.au"), or null: a generic domain (".com", ".tv"), no host, no address.
     * Where an outlet's web address says it reports from, when no watch-list entry says so.
     */
    Country ofWebAddress(String url) {
        Matcher m = host(url);
        if (m == null) {
            return null;
        }
        String host = m.group(1);
        String domain = host.substring(host.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        if (domain.length() != 2 || GENERIC_DOMAINS.contains(domain)) {
            return null;
        }
        return byCode.get(domain.equals("UK") ? "GB" : domain);
    }

    /**
     * The one country a post's web address names when its domain says nothing ({@link
     * #ofWebAddress} null): in its path ({@code /news/malaysia/}, {@code news_egypt}, {@code
     * /موريتانيا-…}) or its host ({@code www.thesouthafrican.com}, {@code camerounweb.com}), by a
     * name or an adjective in English, French or Arabic. A site names the country it reports from
     * there, and a page the country its story is about; an address naming two countries, or none,
     * gives none.
     */
    Country namedInAddress(String url) {
        Matcher m = host(url);
        if (m == null) {
            return null;
        }
        Set<Country> found = new HashSet<>(1);
        String[] labels = m.group(1).toLowerCase(Locale.ROOT).split("[.]");
        for (int i = 0; i < labels.length - 1; i++) {
            String label = addressKey(labels[i]);
            Country exact = addressWords.get(label);
            if (exact != null) {
                found.add(exact);
                continue;
            }
            if (label.length() > MIN_INSIDE_HOST) {
                addressWords.forEach((word, c) -> {
                    if (word.length() >= MIN_INSIDE_HOST && label.contains(word)) {
                        found.add(c);
                    }
                });
            }
        }
        String path = url.strip().substring(m.end());
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a stray % is a literal, not an escape
        }
        String[] words = path.split("[^\\p{L}]+");
        for (int i = 0; i < words.length && found.size() < 2; i++) {
            StringBuilder run = new StringBuilder();
            // names of up to three words, run together as the keys are ("south-africa")
            for (int n = 0; n < 3 && i + n < words.length; n++) {
                run.append(addressKey(words[i + n]));
                Country c = addressWords.get(run.toString());
                if (c != null) {
                    found.add(c);
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** {@code url}'s scheme and host read (the host is group 1), or null: no address, or no host. */
    private static Matcher host(String url) {
        if (url == null) {
            return null;
        }
        // by pattern, not java.net.URI: outlets' addresses carry unescaped Arabic and spaces
        Matcher m = HOST.matcher(url.strip());
        return m.lookingAt() ? m : null;
    }

    /** A name as an address writes it: folded, letters only, run together. */
    private static String addressKey(String name) {
        return TextFold.fold(name).replaceAll("[^\\p{L}]+", "");
    }

    private static Countries load() {
        Map<String, String[]> exemplars = exemplarCities();
        Map<String, Country> byName = new HashMap<>();
        Map<String, Country> byCode = new HashMap<>();
        try (InputStream in = Countries.class.getResourceAsStream(RESOURCE);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("code\t"))
                    .map(l -> l.split("\t", -1))
                    .filter(f -> f.length == COLUMNS)
                    .forEach(f -> {
                        Country c = new Country(
                                values(f[NAMES]).get(0),
                                values(f[EN]),
                                withPlurals(values(f[FR])),
                                values(f[AR]),
                                capitals(f[CAPITALS], exemplars));
                        Set<String> names = new LinkedHashSet<>(values(f[NAMES]));
                        names.add(new ULocale("", f[0]).getDisplayCountry(ULocale.ENGLISH));
                        names.forEach(n -> byName.putIfAbsent(OfficeWords.key(n), c));
                        byCode.put(f[0], c);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("bundled countries.tsv unreadable", e);
        }
        return new Countries(byName, byCode);
    }

    private static List<String> values(String column) {
        return column.isEmpty() ? List.of() : List.of(column.split("\\|"));
    }

    /** French adjectives with their plurals: "les autorités maliennes". */
    private static List<String> withPlurals(List<String> singulars) {
        Set<String> out = new LinkedHashSet<>(singulars);
        for (String s : singulars) {
            if (!s.endsWith("s") && !s.endsWith("x")) {
                out.add(s + "s");
            }
        }
        return List.copyOf(out);
    }

    /**
     * The capitals in {@code column} as texts write them: without an abbreviation after the name
     * ("Washington D.C." is "Washington"), and in French and Arabic as CLDR writes them.
     */
    private static List<String> capitals(String column, Map<String, String[]> exemplars) {
        Set<String> out = new LinkedHashSet<>();
        for (String capital : values(column)) {
            String name = capital.replaceAll("\\s+(\\p{L}\\.)+$", "").strip();
            out.add(name);
            String[] translations = exemplars.get(name);
            if (translations != null) {
                out.addAll(List.of(translations));
            }
        }
        return List.copyOf(out);
    }

    /** The French and Arabic names of the cities CLDR names time zones after, by their English name. */
    private static Map<String, String[]> exemplarCities() {
        TimeZoneNames en = TimeZoneNames.getInstance(ULocale.ENGLISH);
        TimeZoneNames fr = TimeZoneNames.getInstance(ULocale.FRENCH);
        TimeZoneNames ar = TimeZoneNames.getInstance(new ULocale("ar"));
        Map<String, String[]> out = new HashMap<>();
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String name = en.getExemplarLocationName(id);
            if (name == null) {
                continue;
            }
            List<String> other = new ArrayList<>(2);
            for (TimeZoneNames language : List.of(fr, ar)) {
                String n = language.getExemplarLocationName(id);
                if (n != null && !n.equals(name)) {
                    other.add(n);
                }
            }
            out.put(name, other.toArray(String[]::new));
        }
        return out;
    }
}
