package io.denialwatch.stream.analysis;

import com.ibm.icu.util.ULocale;
import io.denialwatch.stream.analysis.names.CommonWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The other names texts give an organisation, worked out from the name the watch list gives it,
 * so that a desk can type "Apple Inc." or "International Monetary Fund" once:
 *
 * <ul>
 *   <li>without its legal designator: "Apple Inc." is "Apple", "Dow Jones & Company" "Dow
 *       Jones"; a club's ("F.C.", "SC") only when two words or more remain ("Manchester United
 *       F.C."), since one word left is mostly a city ("Paris FC" is not Paris); nor when a single
 *       common word remains ("News Corp" is not "News");
 *   <li>its initials, three to six, when all its words but "of", "the"… are capitalised:
 *       "International Monetary Fund" is "IMF", "Paris Saint-Germain" "PSG", "Lille OSC" "LOSC"
 *       (an acronym in the name keeps its letters, a number its digits: "1Malaysia Development
 *       Berhad" is "1MDB");
 *   <li>a government by its country's possessive ("Russia's government"), never by the bare
 *       country: "Russia" in a story is the country, not a statement of its government;
 *   <li>a ministry by its country's adjectives ({@link #withAdjective}: "the Chinese foreign
 *       ministry", "le ministère russe des Affaires étrangères", "الخارجية الإيرانية"); a
 *       government so ("the Moroccan government", "le gouvernement ivoirien") only where it
 *       speaks ({@link #asSubject});
 *   <li>a company by the one distinctive word of its name ({@link #distinctiveWord}: "Reliance",
 *       "Aramco");
 *   <li>a country in the languages analysed, as CLDR names it through ICU ("India", "Inde",
 *       "الهند").
 * </ul>
 *
 * Acronyms must be written in capitals in a post ({@link NameCapitals}); what these forms
 * collide with (another entity's own name, a form two organisations share) is decided by
 * {@link EntityResolver}.
 */
final class OrganizationForms {

    /** Words that say what legal kind of company a name is, not which: left out, the rest still names it. */
    private static final Set<String> LEGAL = Set.of(
            "inc",
            "incorporated",
            "ltd",
            "limited",
            "plc",
            "llc",
            "sa",
            "ag",
            "se",
            "nv",
            "bv",
            "spa",
            "gmbh",
            "co",
            "corp",
            "corporation",
            "company");
    /** A club's designators, at the end or first ("FC Barcelona", "AS Monaco"). */
    private static final Set<String> CLUB = Set.of("fc", "sc", "sfc", "cf", "afc", "ac", "as", "ssc", "osc", "club");
    /** Words an acronym skips. */
    private static final Set<String> FUNCTION_WORDS =
            Set.of("of", "the", "and", "for", "to", "in", "on", "at", "de", "du", "des", "la", "le", "les", "et");

    private static final int ACRONYM_MIN = 3;
    private static final int ACRONYM_MAX = 6;
    /** The fewest letters of a word that names a company alone ("Reliance", "Aramco"). */
    private static final int DISTINCTIVE_MIN = 4;

    private static final Pattern GOVERNMENT = Pattern.compile("(?i)^government of (?:the )?(.+)$");
    /** The body a country's own entry stands for when texts name it with an adjective. */
    private static final String GOVERNMENT_BODY = "government";
    /** Where a country's adjective goes in a body's form ({@link OfficeWords#body}). */
    private static final String ADJECTIVE = "{}";
    /** Languages whose country names are added: those the analysis reads. */
    private static final List<ULocale> LANGUAGES = List.of(ULocale.ENGLISH, ULocale.FRENCH, new ULocale("ar"));
    /** Each country's names in {@link #LANGUAGES}, by its English name in lower case. */
    private static final Map<String, List<String>> COUNTRIES = countries();
    /** Every country's name in any of {@link #LANGUAGES}, lower case. */
    private static final Set<String> COUNTRY_NAMES = COUNTRIES.values().stream()
            .flatMap(List::stream)
            .map(n -> n.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private OrganizationForms() {}

    /**
     * The forms of {@code name} other than itself. A government's possessive forms are left out
     * when its country is watched in its own right ({@code watched}): "Cuba's" is then the country's.
     */
    static Set<String> of(String name, Predicate<String> watched) {
        Set<String> out = spelled(name, watched);
        if (!GOVERNMENT.matcher(name.strip()).matches()) {
            String distinctive = distinctiveWord(stripped(name)); // "Reliance", "Aramco"
            if (distinctive != null) {
                out.add(distinctive);
            }
        }
        out.addAll(withAdjective(name, watched, false));
        out.addAll(seatNames(name));
        out.remove(name);
        return out;
    }

    /**
     * The names in each language of the seat {@code name} is ({@link OfficeWords#allSeats}): a
     * body watched as "White House" or "Kremlin" is "la Maison Blanche", "البيت الأبيض", "le
     * Kremlin", "الكرملين" too; a body with a seat of its own in {@link OfficeWords#seats} its
     * seat's names ("the Pentagon" for the United States Department of Defense). Empty when it is
     * no seat's.
     */
    static Set<String> seatNames(String name) {
        List<String> own = OfficeWords.BUNDLED.seats(name); // the body's own seat ("the Pentagon")
        if (!own.isEmpty()) {
            return new LinkedHashSet<>(own);
        }
        String key = OfficeWords.key(name);
        for (List<String> seat : OfficeWords.BUNDLED.allSeats().values()) {
            for (String form : seat) {
                String f = OfficeWords.key(form);
                if (f.equals(key) || f.equals("the " + key)) {
                    return new LinkedHashSet<>(seat);
                }
            }
        }
        return Set.of();
    }

    /**
     * The forms of {@code name} that spell it in full or by initials (without designators, its
     * initials, a country's names in each language, a government's possessive), not those that
     * name it by one of its words or its country's adjective: what also names an office's place
     * ({@link OfficeForms}), where a word a watched person's surname may be would name offices
     * in every post naming that person.
     */
    static Set<String> spelled(String name, Predicate<String> watched) {
        Set<String> out = new LinkedHashSet<>();
        Matcher government = GOVERNMENT.matcher(name.strip());
        if (government.matches()) {
            String country = government.group(1);
            if (!watched.test(country)) {
                out.add("g" + name.strip().substring(1)); // "the government of India"
                out.add(country + "'s government");
                out.add(country + "’s government");
            }
        } else {
            String stripped = withoutDesignators(name);
            out.add(stripped);
            // "Lille OSC" is "LOSC", "Paris Saint-Germain F.C." "PSG"
            for (String n : List.of(name, stripped)) {
                String acronym = acronym(n);
                if (acronym != null) {
                    out.add(acronym);
                }
            }
            out.addAll(countryNames(name));
        }
        out.remove(name);
        return out;
    }

    /**
     * A country's government or ministry named with the country's adjectives, as {@link
     * OfficeWords#body} says texts name that body: "the Moroccan government", "Morocco's foreign
     * ministry", "le gouvernement marocain", "les autorités maliennes", "الحكومة المغربية".
     * {@code governments}: whether a government's forms are wanted (they name it only where it
     * speaks, {@link #asSubject}: "the Indian government rejected", not "criticism of the Indian
     * government") or a ministry's (anywhere). A country watched in its own right ({@code name}
     * is the country) takes its government's forms unless that government is watched too; a body
     * no form is known for ("Prime Minister's Office") takes none.
     */
    static Set<String> withAdjective(String name, Predicate<String> watched, boolean governments) {
        String body;
        String country;
        if (isCountry(name)) {
            body = GOVERNMENT_BODY;
            country = name.strip();
            if (watched.test("government of " + country) || watched.test("government of the " + country)) {
                return Set.of();
            }
        } else {
            String[] bodyAndCountry = bodyAndCountry(name);
            if (bodyAndCountry == null) {
                return Set.of();
            }
            body = bodyAndCountry[0];
            country = bodyAndCountry[1];
        }
        OfficeWords.InLanguages forms = OfficeWords.BUNDLED.body(body);
        OfficeWords.InLanguages adjectives = OfficeWords.BUNDLED.adjective(country);
        if (forms == null || adjectives == null || OfficeWords.key(body).equals(GOVERNMENT_BODY) != governments) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>(List.of(country));
        Countries.Country known = Countries.BUNDLED.named(country);
        if (known != null) {
            names.add(known.name()); // "China's foreign ministry" for the People's Republic of China's
        }
        Set<String> out = new LinkedHashSet<>();
        for (String form : forms.en()) {
            adjectives.en().forEach(a -> out.add(form.replace(ADJECTIVE, a)));
            String noun = form.replace(ADJECTIVE, "").strip(); // "Morocco's foreign ministry"
            // a government's possessive is among the forms of() gives it, and is the country's when that is watched
            for (String n : governments ? Set.<String>of() : names) {
                out.add(n + "'s " + noun);
                out.add(n + "’s " + noun);
            }
        }
        forms.fr().forEach(form -> adjectives.fr().forEach(a -> out.add(form.replace(ADJECTIVE, a))));
        forms.ar().forEach(form -> adjectives.ar().forEach(a -> out.add(form.replace(ADJECTIVE, a))));
        return out;
    }

    /**
     * The kind of body {@code name} is and the English name of its country, as {@link
     * OfficeForms#titleAndPlace} reads "Ministry of Health (Egypt)" or "Government of Mali", or a
     * name opening with the country's English adjective ("Sudanese Armed Forces", "Nigerian
     * Army"); null when no country is named.
     */
    static String[] bodyAndCountry(String name) {
        String[] bodyAndCountry = OfficeForms.titleAndPlace(name.strip());
        if (bodyAndCountry != null && isCountry(bodyAndCountry[1])) {
            return bodyAndCountry;
        }
        String[] words = name.strip().split("\\s+", 2);
        Countries.Country country = words.length == 2 ? Countries.BUNDLED.ofAdjective(words[0]) : null;
        return country == null ? null : new String[] {words[1], country.name()};
    }

    /** Whether {@code name} is a country's English name. */
    private static boolean isCountry(String name) {
        return OfficeForms.isCountry(name.strip());
    }

    /** Whether the country {@code country}, by its English name or one of its names in CLDR, is watched itself. */
    private static boolean countryWatched(String country, Predicate<String> watched) {
        return watched.test(country) || countryNames(country).stream().anyMatch(watched);
    }

    /**
     * The forms of {@code name} that name the organisation only where it is the one making a
     * statement or a denial ({@link StatementSubject}): a government's country in the languages
     * analysed and its capitals, unless the country is watched in its own right ("India on
     * Tuesday rejected the allegation", "Rabat a démenti" are the Government of India and of
     * Morocco, "trade with India", "in Rabat, the minister said" are not), a watched country's
     * capitals ("Doha rejected" is the watched Qatar), a government by its country's adjectives
     * ({@link #withAdjective}), and the single common word a company's name leaves without its
     * designators ("Apple denied the report" is Apple Inc., "an apple a day" is not).
     */
    static Set<String> asSubject(String name, Predicate<String> watched) {
        Set<String> out = new LinkedHashSet<>();
        Matcher government = GOVERNMENT.matcher(name.strip());
        if (government.matches()) {
            if (!countryWatched(government.group(1), watched)) {
                out.addAll(countryNames(government.group(1)));
                out.addAll(capitals(government.group(1)));
            }
        } else if (isCountry(name)) {
            out.addAll(capitals(name));
        } else {
            List<String> words = stripped(name);
            if (words.size() == 1 && commonWord(words.get(0)) && !words.get(0).equals(name.strip())) {
                out.add(words.get(0));
            }
        }
        out.addAll(withAdjective(name, watched, true));
        out.remove(name);
        return out;
    }

    /**
     * The one word a club's name keeps without its designators ("Arsenal F.C.": "Arsenal", "FC
     * Barcelona": "Barcelona", "Juventus FC": "Juventus"), which texts about sport name the club by
     * ("Arsenal have denied", "a move to Liverpool") but is mostly also a city's or a district's:
     * {@link EntityResolver} takes it only in a post about sport ({@link SportWords}). None when
     * that word is a country's name, adjective or capital ("Paris FC" is not Paris), nor for a
     * name without a club's designator or of two words or more without them ("Manchester United
     * F.C." is named by {@link #withoutDesignators}).
     */
    static Set<String> clubPlace(String name, Predicate<String> watched) {
        List<String> words = List.of(name.strip().split("\\s+"));
        if (words.size() < 2
                || !(isDesignator(words.get(0), CLUB) || isDesignator(words.get(words.size() - 1), CLUB))) {
            return Set.of();
        }
        String core = core(name);
        if (core == null
                || core.contains(" ")
                || core.codePoints().filter(Character::isLetter).count() < DISTINCTIVE_MIN
                || !Character.isUpperCase(core.charAt(0))
                || Countries.BUNDLED.isCountryWord(core)
                || Countries.BUNDLED.isCapital(core)
                || isCountryName(core)) {
            return Set.of();
        }
        return Set.of(core);
    }

    /**
     * The one word of a name of two words or more ({@code words}, without designators) that says
     * which body it is: capitalised, of {@link #DISTINCTIVE_MIN} letters or more, neither a common
     * word of the bundled lists ({@link CommonWords}, which hold places too: "Manchester", "Madrid",
     * "Saudi") nor a country's name, adjective or capital, the others all being such words:
     * "Reliance" for Reliance Industries, "Aramco" for Saudi Aramco, "Samsung" for Samsung
     * Electronics; none for Real Madrid or Manchester United. Null when there is none or more
     * than one.
     */
    static String distinctiveWord(List<String> words) {
        if (words.size() < 2) {
            return null;
        }
        String found = null;
        for (String w : words) {
            if (CommonWords.latinWord(w) || FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (found != null
                    || w.length() < DISTINCTIVE_MIN
                    || !w.chars().allMatch(Character::isLetter)
                    || !Character.isUpperCase(w.charAt(0))
                    || Countries.BUNDLED.isCountryWord(w)) {
                return null;
            }
            found = w;
        }
        return found;
    }

    /**
     * {@code name} without the legal designators at its end, nor a club's at either end when two
     * words or more remain; itself when nothing or a single common word would be left.
     */
    static String withoutDesignators(String name) {
        List<String> words = stripped(name);
        if (words.size() == 1 && commonWord(words.get(0))) {
            return name;
        }
        return String.join(" ", words);
    }

    /**
     * Whether {@code word} is a common word: not when written with a capital inside it, as no
     * common word is ("BlackBerry Limited" is "BlackBerry", not the fruit).
     */
    private static boolean commonWord(String word) {
        return CommonWords.latinWord(word) && word.codePoints().skip(1).noneMatch(Character::isUpperCase);
    }

    /** The words of {@code name} without the designators {@link #withoutDesignators} leaves out. */
    private static List<String> stripped(String name) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        boolean more = true;
        while (more) {
            more = false;
            int last = words.size() - 1;
            if (words.size() > 1 && isDesignator(words.get(last), LEGAL)
                    || words.size() > 2 && isDesignator(words.get(last), CLUB)) {
                words.remove(last);
                // "Dow Jones & Company", "Acme, Inc."
                while (words.size() > 1 && words.get(words.size() - 1).matches("&|and|,")) {
                    words.remove(words.size() - 1);
                }
                words.set(words.size() - 1, words.get(words.size() - 1).replaceAll(",$", ""));
                more = true;
            }
            if (words.size() > 2 && isDesignator(words.get(0), CLUB)) {
                words.remove(0);
                more = true;
            }
        }
        return words;
    }

    /**
     * {@code name} without any designator at either end, legal or a club's, however few words
     * remain ("Zamalek SC" is "Zamalek"): the word a kind noun before it makes a name
     * ({@link ArabicOrganizationNames}); null when only designators are left.
     */
    static String core(String name) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        while (!words.isEmpty()
                && (isDesignator(words.get(words.size() - 1), LEGAL)
                        || isDesignator(words.get(words.size() - 1), CLUB))) {
            words.remove(words.size() - 1);
        }
        while (!words.isEmpty() && isDesignator(words.get(0), CLUB)) {
            words.remove(0);
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    private static boolean isDesignator(String word, Set<String> designators) {
        return designators.contains(word.replace(".", "").replace(",", "").toLowerCase(Locale.ROOT));
    }

    /**
     * The initials of {@code name}'s words (split at hyphens and where digits meet letters), an
     * all-capitals word and a number giving all of theirs; null unless every word but the
     * function words is capitalised and the initials are three to six.
     */
    static String acronym(String name) {
        StringBuilder out = new StringBuilder();
        int words = 0;
        for (String word : name.strip().split("[\\s\\-‑–]+|(?<=\\d)(?=\\p{L})")) {
            String w = word.replace(".", "").replaceAll("[^\\p{L}\\p{N}]", "");
            if (w.isEmpty() || FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            words++;
            if (w.chars().allMatch(Character::isDigit)
                    || w.length() > 1 && w.chars().allMatch(Character::isUpperCase)) {
                out.append(w);
            } else if (Character.isUpperCase(w.charAt(0))) {
                out.append(w.charAt(0));
            } else {
                return null;
            }
        }
        return words >= 2 && out.length() >= ACRONYM_MIN && out.length() <= ACRONYM_MAX ? out.toString() : null;
    }

    /** A country's capitals in the languages analysed ({@link Countries}), by its English name (any case). */
    private static List<String> capitals(String country) {
        Countries.Country c = Countries.BUNDLED.named(country);
        return c == null ? List.of() : c.capitals();
    }

    /**
     * A country's names in the languages analysed as CLDR gives them, by its English name (any
     * case), English first; empty when {@code name} is not a country's.
     */
    static List<String> countryNames(String name) {
        return COUNTRIES.getOrDefault(name.strip().toLowerCase(Locale.ROOT), List.of());
    }

    /** Whether {@code form} is a country's name in one of the languages analysed ("India", "Inde", "الهند"). */
    static boolean isCountryName(String form) {
        return COUNTRY_NAMES.contains(form.strip().toLowerCase(Locale.ROOT));
    }

    private static Map<String, List<String>> countries() {
        Map<String, List<String>> out = new HashMap<>();
        for (String code : ULocale.getISOCountries()) {
            ULocale country = new ULocale("", code);
            List<String> names = new ArrayList<>();
            for (ULocale language : LANGUAGES) {
                String n = country.getDisplayCountry(language);
                // "Congo - Kinshasa", "Myanmar (Burma)": CLDR's disambiguations are not how texts write them
                if (!n.isBlank() && !n.equals(code) && !n.contains("(") && !n.contains(" - ")) {
                    names.add(n);
                }
            }
            if (!names.isEmpty() && names.get(0).equals(country.getDisplayCountry(ULocale.ENGLISH))) {
                out.put(names.get(0).toLowerCase(Locale.ROOT), List.copyOf(names));
            }
        }
        return Map.copyOf(out);
    }
}
