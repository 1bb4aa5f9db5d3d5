package io.denialwatch.app.watchlist;

import static io.denialwatch.app.watchlist.WikidataEntity.HEAD_OF_GOVERNMENT;
import static io.denialwatch.app.watchlist.WikidataEntity.HEAD_OF_STATE;
import static io.denialwatch.app.watchlist.WikidataEntity.JURISDICTION;
import static io.denialwatch.app.watchlist.WikidataEntity.OFFICE_OF_HEAD_OF_GOVERNMENT;
import static io.denialwatch.app.watchlist.WikidataEntity.OFFICE_OF_HEAD_OF_STATE;
import static io.denialwatch.app.watchlist.WikidataEntity.POSITION_HELD;
import static io.denialwatch.app.watchlist.WikidataEntity.SPOKESPERSON;
import static io.denialwatch.app.watchlist.WikidataEntity.SPORTS_TEAM;

import io.denialwatch.app.watchlist.WikidataEntity.Statement;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.gazetteer.Holder;
import io.denialwatch.common.gazetteer.Link;
import io.denialwatch.common.gazetteer.OrganizationEntry;
import io.denialwatch.common.gazetteer.PersonEntry;
import io.denialwatch.common.gazetteer.RoleEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wikidata entities → watch-list entries. Humans (instance of Q5) become persons; offices (items
 * held through P39, or named by a country's P1313/P1906, or instances of position or public
 * office) become roles, their holders from P39 on the persons and P6/P35 on the countries; every
 * other item becomes an organisation. A chairperson, CEO or director (P488, P169, P1037) makes an
 * office of the organisation's own; a spokesperson (P2035) speaks for the organisation, and a
 * team (P54) for its players, each with the statement's start and end.
 *
 * <p>Statements are read from the picked entities only; the items they name are brought in from
 * the same file when it holds them (for their names), and left out with a count otherwise.
 */
final class WikidataImport {

    /** What an import made, before it is merged into a watch list. */
    record Imported(Gazetteer entries, int leftOut) {}

    private static final Set<String> OFFICE_PROPERTIES =
            Set.of(POSITION_HELD, OFFICE_OF_HEAD_OF_GOVERNMENT, OFFICE_OF_HEAD_OF_STATE);

    private final List<String> languages;
    private final Map<String, WikidataEntity> picked;
    private final Map<String, WikidataEntity> all = new LinkedHashMap<>();
    private final Set<String> offices = new HashSet<>();
    private final EntryIds ids;
    private final Map<String, List<Link>> speaksFor = new LinkedHashMap<>();
    private final Map<String, List<Holder>> holders = new LinkedHashMap<>();
    /** Offices made for an organisation's statements, by their id, with the organisation and the kind. */
    private final Map<String, Map.Entry<WikidataEntity, OfficeTitles>> ownOffices = new LinkedHashMap<>();
    /** Offices named by a country's P1313/P1906, with the country: they belong to it. */
    private final Map<String, String> officeOf = new LinkedHashMap<>();

    private WikidataImport(List<String> languages, Map<String, WikidataEntity> picked, EntryIds ids) {
        this.languages = languages;
        this.picked = picked;
        this.ids = ids;
    }

    /**
     * Reads {@code dump} (twice when the picked entities name items the first reading did not keep)
     * and makes the entries, with ids that are those of {@code existing} for the items it already has.
     *
     * @param pick the ids to import, or empty for every item in the file
     */
    static Imported read(WikidataDump dump, Set<String> pick, List<String> languages, Gazetteer existing) {
        Map<String, WikidataEntity> picked = new LinkedHashMap<>();
        dump.read(id -> pick.isEmpty() || pick.contains(id), e -> picked.put(e.id(), e));
        Set<String> named = new LinkedHashSet<>();
        picked.values().forEach(e -> e.statements().forEach(s -> named.add(s.value())));
        named.removeAll(picked.keySet());
        Map<String, WikidataEntity> brought = new LinkedHashMap<>();
        if (!named.isEmpty()) {
            dump.read(named::contains, e -> brought.put(e.id(), e));
        }
        WikidataImport i = new WikidataImport(languages, picked, new EntryIds(existing));
        i.all.putAll(picked);
        brought.forEach(i.all::putIfAbsent);
        named.removeAll(brought.keySet());
        return new Imported(i.entries(), named.size());
    }

    private Gazetteer entries() {
        all.values().removeIf(e -> e.labels().isEmpty()); // no name in any chosen language
        picked.values()
                .forEach(e -> e.statements().stream()
                        .filter(s -> OFFICE_PROPERTIES.contains(s.property()))
                        .forEach(s -> offices.add(s.value())));
        all.values().stream()
                .filter(e -> WikidataEntity.OFFICE_CLASSES.stream().anyMatch(e.instanceOf()::contains))
                .forEach(e -> offices.add(e.id()));
        all.values().forEach(e -> ids.assign(e.id(), name(e)));
        picked.values().stream().filter(e -> all.containsKey(e.id())).forEach(this::statementsOf);

        List<PersonEntry> persons = new ArrayList<>();
        List<OrganizationEntry> organizations = new ArrayList<>();
        List<RoleEntry> roles = new ArrayList<>();
        for (WikidataEntity e : all.values()) {
            String id = ids.of(e.id());
            if (offices.contains(e.id())) {
                roles.add(new RoleEntry(id, name(e), aliases(e), null, of(e), holders.get(id), null, e.id()));
            } else if (e.isHuman()) {
                persons.add(new PersonEntry(id, name(e), aliases(e), null, speaksFor.get(id), e.id()));
            } else {
                organizations.add(new OrganizationEntry(id, name(e), aliases(e), speaksFor.get(id), null, e.id()));
            }
        }
        ownOffices.forEach((id, of) -> roles.add(ownOffice(id, of.getKey(), of.getValue())));
        return new Gazetteer(persons, organizations, List.of(), roles);
    }

    /** What the statements of a picked entity say: offices held, holders, who speaks for whom. */
    private void statementsOf(WikidataEntity e) {
        String self = ids.of(e.id());
        for (Statement s : e.statements()) {
            WikidataEntity value = all.get(s.value());
            if (value == null) {
                continue;
            }
            String target = ids.of(value.id());
            switch (s.property()) {
                case POSITION_HELD -> {
                    if (e.isHuman()) {
                        hold(target, self, s);
                    }
                }
                case HEAD_OF_GOVERNMENT, HEAD_OF_STATE -> {
                    if (value.isHuman()) {
                        hold(officeOf(e, s.property()), target, s);
                    }
                }
                case WikidataEntity.CHAIRPERSON, WikidataEntity.CEO, WikidataEntity.DIRECTOR -> {
                    if (value.isHuman()) {
                        hold(ownOffice(e, OfficeTitles.of(s.property())), target, s);
                    }
                }
                case SPOKESPERSON -> {
                    if (value.isHuman()) {
                        speaksFor
                                .computeIfAbsent(target, k -> new ArrayList<>())
                                .add(new Link(self, s.from(), s.to()));
                    }
                }
                case SPORTS_TEAM -> {
                    if (e.isHuman() && !value.isHuman() && !offices.contains(value.id())) {
                        speaksFor
                                .computeIfAbsent(target, k -> new ArrayList<>())
                                .add(new Link(self, s.from(), s.to()));
                    }
                }
                case OFFICE_OF_HEAD_OF_GOVERNMENT, OFFICE_OF_HEAD_OF_STATE -> officeOf.put(target, self);
                default -> {}
            }
        }
    }

    /** A term once, though both the person (P39) and the country (P6, P35) state it. */
    private void hold(String office, String person, Statement s) {
        List<Holder> terms = holders.computeIfAbsent(office, k -> new ArrayList<>());
        Holder h = new Holder(person, s.from(), s.to());
        if (!terms.contains(h)) {
            terms.add(h);
        }
    }

    /** The office a country's head of government (P6) or state (P35) holds: its own item when the file has it. */
    private String officeOf(WikidataEntity country, String property) {
        String named = property.equals(HEAD_OF_GOVERNMENT) ? OFFICE_OF_HEAD_OF_GOVERNMENT : OFFICE_OF_HEAD_OF_STATE;
        for (Statement s : country.statements(named)) {
            if (all.containsKey(s.value())) {
                return ids.of(s.value());
            }
        }
        return ownOffice(country, OfficeTitles.of(property));
    }

    private String ownOffice(WikidataEntity organization, OfficeTitles kind) {
        String id = ids.of(organization.id()) + "-" + kind.suffix();
        ownOffices.putIfAbsent(id, Map.entry(organization, kind));
        return id;
    }

    private RoleEntry ownOffice(String id, WikidataEntity organization, OfficeTitles kind) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        for (String lang : languages) {
            String orgName = organization.labels().get(lang);
            if (orgName != null) {
                names.add(kind.name(lang, orgName));
            }
            titles.addAll(kind.titles(lang));
        }
        List<String> ordered = new ArrayList<>(names);
        return new RoleEntry(
                id,
                ordered.get(0),
                ordered.subList(1, ordered.size()),
                List.copyOf(titles),
                ids.of(organization.id()),
                holders.get(id),
                null,
                null);
    }

    /** The organisation an office belongs to: the country naming it, else its jurisdiction (P1001) when imported. */
    private String of(WikidataEntity office) {
        String country = officeOf.get(ids.of(office.id()));
        if (country != null) {
            return country;
        }
        for (Statement s : office.statements(JURISDICTION)) {
            WikidataEntity j = all.get(s.value());
            if (j != null && !j.isHuman() && !offices.contains(j.id())) {
                return ids.of(j.id());
            }
        }
        return null;
    }

    /** The label in the first chosen language that has one. */
    private String name(WikidataEntity e) {
        for (String lang : languages) {
            String label = e.labels().get(lang);
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    /** Every other label and alias in the chosen languages, once each. */
    private List<String> aliases(WikidataEntity e) {
        Set<String> out = new LinkedHashSet<>();
        for (String lang : languages) {
            if (e.labels().containsKey(lang)) {
                out.add(e.labels().get(lang));
            }
            out.addAll(e.aliases().getOrDefault(lang, List.of()));
        }
        out.remove(name(e));
        return List.copyOf(out);
    }
}
