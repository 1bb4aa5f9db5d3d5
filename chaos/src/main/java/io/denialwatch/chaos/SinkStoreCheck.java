package io.denialwatch.chaos;

/**
 * What the sink's store holds after the run, read by the verifier. One implementation per store
 * the sink can write (the JSONL file today; a database table reads the same two numbers:
 * {@code count(distinct alert_id)} and rows beyond one per (alert id, revision)).
 */
public interface SinkStoreCheck {
    /** Result of one check. */
    record Rows(String store, long distinctAlerts, long duplicateRows, long unreadableRows) {}

    Rows read();
}
