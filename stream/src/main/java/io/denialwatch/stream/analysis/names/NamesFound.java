package io.denialwatch.stream.analysis.names;

import java.util.List;

/** What {@link PersonResolver#names} finds: the persons a text names, and the surnames that name several. */
public record NamesFound(List<PersonMatch> persons, List<AmbiguousName> ambiguous) {}
