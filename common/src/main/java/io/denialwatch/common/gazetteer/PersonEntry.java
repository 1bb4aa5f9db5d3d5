package io.denialwatch.common.gazetteer;

import java.util.List;

/**
 * A watched person.
 *
 * @param aliases  other names in any script (optional: variants are derived automatically)
 * @param accounts accounts the person speaks through, as {@code kind:handle} ({@code x:example})
 */
public record PersonEntry(String id, String name, List<String> aliases, List<String> accounts) {
    public PersonEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }
}
