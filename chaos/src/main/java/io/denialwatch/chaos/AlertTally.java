package io.denialwatch.chaos;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts what a reader saw of the alerts: each (alert id, revision) should be seen once. Under
 * exactly-once a second copy of a revision is a duplicate, whatever its content (a re-run of the
 * same step stamps a new {@code created_at}).
 */
public final class AlertTally {
    private final Map<String, Set<Integer>> revisions = new HashMap<>();
    private long records;
    private long duplicates;
    private long unreadable;

    public void add(String alertId, int revision) {
        records++;
        if (!revisions.computeIfAbsent(alertId, k -> new HashSet<>()).add(revision)) {
            duplicates++;
        }
    }

    public void unreadable() {
        unreadable++;
    }

    public Set<String> alertIds() {
        return revisions.keySet();
    }

    public long records() {
        return records;
    }

    public long duplicates() {
        return duplicates;
    }

    public long unreadableRecords() {
        return unreadable;
    }

    public long missingFrom(Set<String> expected) {
        return expected.stream().filter(id -> !revisions.containsKey(id)).count();
    }

    public long spuriousAgainst(Set<String> expected) {
        return revisions.keySet().stream().filter(id -> !expected.contains(id)).count();
    }
}
