package io.denialwatch.stream.join;

/**
 * A news report of someone's denial, held back briefly: if the first-hand denial it reports turns
 * up (it may be read later, from another partition), the report is folded into that alert
 * instead of raising one of its own.
 *
 * @param heldAtMs wall-clock time it was held
 */
public record HeldReport(PersonEvent.Denial event, long heldAtMs) {}
