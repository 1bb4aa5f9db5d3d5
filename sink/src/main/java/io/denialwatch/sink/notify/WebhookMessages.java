package io.denialwatch.sink.notify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.RankedStory;
import java.util.Map;

/** The bodies webhook targets receive. */
public final class WebhookMessages {
    private static final int MAX_QUOTE = 500;

    private WebhookMessages() {}

    public static String body(WebhookTarget.Format format, Alert a) {
        return format == WebhookTarget.Format.SLACK ? slack(a) : json(a);
    }

    /** The generic JSON body: {@code {"event":"alert","alert":{…}}} with the alert exactly as on dw.alerts. */
    public static String json(Alert a) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("event", "alert");
        n.set("alert", Json.MAPPER.valueToTree(a));
        return Json.write(n);
    }

    /**
     * A Slack-compatible incoming-webhook message: {@code {"text": …}}. Post text is escaped the
     * way Slack asks ({@code & < >}), so a post cannot forge a mention or a link.
     */
    public static String slack(Alert a) {
        StringBuilder t = new StringBuilder();
        t.append("*Denial* — ").append(esc(a.person().name()));
        if (a.denial().denier() != null) {
            t.append(", denied by ").append(esc(a.denial().denier().name()));
        }
        if (a.revision() > 1) {
            t.append(" (revision ").append(a.revision()).append(')');
        }
        String text = a.denial().post() == null ? "" : a.denial().post().text();
        t.append("\n> ").append(esc(cut(text)).replace("\n", "\n> "));
        if (a.stories().isEmpty()) {
            t.append("\n_")
                    .append(esc(a.note() == null ? Alert.NO_STORY_YET : a.note()))
                    .append('_');
        } else {
            RankedStory s = a.stories().get(0);
            t.append("\nAnswers: ").append(esc(s.outlet() == null ? "a story" : s.outlet()));
            if (s.title() != null) {
                t.append(" — ").append(esc(cut(s.title())));
            }
            if (s.url() != null && (s.url().startsWith("https://") || s.url().startsWith("http://"))) {
                t.append(" ").append(esc(s.url()));
            }
        }
        return Json.write(Map.of("text", t.toString()));
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() > MAX_QUOTE ? s.substring(0, MAX_QUOTE) + "…" : s;
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
