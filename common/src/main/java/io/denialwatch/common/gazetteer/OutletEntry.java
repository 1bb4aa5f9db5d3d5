package io.denialwatch.common.gazetteer;

import java.util.List;

/**
 * A news outlet, with its names in several scripts and the accounts it publishes from.
 *
 * @param country the id of the organisation (a country) the outlet reports from, or null: an
 *                office's generic title in its posts ("the prime minister") is that country's
 */
public record OutletEntry(String id, String name, List<String> aliases, List<String> accounts, String country)
        implements WatchListEntry {
    public OutletEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    public OutletEntry(String id, String name, List<String> aliases, List<String> accounts) {
        this(id, name, aliases, accounts, null);
    }
}
