package io.denialwatch.common.gazetteer;

import java.util.List;

/**
 * A watched person.
 *
 * @param aliases   other names in any script (optional: variants are derived automatically)
 * @param accounts  accounts the person speaks through, as {@code kind:handle} ({@code x:example})
 * @param speaksFor the organisations the person speaks for, when (a spokesperson)
 * @param wikidata  the Wikidata item it was imported from (Q…), which a later import merges on
 */
public record PersonEntry(
        String id, String name, List<String> aliases, List<String> accounts, List<Link> speaksFor, String wikidata)
        implements WatchListEntry {
    public PersonEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        speaksFor = speaksFor == null ? List.of() : List.copyOf(speaksFor);
    }

    public PersonEntry(String id, String name, List<String> aliases, List<String> accounts) {
        this(id, name, aliases, accounts, null, null);
    }
}
