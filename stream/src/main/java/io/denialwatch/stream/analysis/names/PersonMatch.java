package io.denialwatch.stream.analysis.names;

import io.denialwatch.common.gazetteer.PersonEntry;

/**
 * A watched person found in a text: token range {@code [from, to)} and how the name matched
 * ({@code alias}, {@code transliteration}, {@code surname}).
 */
public record PersonMatch(PersonEntry person, int from, int to, String how) {}
