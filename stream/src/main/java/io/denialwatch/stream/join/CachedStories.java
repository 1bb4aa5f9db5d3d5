package io.denialwatch.stream.join;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;

/**
 * What ranking reads of the filed stories of the persons ranked most recently, kept in memory
 * within a budget of bytes, so that ranking a denial (and re-ranking it after a late story) reads
 * no store. With a month of stories a person, each ranking read hundreds of stories from RocksDB,
 * whole, for their features alone: that, and scoring them, is what the join's cost grows by with
 * the look-back (BENCHMARKS.md). Only the features are kept ({@link EncodedStory#trimmed}); the
 * record of the few stories an alert shows is read from the store.
 *
 * <p>A mirror of the store, never the truth: the joiner files and drops each story of a cached
 * person here as it does in the store, and the whole mirror is dropped when the task starts
 * again (so it never holds what a transaction aborted). A person pushed out by the budget is read
 * from the store again when next ranked.
 */
final class CachedStories {
    /** What an entry costs beyond its bytes: the map entry, the key, the story and its features. */
    private static final int OVERHEAD = 256;

    private final long budget;
    private long used;
    /** Per person, in the order last ranked: their stories by store key. */
    private final LinkedHashMap<String, Person> persons = new LinkedHashMap<>(16, 0.75f, true);

    private static final class Person {
        final TreeMap<String, EncodedStory> stories = new TreeMap<>();
        long bytes;
    }

    CachedStories(long budget) {
        this.budget = budget;
    }

    /** {@code person}'s stories by store key, or null when they are not kept. */
    NavigableMap<String, EncodedStory> get(String person) {
        Person kept = persons.get(person);
        return kept == null ? null : kept.stories;
    }

    /**
     * {@code person}'s stories by store key, read from {@code scan} (all of them, in key order)
     * and kept as far as the budget allows; each trimmed by {@code trim} first.
     */
    NavigableMap<String, EncodedStory> read(
            String person,
            Iterator<KeyValue<String, EncodedStory>> scan,
            Function<KeyValue<String, EncodedStory>, EncodedStory> trim) {
        Person read = new Person();
        while (scan.hasNext()) {
            KeyValue<String, EncodedStory> kv = scan.next();
            EncodedStory story = trim.apply(kv);
            read.stories.put(kv.key, story);
            read.bytes += cost(kv.key, story);
        }
        Person before = persons.put(person, read);
        used += read.bytes - (before == null ? 0 : before.bytes);
        evict();
        return read.stories;
    }

    /** Whether {@code person}'s stories are kept (so that what is filed for them must be too). */
    boolean holds(String person) {
        return persons.containsKey(person);
    }

    /** A story filed for {@code person} in the store, trimmed: kept if the person's stories are. */
    void filed(String person, String key, EncodedStory trimmed) {
        Person kept = persons.get(person);
        if (kept != null && kept.stories.put(key, trimmed) == null) {
            kept.bytes += cost(key, trimmed);
            used += cost(key, trimmed);
            evict();
        }
    }

    /** A story dropped from the store. */
    void dropped(String person, String key) {
        Person kept = persons.get(person);
        if (kept != null) {
            EncodedStory gone = kept.stories.remove(key);
            if (gone != null) {
                kept.bytes -= cost(key, gone);
                used -= cost(key, gone);
            }
        }
    }

    void clear() {
        persons.clear();
        used = 0;
    }

    /** Drops the persons ranked longest ago until the budget holds (the one just read last of all). */
    private void evict() {
        Iterator<Map.Entry<String, Person>> it = persons.entrySet().iterator();
        while (used > budget && it.hasNext()) {
            used -= it.next().getValue().bytes;
            it.remove();
        }
    }

    private static long cost(String key, EncodedStory story) {
        return OVERHEAD + 2L * key.length() + story.size();
    }
}
