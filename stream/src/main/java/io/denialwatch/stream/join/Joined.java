package io.denialwatch.stream.join;

import io.denialwatch.common.model.Alert;

/**
 * What the joiner sends on for a denial: a key's part of its alert, to be gathered with the
 * parts of its other keys ({@link KeyRanking}, keyed by denial post id), or, for a denial with one
 * join key, its alert itself ({@link Alerted}, keyed by alert id), as the gatherer would have
 * made it ({@link AlertGatherer#gathers}).
 */
public sealed interface Joined permits KeyRanking, Joined.Alerted {

    /** The alert of a denial with one join key, for the alert topic as it is. */
    record Alerted(Alert alert) implements Joined {}
}
