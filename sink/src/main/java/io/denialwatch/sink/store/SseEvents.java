package io.denialwatch.sink.store;

import io.denialwatch.common.json.Json;

/**
 * The text of the desk's Server-Sent Events. Data is always one JSON line (JSON has no raw
 * newlines), so nothing in a post can forge an {@code event:} or {@code id:} line.
 */
public final class SseEvents {
    /** The first thing a stream sends: how long a browser waits before it reconnects. */
    public static final byte[] RETRY = bytes("retry: 2000\n\n");

    public static final byte[] KEEP_ALIVE = bytes(": keep-alive\n\n");

    private SseEvents() {}

    static String id(String epoch, long seq) {
        return epoch + "-" + seq;
    }

    public static byte[] change(String epoch, long seq, Object alert, Object ack) {
        return event(id(epoch, seq), alert != null ? "alert" : "ack", Json.write(alert != null ? alert : ack));
    }

    /** What follows is live (worth a sound), not the backlog; its id is where a reconnect resumes. */
    public static byte[] synced(String epoch, long seq) {
        return event(id(epoch, seq), "synced", "{}");
    }

    /**
     * The stream cannot give this client everything it missed (it fell behind beyond its buffer,
     * or resumes from beyond the window or from an earlier sink process): it must reload what it
     * shows from the API, then go on with the events that follow this one.
     */
    public static byte[] refetch(String epoch, long seq, String reason) {
        return event(id(epoch, seq), "refetch", Json.write(java.util.Map.of("reason", reason)));
    }

    /** An event as the bytes a stream writes: encoded once, however many streams send it. */
    private static byte[] event(String id, String type, String data) {
        return bytes("id: " + id + "\nevent: " + type + "\ndata: " + data + "\n\n");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
