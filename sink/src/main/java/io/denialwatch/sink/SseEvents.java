package io.denialwatch.sink;

import io.denialwatch.common.json.Json;

/**
 * The text of the desk's Server-Sent Events. Data is always one JSON line (JSON has no raw
 * newlines), so nothing in a post can forge an {@code event:} or {@code id:} line.
 */
final class SseEvents {
    /** The first thing a stream sends: how long a browser waits before it reconnects. */
    static final String RETRY = "retry: 2000\n\n";

    static final String KEEP_ALIVE = ": keep-alive\n\n";

    private SseEvents() {}

    static String id(String epoch, long seq) {
        return epoch + "-" + seq;
    }

    static String change(String epoch, long seq, Object alert, Object ack) {
        return event(id(epoch, seq), alert != null ? "alert" : "ack", Json.write(alert != null ? alert : ack));
    }

    /** What follows is live (worth a sound), not the backlog; its id is where a reconnect resumes. */
    static String synced(String epoch, long seq) {
        return event(id(epoch, seq), "synced", "{}");
    }

    /**
     * The stream cannot give this client everything it missed (it fell behind beyond its buffer,
     * or resumes from beyond the window or from an earlier sink process): it must reload what it
     * shows from the API, then go on with the events that follow this one.
     */
    static String refetch(String epoch, long seq, String reason) {
        return event(id(epoch, seq), "refetch", Json.write(java.util.Map.of("reason", reason)));
    }

    private static String event(String id, String type, String data) {
        return "id: " + id + "\nevent: " + type + "\ndata: " + data + "\n\n";
    }
}
