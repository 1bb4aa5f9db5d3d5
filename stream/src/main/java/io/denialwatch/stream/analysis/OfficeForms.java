package io.denialwatch.stream.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names texts give an office, worked out from its canonical English name as a desk or a
 * Wikidata import writes it, so that "President of Russia" alone finds its holder in "Russia's
 * president", "the Russian president", "le président russe", "الرئيس الروسي" and "the Kremlin":
 *
 * <ul>
 *   <li>the name is read as "Title of Place" ("Prime Minister of the United Kingdom", "Chairman
 *       of Reliance Industries") or "Place Title" ("United States Secretary of State"); the place
 *       is a country when CLDR knows it by that English name, else a body;
 *   <li>{@code own}: forms that name the office on their own: the place's possessive and the
 *       title ("Russia's president", "Reliance Industries chairman"), the title "of" the place in
 *       lower case, the country's adjective with the title in English, French and Arabic, the
 *       Arabic title before the country's Arabic name ("رئيس روسيا");
 *   <li>{@code address}: the forms of address that name its holder on their own ("Her Majesty",
 *       "the Holy Father");
 *   <li>{@code seats}: its seats ("the Kremlin", "Downing Street"), which name its place, not its
 *       holder: "the White House said" is the office's staff;
 *   <li>{@code titles}: the title in each language, which names the office only in a post that
 *       also names its place;
 *   <li>{@code place}: the forms that name the place: a country's names in English, French and
 *       Arabic (CLDR through ICU) and its adjectives; a body's name and the forms that spell it
 *       ({@link OrganizationForms#spelled}).
 * </ul>
 *
 * Titles, adjectives and seats, which no library holds, come from {@link OfficeWords}; a title
 * it does not know is the English title alone.
 *
 * @param placeKey what identifies the place (its English name, lower case), or null when the
 *     name gives none ("Pope")
 */
record OfficeForms(
        Set<String> own,
        Set<String> address,
        Set<String> seats,
        Set<String> titles,
        String placeKey,
        Set<String> place) {

    private static final Pattern OF = Pattern.compile("(?i)\\s+of\\s+(?:the\\s+)?");
    private static final Pattern BRACKET = Pattern.compile("(.+?)\\s*\\((.+)\\)");
    private static final String ARABIC_ARTICLE = "ال";
    private static final Pattern PORTFOLIO = Pattern.compile("(minister|secretary) (?:of|for) (?:the )?([^,]+)");

    /** How French joins a title to a place's name: "de Madagascar", "du Cameroun", "de la Fifa", "des États-Unis", "d'Haïti". */
    private static final List<String> FRENCH_OF = List.of("de ", "du ", "de la ", "des ", "d'", "de l'");

    /**
     * An Arabic title in construct before a name (iḍāfa): the article goes to the last noun of the
     * chain, so the title loses its own: الرئيس → رئيس روسيا, رئيس الوزراء → رئيس وزراء إسرائيل, وزير
     * الخارجية → وزير خارجية مصر. Null for a title whose first word carries the article and is not
     * alone (المتحدث باسم الحكومة), which does not go before a name so.
     */
    static String construct(String title) {
        String[] words = title.split(" ");
        if (words.length == 1) {
            return title.startsWith(ARABIC_ARTICLE) ? title.substring(ARABIC_ARTICLE.length()) : title;
        }
        if (words[0].startsWith(ARABIC_ARTICLE)) {
            return null;
        }
        String last = words[words.length - 1];
        if (last.startsWith(ARABIC_ARTICLE)) {
            words[words.length - 1] = last.substring(ARABIC_ARTICLE.length());
        }
        return String.join(" ", words);
    }

    static OfficeForms of(String officeName) {
        OfficeWords words = OfficeWords.BUNDLED;
        String name = officeName.strip();
        OfficeForms staff = ofStaff(name, words);
        if (staff != null) {
            return staff;
        }
        Set<String> own = new LinkedHashSet<>();
        Set<String> address = Set.copyOf(words.address(name));
        Set<String> seats = Set.copyOf(words.seats(name));
        String[] titleAndPlace = titleAndPlace(name);
        if (titleAndPlace == null) {
            return new OfficeForms(Set.of(), address, Set.of(), Set.of(), null, Set.of());
        }
        String title = titleAndPlace[0];
        String place = titleAndPlace[1];
        OfficeWords.InLanguages known = words.title(title);
        OfficeWords.InLanguages t = known != null
                ? known
                : new OfficeWords.InLanguages(List.of(), englishOnly(title), List.of(), List.of());
        OfficeWords.InLanguages adjectives = words.adjective(place);
        List<String> countryNames = new ArrayList<>(OrganizationForms.countryNames(place));
        if (adjectives != null) {
            countryNames.addAll(adjectives.names());
        }
        boolean country = !countryNames.isEmpty();
        Set<String> placeForms = new LinkedHashSet<>();
        placeForms.add(place);
        placeForms.addAll(countryNames);
        placeForms.addAll(OrganizationForms.spelled(place, n -> false));
        // a country's possessive in English; a body by any of its forms ("CIA director")
        for (String p : country ? List.of(place) : placeForms) {
            for (String en : t.en()) {
                own.add(p + "'s " + en);
                own.add(p + "’s " + en);
                own.add(en + " of " + p);
                own.add(en + " of the " + p);
                if (!country) {
                    own.add(p + " " + en); // "Reliance Industries chairman"
                }
            }
        }
        for (String ar : t.ar()) {
            String construct = construct(ar);
            if (construct == null) {
                continue;
            }
            countryNames.stream()
                    .filter(c -> c.codePoints()
                            .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC))
                    .forEach(c -> own.add(construct + " " + c));
        }
        // French: the title "de" the place, with whichever article the place's name takes ("le
        // président de la République de Madagascar", "du Cameroun", "président de la FAF")
        for (String p : country ? countryNames : placeForms) {
            if (p.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC)) {
                continue;
            }
            for (String fr : t.fr()) {
                for (String of : FRENCH_OF) {
                    own.add(fr + " " + of + p);
                }
            }
        }
        if (adjectives != null) {
            placeForms.addAll(adjectives.en());
            placeForms.addAll(adjectives.fr());
            placeForms.addAll(adjectives.ar());
            adjectives.en().forEach(a -> t.en().forEach(en -> own.add(a + " " + en)));
            adjectives.fr().forEach(a -> t.fr().forEach(fr -> own.add(fr + " " + a)));
            adjectives.ar().forEach(a -> t.ar().forEach(ar -> own.add(ar + " " + a)));
        }
        own.remove(name);
        Set<String> titles = new LinkedHashSet<>();
        titles.addAll(t.en());
        titles.addAll(t.fr());
        titles.addAll(t.ar());
        return new OfficeForms(
                Set.copyOf(own), address, seats, Set.copyOf(titles), placeKey(place), Set.copyOf(placeForms));
    }

    private static final Pattern STAFF_OF = Pattern.compile("(?i)(.+?)\\s+of\\s+(?:the\\s+)?(.+)");

    /**
     * The forms of an office that speaks for another one that has a seat, written "<Seat> <Title>"
     * ("White House Press Secretary") or "<Title> of <Office>" ("Press Secretary of the President
     * of Russia"), its title one {@link OfficeWords} knows: the seat with the title in each language
     * ("the Kremlin spokesman", "le porte-parole de la Maison Blanche", "le porte-parole du
     * Kremlin", "المتحدث باسم الكرملين"), and in Arabic the title before the other office's own
     * forms ("المتحدث باسم الرئيس الروسي"). Null for any other name.
     */
    private static OfficeForms ofStaff(String name, OfficeWords words) {
        String key = OfficeWords.key(name);
        String title = null;
        String of = null;
        for (Map.Entry<String, List<String>> e : words.allSeats().entrySet()) {
            for (String seat : e.getValue()) {
                String english = OfficeWords.key(seat).replaceFirst("^the ", "");
                if (key.startsWith(english + " ") && !seat.startsWith("le ") && !seat.startsWith("la ")) {
                    title = key.substring(english.length() + 1);
                    of = e.getKey();
                }
            }
        }
        Matcher staffOf = STAFF_OF.matcher(key);
        if (title == null && staffOf.matches() && words.allSeats().containsKey(staffOf.group(2))) {
            title = staffOf.group(1);
            of = staffOf.group(2);
        }
        OfficeWords.InLanguages t = title == null ? null : words.title(title);
        if (t == null) {
            return null;
        }
        Set<String> own = new LinkedHashSet<>();
        for (String seat : words.allSeats().get(of)) {
            boolean arabic =
                    seat.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
            if (arabic) {
                t.ar().forEach(ar -> own.add(ar + " " + seat));
            } else if (seat.startsWith("le ")) {
                String rest = seat.substring(3);
                t.fr().forEach(fr -> List.of("du ", "au ").forEach(d -> own.add(fr + " " + d + rest)));
            } else if (seat.startsWith("la ") || seat.startsWith("l'")) {
                t.fr().forEach(fr -> List.of("de ", "à ").forEach(d -> own.add(fr + " " + d + seat)));
            } else {
                String english = seat.replaceFirst("^the ", "");
                t.en().forEach(en -> own.add(english + " " + en));
            }
        }
        for (String form : of(of).own()) {
            if (form.startsWith(ARABIC_ARTICLE)) {
                t.ar().forEach(ar -> own.add(ar + " " + form));
            }
        }
        own.remove(name);
        return new OfficeForms(Set.copyOf(own), Set.of(), Set.of(), Set.of(), null, Set.of());
    }

    /**
     * What identifies {@code place} (an English name) whatever name an office or an outlet gives
     * it: a country's common English name ("Côte d'Ivoire" and "Ivory Coast" are one), else the
     * name itself; lower case.
     */
    static String placeKey(String place) {
        Countries.Country country = Countries.BUNDLED.named(place);
        return OfficeWords.key(country == null ? place : country.name());
    }

    /**
     * A title {@link OfficeWords} does not know, in English as texts write it: the title itself
     * ("minister of energy"), and a minister's or a secretary's portfolio before it ("energy
     * minister", "Saudi Arabia's energy minister").
     */
    private static List<String> englishOnly(String title) {
        String key = OfficeWords.key(title);
        Matcher portfolio = PORTFOLIO.matcher(key);
        return portfolio.matches() ? List.of(key, portfolio.group(2) + " " + portfolio.group(1)) : List.of(key);
    }

    /**
     * The title and the place of {@code name}: a country in brackets after it ("Ministry of
     * Foreign Affairs (Russia)"), else after the first "of" that leaves a country ("Secretary of
     * State of the United States", "Ministry of Foreign Affairs of the People's Republic of
     * China"), else after the first "of" ("Chairman of Reliance Industries"), else a country it
     * starts with ("United States Secretary of State"); null when none. Also how {@link
     * OrganizationForms} reads a government's or a ministry's name.
     */
    static String[] titleAndPlace(String name) {
        Matcher bracket = BRACKET.matcher(name);
        if (bracket.matches() && isCountry(bracket.group(2))) {
            return new String[] {bracket.group(1), bracket.group(2)};
        }
        List<int[]> ofs = new ArrayList<>();
        Matcher m = OF.matcher(name);
        while (m.find()) {
            ofs.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < ofs.size(); i++) {
            String place = name.substring(ofs.get(i)[1]);
            if (isCountry(place)) {
                return new String[] {name.substring(0, ofs.get(i)[0]), place};
            }
        }
        String[] words = name.split("\\s+");
        for (int n = words.length - 1; n >= 1; n--) {
            String head = String.join(" ", List.of(words).subList(0, n));
            if (isCountry(head)) {
                return new String[] {String.join(" ", List.of(words).subList(n, words.length)), head};
            }
        }
        if (!ofs.isEmpty()) {
            return new String[] {name.substring(0, ofs.get(0)[0]), name.substring(ofs.get(0)[1])};
        }
        return null;
    }

    static boolean isCountry(String place) {
        return !OrganizationForms.countryNames(place).isEmpty() || OfficeWords.BUNDLED.adjective(place) != null;
    }
}
