package io.denialwatch.common.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what was worked out for a word (its proclitic-stripped forms, its name keys). Words
 * in news follow Zipf's law, so a few thousand entries answer nearly every look-up and spare the
 * per-word string building that would otherwise dominate the analysis of a post. Bounded: when
 * full it is simply emptied, which costs one cold post and never grows the heap.
 */
public final class WordMemo<V> {

    private static final int DEFAULT_CAPACITY = 50_000;

    private final Map<String, V> memo = new ConcurrentHashMap<>();
    private final Function<String, V> compute;
    private final int capacity;

    public WordMemo(Function<String, V> compute) {
        this(compute, DEFAULT_CAPACITY);
    }

    public WordMemo(Function<String, V> compute, int capacity) {
        this.compute = compute;
        this.capacity = capacity;
    }

    public V get(String word) {
        V v = memo.get(word);
        if (v == null) {
            v = compute.apply(word);
            if (memo.size() >= capacity) {
                memo.clear();
            }
            memo.put(word, v);
        }
        return v;
    }

    /** Forgets everything, for when what a word maps to has changed (a phrase added to an index). */
    public void clear() {
        memo.clear();
    }
}
