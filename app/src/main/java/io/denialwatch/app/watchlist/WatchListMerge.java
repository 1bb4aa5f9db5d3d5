package io.denialwatch.app.watchlist;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.gazetteer.Holder;
import io.denialwatch.common.gazetteer.Link;
import io.denialwatch.common.gazetteer.OrganizationEntry;
import io.denialwatch.common.gazetteer.PersonEntry;
import io.denialwatch.common.gazetteer.RoleEntry;
import io.denialwatch.common.gazetteer.WatchListEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;

/**
 * An import merged into a watch list without losing what was written by hand: an entry the list
 * already has (same id, which {@link EntryIds} gave it from its {@code wikidata:}) keeps its name,
 * accounts, titles and {@code of}, and gains the aliases, holders and links it lacked; entries the
 * import does not name stay as they are, in their order, and new ones follow.
 */
final class WatchListMerge {
    private WatchListMerge() {}

    /** The merged list, and how many imported entries were left out because their id is another kind's. */
    record Merged(Gazetteer gazetteer, int clashes) {}

    static Merged merge(Gazetteer existing, Gazetteer imported) {
        int[] clashes = {0};
        List<PersonEntry> persons = section(
                existing.persons(),
                imported.persons(),
                ids(existing, existing.persons()),
                clashes,
                WatchListMerge::person);
        List<OrganizationEntry> organizations = section(
                existing.organizations(),
                imported.organizations(),
                ids(existing, existing.organizations()),
                clashes,
                WatchListMerge::organization);
        List<RoleEntry> roles = section(
                existing.roles(), imported.roles(), ids(existing, existing.roles()), clashes, WatchListMerge::role);
        return new Merged(new Gazetteer(persons, organizations, existing.outlets(), roles), clashes[0]);
    }

    /** The ids of {@code existing}'s entries in sections other than {@code own}. */
    private static Set<String> ids(Gazetteer existing, List<? extends WatchListEntry> own) {
        Set<String> out = new HashSet<>();
        Stream.of(existing.persons(), existing.organizations(), existing.roles(), existing.outlets())
                .filter(l -> l != own)
                .flatMap(List::stream)
                .forEach(e -> out.add(e.id()));
        return out;
    }

    private static <T extends WatchListEntry> List<T> section(
            List<T> existing, List<T> imported, Set<String> otherKinds, int[] clashes, BinaryOperator<T> merge) {
        Map<String, T> out = new LinkedHashMap<>();
        existing.forEach(e -> out.put(e.id(), e));
        for (T e : imported) {
            if (otherKinds.contains(e.id())) {
                clashes[0]++;
            } else {
                out.merge(e.id(), e, merge);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static PersonEntry person(PersonEntry old, PersonEntry add) {
        return new PersonEntry(
                old.id(),
                old.name(),
                aliases(old, add),
                old.accounts(),
                links(old.speaksFor(), add.speaksFor()),
                old.wikidata() != null ? old.wikidata() : add.wikidata());
    }

    private static OrganizationEntry organization(OrganizationEntry old, OrganizationEntry add) {
        return new OrganizationEntry(
                old.id(),
                old.name(),
                aliases(old, add),
                links(old.speaksFor(), add.speaksFor()),
                old.accounts(),
                old.wikidata() != null ? old.wikidata() : add.wikidata());
    }

    private static RoleEntry role(RoleEntry old, RoleEntry add) {
        List<Holder> holders = new ArrayList<>(old.holders());
        for (Holder h : add.holders()) {
            // the same person's term starting the same day is the same term, whatever end was written by hand
            if (old.holders().stream()
                    .noneMatch(o -> o.person().equals(h.person()) && Objects.equals(o.from(), h.from()))) {
                holders.add(h);
            }
        }
        return new RoleEntry(
                old.id(),
                old.name(),
                aliases(old, add),
                old.titles().isEmpty() ? add.titles() : old.titles(),
                old.of() != null ? old.of() : add.of(),
                holders,
                old.accounts(),
                old.wikidata() != null ? old.wikidata() : add.wikidata());
    }

    private static List<String> aliases(WatchListEntry old, WatchListEntry add) {
        Set<String> out = new LinkedHashSet<>(old.aliases());
        out.add(add.name());
        out.addAll(add.aliases());
        out.remove(old.name());
        return List.copyOf(out);
    }

    /** Links to someone the entry has no link to yet; a hand-written link to them wins, dates and all. */
    private static List<Link> links(List<Link> old, List<Link> add) {
        List<Link> out = new ArrayList<>(old);
        Set<String> linked = new HashSet<>();
        old.forEach(l -> linked.add(l.id()));
        add.stream().filter(l -> !linked.contains(l.id())).forEach(out::add);
        return out;
    }
}
