package io.denialwatch.common.gazetteer;

import java.util.List;

/**
 * An institution: a government, ministry, company, club, party, agency, or a country. It is
 * watched in its own right (its denials and the stories about it meet), and when
 * {@code speaks_for} names persons or organisations its denials concern them too (a presidency's
 * media office for the president, a club for its players).
 *
 * @param wikidata the Wikidata item it was imported from (Q…), which a later import merges on
 */
public record OrganizationEntry(
        String id, String name, List<String> aliases, List<Link> speaksFor, List<String> accounts, String wikidata)
        implements WatchListEntry {
    public OrganizationEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        speaksFor = speaksFor == null ? List.of() : List.copyOf(speaksFor);
    }
}
