package io.denialwatch.common.gazetteer;

import io.denialwatch.common.UserError;
import java.util.List;

/** A watch list that cannot be used, with every problem found in it, each as {@code file:line: what}. */
public final class WatchListException extends UserError {
    private final List<String> problems;

    WatchListException(String source, List<String> problems) {
        super(problems.get(0)
                + (problems.size() == 1
                        ? ""
                        : " (and " + (problems.size() - 1) + " more: denialwatch check watchlist " + source
                                + " lists them)"));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
