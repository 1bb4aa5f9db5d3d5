package io.denialwatch.sink.notify;

import io.denialwatch.common.LogSafe;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.RankedStory;

/** The one readable line a terminal shows per alert. Post text is neutralised: it comes from outside. */
public final class AlertLine {
    private AlertLine() {}

    public static String of(Alert a) {
        String denier = a.denial().denier() == null
                ? "?"
                : a.denial().denier().name() + " (" + a.denial().denier().kind() + ")";
        StringBuilder b = new StringBuilder();
        b.append("ALERT ")
                .append(a.alertId(), 0, 8)
                .append(" r")
                .append(a.revision())
                .append(" | ")
                .append(LogSafe.of(a.person().name()))
                .append(" | denied by ")
                .append(LogSafe.of(denier))
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
        return b.toString();
    }
}
