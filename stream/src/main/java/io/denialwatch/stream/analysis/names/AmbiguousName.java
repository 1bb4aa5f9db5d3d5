package io.denialwatch.stream.analysis.names;

import io.denialwatch.common.gazetteer.PersonEntry;
import java.util.List;

/**
 * A surname alone, at token range {@code [from, to)}, that may name any of two or more watched
 * persons ("Messi" with both Lionel and Jorge Messi watched), in the order they were indexed.
 */
public record AmbiguousName(List<PersonEntry> candidates, int from, int to) {
    public AmbiguousName {
        candidates = List.copyOf(candidates);
    }
}
