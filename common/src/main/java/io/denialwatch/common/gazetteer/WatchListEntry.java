package io.denialwatch.common.gazetteer;

import java.util.List;

/** What every kind of entry of the watch list has: an id, the names it goes by, its accounts. */
public interface WatchListEntry {
    String id();

    String name();

    List<String> aliases();

    List<String> accounts();
}
