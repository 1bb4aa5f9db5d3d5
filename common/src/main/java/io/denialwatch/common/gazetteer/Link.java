package io.denialwatch.common.gazetteer;

import java.time.LocalDate;

/**
 * A dated {@code speaks_for} link: the entry speaks for {@code id} (a person or an organisation of
 * the watch list) from {@code from} to {@code to}, both inclusive and either open when null. A
 * bare id in the file ({@code speaks_for: nabih-berri}) is a link without dates.
 */
public record Link(String id, LocalDate from, LocalDate to) {

    public static Link of(String id) {
        return new Link(id, null, null);
    }

    /** Whether the link holds on {@code day}; a link without dates always does, and so does any link on an unknown day. */
    public boolean holdsOn(LocalDate day) {
        return day == null || (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
