package io.denialwatch.common.gazetteer;

import java.time.LocalDate;
import java.util.List;

/**
 * An office (a role) and who held it when. Its {@code name} and {@code aliases} name it on their
 * own ("Britain's prime minister", "Downing Street", "البيت الأبيض"); its {@code titles} are the
 * generic words for it ("prime minister", "Premier ministre", "رئيس الوزراء"), which name it only
 * when {@code of} (the country or organisation it belongs to) is named in the same post or is the
 * country of the outlet that posts it.
 *
 * @param of       the id of an organisation of the watch list (a country, a company, a club), or null
 * @param wikidata the Wikidata item it was imported from (Q…), which a later import merges on
 */
public record RoleEntry(
        String id,
        String name,
        List<String> aliases,
        List<String> titles,
        String of,
        List<Holder> holders,
        List<String> accounts,
        String wikidata)
        implements WatchListEntry {

    public RoleEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        titles = titles == null ? List.of() : List.copyOf(titles);
        holders = holders == null ? List.of() : List.copyOf(holders);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** Who held the office on {@code day}: the latest to take it when holders overlap, or null. */
    public String holderOn(LocalDate day) {
        Holder best = null;
        for (Holder h : holders) {
            if (h.heldOn(day)
                    && (best == null
                            || best.from() != null
                                    && h.from() != null
                                    && h.from().isAfter(best.from()))) {
                best = h;
            }
        }
        return best == null ? null : best.person();
    }
}
