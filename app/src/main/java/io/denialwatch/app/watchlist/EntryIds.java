package io.denialwatch.app.watchlist;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.gazetteer.WatchListEntry;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The watch-list id of each imported item: the id its entry already has in the watch list (found
 * by {@code wikidata:}), so that alerts and hand edits keep pointing at it; else its name in lower
 * case with dashes ({@code boris-johnson}), with the item's id appended when that is taken.
 */
final class EntryIds {
    private final Map<String, String> byItem = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    EntryIds(Gazetteer existing) {
        Stream.of(existing.persons(), existing.organizations(), existing.roles(), existing.outlets())
                .flatMap(List::stream)
                .map(WatchListEntry::id)
                .forEach(taken::add);
        existing.persons().stream().filter(p -> p.wikidata() != null).forEach(p -> byItem.put(p.wikidata(), p.id()));
        existing.organizations().stream()
                .filter(o -> o.wikidata() != null)
                .forEach(o -> byItem.put(o.wikidata(), o.id()));
        existing.roles().stream().filter(r -> r.wikidata() != null).forEach(r -> byItem.put(r.wikidata(), r.id()));
    }

    void assign(String item, String name) {
        if (byItem.containsKey(item)) {
            return;
        }
        String slug = slug(name);
        String id = slug.isEmpty() || taken.contains(slug) ? join(slug, item.toLowerCase(Locale.ROOT)) : slug;
        taken.add(id);
        byItem.put(item, id);
    }

    String of(String item) {
        return byItem.get(item);
    }

    private static String join(String slug, String item) {
        return slug.isEmpty() ? item : slug + "-" + item;
    }

    /** "Élysée Palace" → "elysee-palace"; a name in a script without Latin letters gives "". */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
