package io.denialwatch.stream.join;

import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.PersonRef;
import io.denialwatch.common.model.RankedStory;
import io.denialwatch.stream.pipeline.PipelineMetrics;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a denial's alert goes out (again), and as what. The one rule of both ways an alert
 * leaves the join: {@link AlertGatherer} for a denial with several join keys, {@link DenialJoiner}
 * itself for a denial with one; so the desk sees the same alerts, revisions and all, whichever way
 * they came.
 */
final class AlertRevision {
    private AlertRevision() {}

    /**
     * The alert the desk is to see after {@code last} (null: nothing yet), made of the parts so far
     * (by key, {@link AlertMerge}); null when it would show the desk nothing new. A held report's
     * alert is revision 0 and the first alert of its own revision 1, whatever came before; each
     * later one is one revision up. Counted in {@code metrics.alerts} the first time the denial has
     * an alert of its own.
     */
    static Alert next(Alert last, List<String> keys, Map<String, Alert> parts, int topK, PipelineMetrics metrics) {
        int revision = last == null || last.revision() == 0 ? 1 : last.revision() + 1;
        Alert alert = AlertMerge.merge(keys, parts, revision, topK);
        boolean news = alert != null && (last == null ? alert.foldedInto() == null : !sameForTheDesk(alert, last));
        if (!news) {
            // a report folded at once under every key is no alert at all, as it never was
            return null;
        }
        if (alert.standsAlone() && (last == null || !last.standsAlone())) {
            metrics.alerts.increment();
        }
        return alert;
    }

    /** Whether two alerts of a denial show the desk the same: stories, entities, held or folded. */
    static boolean sameForTheDesk(Alert a, Alert b) {
        return ids(a.stories()).equals(ids(b.stories()))
                && a.person().equals(b.person())
                && Objects.equals(entityIds(a.alsoConcerns()), entityIds(b.alsoConcerns()))
                && (a.held() == null) == (b.held() == null)
                && Objects.equals(a.foldedInto(), b.foldedInto());
    }

    private static List<String> ids(List<RankedStory> stories) {
        return stories.stream().map(RankedStory::postId).toList();
    }

    private static List<String> entityIds(List<PersonRef> refs) {
        return refs == null ? List.of() : refs.stream().map(PersonRef::id).toList();
    }
}
