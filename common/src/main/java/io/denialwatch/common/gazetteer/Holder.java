package io.denialwatch.common.gazetteer;

import java.time.LocalDate;

/**
 * Who held an office when: {@code person} is the id of a person of the watch list; {@code from} and
 * {@code to} are inclusive, either open when null (a holder without {@code to} still holds it).
 */
public record Holder(String person, LocalDate from, LocalDate to) {

    /** Whether {@code person} held the office on {@code day}. */
    public boolean heldOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
