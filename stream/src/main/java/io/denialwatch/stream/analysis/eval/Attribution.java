package io.denialwatch.stream.analysis.eval;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Whom the analysis said posts concern against whom the labels say, counted over (post, entity)
 * pairs: recall is the share of labelled pairs found, precision the share of named pairs labelled.
 * One count for persons and one for organisations. A person the labels say the post names only
 * through an office or an organisation is not required, but is right when named.
 */
final class Attribution {
    private final String kind;
    private int found;
    private int labelled;
    private int named;
    private int right;

    /** @param kind what is counted, as errors name it: "person", "organisation" */
    Attribution(String kind) {
        this.kind = kind;
    }

    /** Counts one post: {@code ids} the analysis named, {@code labels} the labelled ones; each miss goes to {@code errors}. */
    void add(String postId, Set<String> ids, Collection<String> labels, List<String> errors) {
        add(postId, ids, labels, List.of(), errors);
    }

    /** The same, {@code alsoRight} the labelled ones not required of the analysis. */
    void add(
            String postId,
            Set<String> ids,
            Collection<String> labels,
            Collection<String> alsoRight,
            List<String> errors) {
        for (String id : ids) {
            named++;
            if (labels.contains(id) || alsoRight.contains(id)) {
                right++;
            } else {
                errors.add(postId + " named " + kind + " " + id + " the labels do not list");
            }
        }
        for (String id : labels) {
            labelled++;
            if (ids.contains(id)) {
                found++;
            } else {
                errors.add(postId + " missed " + kind + " " + id);
            }
        }
    }

    int found() {
        return found;
    }

    int labelled() {
        return labelled;
    }

    int named() {
        return named;
    }

    int right() {
        return right;
    }
}
