package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.AccountKeys;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.gazetteer.OrganizationEntry;
import io.denialwatch.common.gazetteer.OutletEntry;
import io.denialwatch.common.gazetteer.PersonEntry;
import io.denialwatch.common.gazetteer.RoleEntry;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.text.ArabicWord;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.names.PersonMatch;
import io.denialwatch.stream.analysis.text.PhraseIndex;
import io.denialwatch.stream.analysis.text.PhraseIndex.Match;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Finds the watched organisations and offices a post names, and who held each office that day.
 * An office's own names (an alias: "Britain's prime minister", "Downing Street", "البيت الأبيض")
 * resolve on their own; its generic titles ("prime minister", "رئيس الوزراء") only when the
 * organisation it belongs to ({@code of}) is named in the same post, or is the country the post
 * reports from (its watched outlet's, else its web address's): "the prime minister" in a British
 * paper is Britain's. The forms derived from
 * an office's name ("President of Russia": "the Russian president", "le Président" in a post
 * naming Russia or the Kremlin) are found by {@link OfficeNames}. Every name is one phrase of one
 * index, so a post costs a look-up per word however long the watch list.
 */
public final class EntityResolver {

    /**
     * What a name stands for: an organisation, an office by one of its own names, or a title, with
     * the offices that bear it by the organisation each belongs to. Thousands of offices share
     * "chairperson" or "رئيس": a title is one phrase, and a post naming it looks up only the
     * organisations it names, not every office.
     */
    private record Named(
            OrganizationEntry organization,
            RoleEntry office,
            String title,
            Map<String, List<RoleEntry>> titleOf,
            NameCapitals capitals,
            boolean sport) {}

    /** An organisation named in a post, with its token range. */
    public record OrganizationMatch(OrganizationEntry organization, int from, int to) {}

    /**
     * What a post names: organisations, and the holders of the offices it names on its day; and,
     * for deciding between watched persons of one name, the offices it names by their own names
     * ({@code officeIds}) and the titles it names ({@code titles}, lower case), whatever they are
     * the office of.
     */
    public record Found(
            List<OrganizationMatch> organizations,
            List<PersonMatch> holders,
            Set<String> officeIds,
            Set<String> titles) {
        static final Found NONE = new Found(List.of(), List.of(), Set.of(), Set.of());

        public boolean isEmpty() {
            return organizations.isEmpty() && holders.isEmpty();
        }

        /** Whether the post names {@code office}, by its own name or by one of its titles. */
        public boolean names(RoleEntry office) {
            if (officeIds.contains(office.id())) {
                return true;
            }
            for (String t : office.titles()) {
                if (titles.contains(titleKey(t))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final PhraseIndex<Named> index = new PhraseIndex<>(ArabicWord.NAME_PREFIXES);
    private final ArabicOrganizationNames arabicNames;
    private final ArabicSpelledNames spelledNames;
    private final SpeakerForms speakerForms;
    private final BareBodies bareBodies;
    private final OfficeNames officeNames;
    private final Map<String, PersonEntry> persons = new HashMap<>();
    private final Map<String, OrganizationEntry> organizations = new HashMap<>();
    /** The country an outlet reports from, by each of its accounts and handles. */
    private final Map<String, String> outletCountries = new HashMap<>();
    /** The ids of the watched organisations that are countries, by the country's common English name. */
    private final Map<String, String> countryIds = new HashMap<>();

    /** The watched government of each watched country, by the country organisation's id. */
    private final Map<String, OrganizationEntry> governments = new HashMap<>();
    /** Tells a country that speaks from one named in passing; made when a country with a government is watched. */
    private final StatementSubject statementSubject;

    private final boolean empty;

    public EntityResolver(Gazetteer gazetteer) {
        arabicNames = new ArabicOrganizationNames(gazetteer.organizations());
        spelledNames = new ArabicSpelledNames(gazetteer.organizations());
        bareBodies = new BareBodies(gazetteer.organizations());
        for (OrganizationEntry o : gazetteer.organizations()) {
            organizations.put(o.id(), o);
            add(o.name(), o.aliases(), o, null);
            Countries.Country country = Countries.BUNDLED.named(o.name());
            if (country != null) {
                countryIds.putIfAbsent(country.name(), o.id());
            }
        }
        for (OrganizationEntry o : gazetteer.organizations()) {
            Countries.Country country = governmentOf(o.name());
            if (country != null && countryIds.containsKey(country.name())) {
                governments.putIfAbsent(countryIds.get(country.name()), o);
            }
        }
        statementSubject = governments.isEmpty() ? null : new StatementSubject();
        Set<String> own = ownNames(gazetteer);
        officeNames = new OfficeNames(gazetteer.roles(), own::contains);
        Set<String> personWords = personWords(gazetteer);
        derivedForms(gazetteer, own, personWords, OrganizationForms::of).forEach((form, o) -> {
            if (!tooShort(form)) {
                index.add(form, new Named(o, null, null, null, NameCapitals.of(form), false));
            }
        });
        // a club by the city its name keeps ("Liverpool"), only in a post about sport: see find
        derivedForms(gazetteer, own, personWords, OrganizationForms::clubPlace).forEach((form, o) -> {
            if (!tooShort(form)) {
                index.add(form, new Named(o, null, null, null, NameCapitals.of(form), true));
            }
        });
        speakerForms = new SpeakerForms(derivedForms(gazetteer, own, personWords, OrganizationForms::asSubject));
        Map<String, Map<String, List<RoleEntry>>> titles = new HashMap<>();
        for (RoleEntry r : gazetteer.roles()) {
            add(r.name(), r.aliases(), null, r);
            if (r.of() != null) {
                for (String t : r.titles()) {
                    titles.computeIfAbsent(titleKey(t), k -> new HashMap<>())
                            .computeIfAbsent(r.of(), k -> new ArrayList<>(1))
                            .add(r);
                }
            }
        }
        // a title is a common noun: any capitals
        titles.forEach((t, byOf) -> index.add(t, new Named(null, null, t, byOf, NameCapitals.of(t), false)));
        gazetteer.persons().forEach(p -> persons.put(p.id(), p));
        for (OutletEntry o : gazetteer.outlets()) {
            if (o.country() != null) {
                o.accounts().forEach(a -> AccountKeys.of(a).forEach(k -> outletCountries.put(k, o.country())));
            }
        }
        empty = gazetteer.organizations().isEmpty() && gazetteer.roles().isEmpty();
    }

    /**
     * The forms {@code derive} works out from each organisation's name, by the one
     * organisation each stands for. A form that is already some entry's own name or alias is that
     * entry's ("Cuba" is the watched country, not also the Government of Cuba), a one-word form
     * that is a word of a watched person's name is the person's ("Bloomberg" with Michael
     * Bloomberg watched is not Bloomberg News), and one derived for two organisations names
     * neither (two bodies whose initials are "CAS").
     */
    private static Map<String, OrganizationEntry> derivedForms(
            Gazetteer gazetteer,
            Set<String> own,
            Set<String> personWords,
            BiFunction<String, Predicate<String>, Set<String>> derive) {
        Map<String, OrganizationEntry> byForm = new LinkedHashMap<>();
        Set<String> shared = new HashSet<>();
        for (OrganizationEntry o : gazetteer.organizations()) {
            Set<String> forms = new LinkedHashSet<>();
            forms.addAll(derive.apply(o.name(), n -> own.contains(formKey(n))));
            o.aliases().forEach(a -> forms.addAll(derive.apply(a, n -> own.contains(formKey(n)))));
            for (String form : forms) {
                String key = formKey(form);
                if (own.contains(key) || personWords.contains(key)) {
                    continue;
                }
                OrganizationEntry before = byForm.putIfAbsent(form, o);
                if (before != null && !before.id().equals(o.id())) {
                    shared.add(form);
                }
            }
        }
        shared.forEach(byForm::remove);
        return byForm;
    }

    /** Every word of a watched person's names and aliases, as {@link #formKey} keys them. */
    private static Set<String> personWords(Gazetteer gazetteer) {
        Set<String> out = new HashSet<>();
        for (PersonEntry p : gazetteer.persons()) {
            List<String> names = new ArrayList<>(p.aliases());
            names.add(p.name());
            for (String n : names) {
                if (n != null) {
                    for (String w : n.split("[\\s\\-‑,]+")) {
                        out.add(formKey(w));
                    }
                }
            }
        }
        return out;
    }

    /** Every entry's own name and aliases, as {@link #formKey} keys them. */
    private static Set<String> ownNames(Gazetteer gazetteer) {
        Set<String> own = new HashSet<>();
        gazetteer.organizations().forEach(o -> ownNames(o.name(), o.aliases(), own));
        gazetteer.roles().forEach(r -> ownNames(r.name(), r.aliases(), own));
        gazetteer.persons().forEach(p -> ownNames(p.name(), p.aliases(), own));
        return own;
    }

    private static void ownNames(String name, List<String> aliases, Set<String> into) {
        if (name != null) {
            into.add(formKey(name));
        }
        aliases.forEach(a -> into.add(formKey(a)));
    }

    private static String formKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A form of fewer than two letters or digits ("E" of "E&", a stray initial) is a letter of
     * every other text, not a name: "E! News" is not the telecoms group e&.
     */
    private static boolean tooShort(String form) {
        return form.codePoints().filter(Character::isLetterOrDigit).limit(2).count() < 2;
    }

    private void add(String name, List<String> aliases, OrganizationEntry org, RoleEntry office) {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(aliases);
        for (String n : names) {
            if (n != null && !tooShort(n)) {
                index.add(n, new Named(org, office, null, null, NameCapitals.of(n), false));
            }
        }
    }

    /**
     * The organisations {@code tokens} names and the holders, on {@code day}, of the offices it
     * names ({@code how}: "office holder on 2021-04-26"). An office nobody held that day, or a
     * title whose organisation is not in the post nor the outlet's country, gives no one.
     */
    public Found find(Tokens tokens, LocalDate day, Account account) {
        return find(tokens, day, account, null);
    }

    /**
     * The same for a post read at the web address {@code url}: where no watched outlet gives the
     * country a post reports from, its address's country-code domain does ("the prime minister"
     * on www.lbc.co.uk is Britain's).
     */
    public Found find(Tokens tokens, LocalDate day, Account account, String url) {
        if (empty) {
            return Found.NONE;
        }
        List<OrganizationMatch> named = new ArrayList<>();
        Set<String> places = new LinkedHashSet<>();
        List<Match<Named>> offices = new ArrayList<>();
        Boolean sport = null; // read once, and only when a club's city asks for it
        for (Match<Named> m : index.find(tokens)) {
            if (!m.value().capitals().keptBy(tokens, m.from(), m.to())) {
                continue;
            }
            if (m.value().sport()) {
                if (sport == null) {
                    sport = SportWords.in(tokens);
                }
                if (!sport) {
                    continue; // "a flat in Liverpool" is the city
                }
            }
            if (m.value().organization() != null && OutletRecognizer.isDatelineCredit(tokens, m.from(), m.to())) {
                // the wire that wrote the text ("LONDON (Reuters) -") is not whom it concerns
                continue;
            }
            if (m.value().organization() != null) {
                if (ChannelMention.names(tokens, m.from(), m.to())) {
                    continue; // "wrote on Twitter": the medium, not whom the post concerns
                }
                if (reportSource(m.value().organization(), tokens, m.from(), m.to())) {
                    continue; // "according to Reuters": the outlet a report came from
                }
                if (place(m.value().organization(), tokens, m.from(), m.to())) {
                    // "a press conference at the White House"; still the country of a title ("In
                    // Britain, the prime minister")
                    places.add(m.value().organization().id());
                    continue;
                }
                named.add(new OrganizationMatch(m.value().organization(), m.from(), m.to()));
            } else {
                offices.add(m);
            }
        }
        if (!arabicNames.isEmpty()) {
            arabicNames.find(tokens).stream()
                    .filter(m -> !ChannelMention.names(tokens, m.from(), m.to())
                            && !reportSource(m.organization(), tokens, m.from(), m.to())
                            && !place(m.organization(), tokens, m.from(), m.to()))
                    .forEach(named::add);
        }
        if (!spelledNames.isEmpty()) {
            spelledNames.find(tokens).stream()
                    .filter(m -> !ChannelMention.names(tokens, m.from(), m.to())
                            && !reportSource(m.organization(), tokens, m.from(), m.to())
                            && !place(m.organization(), tokens, m.from(), m.to()))
                    .forEach(named::add);
        }
        Map<String, OrganizationMatch> organizations = new LinkedHashMap<>();
        List<Match<Boolean>> statements = null; // read once, and only when a country with a government is named
        for (OrganizationMatch m : named) {
            if (withinAnother(m, named, offices)) {
                continue;
            }
            OrganizationEntry government = governments.get(m.organization().id());
            if (government != null) {
                if (statements == null) {
                    statements = statementSubject.statements(tokens);
                }
                if (StatementSubject.speaks(tokens, m.from(), m.to(), statements)) {
                    // "Israel denied the report": its government speaks (eval/corpus/README.md)
                    m = new OrganizationMatch(government, m.from(), m.to());
                }
            }
            organizations.putIfAbsent(m.organization().id(), m);
        }
        speakerForms
                .find(tokens)
                .forEach(m -> organizations.putIfAbsent(m.organization().id(), m));
        // read once, and only when a bare title asks for it: both the derived office forms and the
        // titles below compare with it
        AddressCountry address = new AddressCountry(url);
        if (!bareBodies.isEmpty()) {
            bareBodies
                    .find(tokens, List.copyOf(organizations.values()), () -> outletCountryName(account, address.get()))
                    .forEach(m -> organizations.putIfAbsent(m.organization().id(), m));
        }
        List<Match<RoleEntry>> derived = officeNames.isEmpty()
                ? List.of()
                : officeNames.find(tokens, () -> outletCountryName(account, address.get()));
        if (organizations.isEmpty() && offices.isEmpty() && derived.isEmpty()) {
            return Found.NONE; // most posts: no set built
        }
        Set<String> officeIds = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (Match<Named> m : offices) {
            if (m.value().office() != null) {
                officeIds.add(m.value().office().id());
            } else {
                titles.add(m.value().title());
            }
        }
        derived.forEach(m -> officeIds.add(m.value().id()));
        if (offices.isEmpty() && derived.isEmpty() || day == null) {
            return new Found(List.copyOf(organizations.values()), List.of(), officeIds, titles);
        }
        String outletCountry = outletCountry(account, address.get());
        Map<String, PersonMatch> holders = new LinkedHashMap<>();
        for (Match<Named> m : offices) {
            if (m.value().office() != null) {
                hold(m.value().office(), m.from(), m.to(), day, holders);
                continue;
            }
            Set<String> countries = new LinkedHashSet<>(organizations.keySet());
            countries.addAll(places);
            for (String of : countries) {
                m.value().titleOf().getOrDefault(of, List.of()).forEach(r -> hold(r, m.from(), m.to(), day, holders));
            }
            if (outletCountry != null && !countries.contains(outletCountry)) {
                m.value()
                        .titleOf()
                        .getOrDefault(outletCountry, List.of())
                        .forEach(r -> hold(r, m.from(), m.to(), day, holders));
            }
        }
        derived.forEach(m -> hold(m.value(), m.from(), m.to(), day, holders));
        return new Found(List.copyOf(organizations.values()), List.copyOf(holders.values()), officeIds, titles);
    }

    /**
     * The country a post's web address says it reports from, read the first time it is asked
     * for: its country-code domain, else the one country its host or path names ({@link
     * Countries#namedInAddress}: "www.thesouthafrican.com", "/news/malaysia/").
     */
    private static final class AddressCountry {
        private final String url;
        private Countries.Country country;
        private boolean read;

        AddressCountry(String url) {
            this.url = url;
        }

        Countries.Country get() {
            if (!read) {
                read = true;
                country = Countries.BUNDLED.ofWebAddress(url);
                if (country == null) {
                    country = Countries.BUNDLED.namedInAddress(url);
                }
            }
            return country;
        }
    }

    /**
     * Whether {@code o}, named at tokens {@code [from, to)}, is only the outlet a report came from
     * ({@link ReportSource}); never a country, which is no outlet ("selon la France").
     */
    private static boolean reportSource(OrganizationEntry o, Tokens tokens, int from, int to) {
        return ReportSource.names(tokens, from, to) && Countries.BUNDLED.named(o.name()) == null;
    }

    /**
     * Whether {@code o}, named at tokens {@code [from, to)}, is a country or a seat of power named
     * only as a place the text passes through ({@link PlaceMention}): "at the White House", "in
     * Israel", "Qatar's foreign ministry".
     */
    private static boolean place(OrganizationEntry o, Tokens tokens, int from, int to) {
        boolean country = Countries.BUNDLED.named(o.name()) != null;
        return (country || PlaceMention.isSeat(tokens, from, to)) && PlaceMention.names(tokens, from, to, country);
    }

    /**
     * Whether {@code m} lies within the longer name of another organisation: "China" in "China
     * Evergrande Group", "Maroc" in "Royal Air Maroc", "France" in "l'Ambassade de France au
     * Maroc" name the company, the airline and the embassy, not the countries.
     */
    private static boolean withinAnother(
            OrganizationMatch m, List<OrganizationMatch> named, List<Match<Named>> offices) {
        for (OrganizationMatch other : named) {
            if (longerAround(other.from(), other.to(), m)
                    && !other.organization().id().equals(m.organization().id())) {
                return true;
            }
        }
        for (Match<Named> office : offices) {
            if (office.value().office() != null && longerAround(office.from(), office.to(), m)) {
                return true; // "Prime Minister of Israel" names the office
            }
        }
        return false;
    }

    private static boolean longerAround(int from, int to, OrganizationMatch m) {
        return from <= m.from() && m.to() <= to && to - from > m.to() - m.from();
    }

    /** The country {@code name} is the government of ("Government of the United States"), or null. */
    private static Countries.Country governmentOf(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"government of the ", "government of "}) {
            if (n.startsWith(prefix)) {
                return Countries.BUNDLED.named(name.strip().substring(prefix.length()));
            }
        }
        return null;
    }

    private static String titleKey(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }

    /** The organisation with {@code id}, or null. */
    public OrganizationEntry organization(String id) {
        return organizations.get(id);
    }

    /** The holder of {@code office} on {@code day}, if a watched person, found where tokens {@code [from, to)} name the office. */
    private void hold(RoleEntry office, int from, int to, LocalDate day, Map<String, PersonMatch> holders) {
        PersonEntry holder = persons.get(office.holderOn(day));
        if (holder != null) {
            holders.putIfAbsent(holder.id(), new PersonMatch(holder, from, to, "office holder on " + day));
        }
    }

    /**
     * The English name of the country the post reports from, as {@link OfficeNames} compares
     * places: its watched outlet's, else its web address's; or null.
     */
    private String outletCountryName(Account account, Countries.Country byAddress) {
        OrganizationEntry country = organizations.get(outletCountry(account));
        if (country != null) {
            return country.name();
        }
        return byAddress == null ? null : byAddress.name();
    }

    /**
     * The id of the watched country the post reports from: its watched outlet's {@code country},
     * else the watched organisation named as the country of its web address; or null.
     */
    private String outletCountry(Account account, Countries.Country byAddress) {
        String country = outletCountry(account);
        if (country != null) {
            return country;
        }
        return byAddress == null ? null : countryIds.get(byAddress.name());
    }

    private String outletCountry(Account account) {
        if (account == null || outletCountries.isEmpty()) {
            return null;
        }
        for (String key : new String[] {account.id(), account.handle()}) {
            if (key != null) {
                String country = outletCountries.get(AccountKeys.lookup(key));
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }
}
