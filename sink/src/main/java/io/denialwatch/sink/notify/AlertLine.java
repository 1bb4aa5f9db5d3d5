package io.denialwatch.sink.notify;

import io.denialwatch.common.LogSafe;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Denier;
import io.denialwatch.common.model.RankedStory;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The one readable line a terminal shows per alert. Post text is neutralised: it comes from outside. */
public final class AlertLine {
    private AlertLine() {}

    public static String of(Alert a) {
        StringBuilder b = new StringBuilder();
        b.append("ALERT ")
                .append(a.alertId(), 0, 8)
                .append(" r")
                .append(a.revision())
                .append(" | ")
                .append(LogSafe.of(a.person().name()));
        if (a.person().how() != null) {
            b.append(" (").append(LogSafe.of(a.person().how())).append(')');
        }
        b.append(" | denied by ")
                .append(LogSafe.of(denier(a.denial().denier())))
                .append(" | ")
                .append(a.denial().postId());
        if (a.stories().isEmpty()) {
            b.append(" | ").append(a.note() == null ? Alert.NO_STORY_YET : a.note());
        } else {
            RankedStory top = a.stories().get(0);
            b.append(" <-> ")
                    .append(LogSafe.of(top.outlet() == null ? "story" : top.outlet()))
                    .append(' ')
                    .append(top.postId())
                    .append(" (score ")
                    .append(top.score())
                    .append(')');
        }
        if (a.held() != null) {
            b.append(" | held until ")
                    .append(
                            a.held().until() == null
                                    ? "?"
                                    : TIME.format(a.held().until()))
                    .append(" for the first-hand denial");
        }
        if (a.foldedInto() != null) {
            b.append(" | folded into ")
                    .append(
                            LogSafe.of(a.foldedInto()),
                            0,
                            Math.min(8, a.foldedInto().length()));
        }
        return b.toString();
    }

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** Who denies, and how they were found when they are watched: "Syrian Presidency (office, account of …)". */
    static String denier(Denier d) {
        if (d == null) {
            return "?";
        }
        return (d.name() == null ? "?" : d.name()) + " (" + d.kind() + (d.how() == null ? "" : ", " + d.how()) + ")";
    }
}
