package io.denialwatch.sink.query;

import java.time.Instant;

/**
 * Someone at the desk has seen an alert and dealt with it; every open page shows it.
 *
 * @param alertId the alert acknowledged
 * @param by      who says so (free text the desk types; shown only as text)
 * @param note    an optional remark
 * @param at      when
 */
public record Ack(String alertId, String by, String note, Instant at) {
    static final int MAX_TEXT = 200;

    /** Cuts the desk's free text to a sane length; an empty name becomes "desk". */
    public static Ack of(String alertId, String by, String note, Instant at) {
        return new Ack(
                alertId,
                by == null || by.isBlank() ? "desk" : cut(by.strip()),
                note == null ? null : cut(note.strip()),
                at);
    }

    private static String cut(String s) {
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }
}
