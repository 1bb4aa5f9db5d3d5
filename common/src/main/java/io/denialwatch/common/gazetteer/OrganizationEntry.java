package io.denialwatch.common.gazetteer;

import java.util.List;

/**
 * An institution; when {@code speaks_for} names a person, its denials concern that person (a
 * presidency's media office for the president).
 */
public record OrganizationEntry(String id, String name, List<String> aliases, String speaksFor, List<String> accounts) {
    public OrganizationEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }
}
