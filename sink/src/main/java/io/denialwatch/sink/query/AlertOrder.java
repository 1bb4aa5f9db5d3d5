package io.denialwatch.sink.query;

import io.denialwatch.common.model.Alert;
import java.util.Comparator;

/** The desk's one order, the same as the store's {@code ORDER BY denial_at DESC NULLS LAST, alert_id}. */
public final class AlertOrder {
    /** Newest denial first; alerts without a time last; the id breaks ties so paging is stable. */
    public static final Comparator<Alert> NEWEST_DENIAL_FIRST = Comparator.comparing(
                    SearchText::denialTime, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Alert::alertId);

    private AlertOrder() {}
}
