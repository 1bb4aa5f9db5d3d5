package io.denialwatch.common.gazetteer;

import java.util.List;

/** A news outlet, with its names in several scripts and the accounts it publishes from. */
public record OutletEntry(String id, String name, List<String> aliases, List<String> accounts) {
    public OutletEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }
}
