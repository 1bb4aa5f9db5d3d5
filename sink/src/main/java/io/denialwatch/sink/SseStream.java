package io.denialwatch.sink;

import com.sun.net.httpserver.HttpExchange;
import io.denialwatch.common.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code GET /api/alerts/stream}: Server-Sent Events, one {@code alert} or {@code ack} event per
 * change on the board, numbered {@code <epoch>-<seq>}; a client that reconnects with
 * {@code Last-Event-ID} first gets what it missed (everything, if the sink restarted since).
 */
final class SseStream {
    private static final long HEARTBEAT_SECONDS = 15;
    private static final int MAX_QUEUED = 10_000;

    private final AlertBoard board;

    SseStream(AlertBoard board) {
        this.board = board;
    }

    void serve(HttpExchange ex) throws IOException {
        long lastSeen = lastSeq(ex);
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Accel-Buffering", "no");
        ex.sendResponseHeaders(200, 0);
        BlockingQueue<AlertBoard.Change> queue = new LinkedBlockingQueue<>(MAX_QUEUED);
        Consumer<AlertBoard.Change> listener = queue::offer;
        board.subscribe(listener);
        try (OutputStream out = ex.getResponseBody()) {
            out.write("retry: 2000\n\n".getBytes(StandardCharsets.UTF_8));
            for (AlertBoard.Change c : board.since(lastSeen).orElse(java.util.List.of())) {
                lastSeen = write(out, c);
            }
            // tells the page that what follows is live (worth a sound), not the backlog
            out.write("event: synced\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                AlertBoard.Change c = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                if (c == null) {
                    out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                } else if (c.seq() > lastSeen) {
                    lastSeen = write(out, c);
                }
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            board.unsubscribe(listener);
        }
    }

    private long write(OutputStream out, AlertBoard.Change c) throws IOException {
        // JSON has no raw newlines, so one data: line carries the whole object and nothing in a
        // post can forge an event: or id: line
        Object data = c.alert() != null ? c.alert() : c.ack();
        String event = "id: " + board.epoch() + "-" + c.seq() + "\nevent: " + c.type() + "\ndata: " + Json.write(data)
                + "\n\n";
        out.write(event.getBytes(StandardCharsets.UTF_8));
        return c.seq();
    }

    /** The last change the client has, or 0 when it has none of this board's (or sends nonsense). */
    private long lastSeq(HttpExchange ex) {
        String v = ex.getRequestHeaders().getFirst("Last-Event-ID");
        if (v == null) {
            v = HttpQuery.parse(ex.getRequestURI().getRawQuery()).get("last_event_id");
        }
        if (v == null) {
            return 0;
        }
        String prefix = board.epoch() + "-";
        if (!v.trim().startsWith(prefix)) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(v.trim().substring(prefix.length())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
