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
 * {@code GET /api/alerts/stream}: Server-Sent Events, one {@code alert} event per change on the
 * board, numbered; a client that reconnects with {@code Last-Event-ID} first gets what it missed.
 */
final class SseStream {
    private static final long HEARTBEAT_SECONDS = 15;
    private static final int MAX_QUEUED = 10_000;

    private final AlertBoard board;

    SseStream(AlertBoard board) {
        this.board = board;
    }

    void serve(HttpExchange ex) throws IOException {
        long lastSeen = lastEventId(ex);
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Accel-Buffering", "no");
        ex.sendResponseHeaders(200, 0);
        BlockingQueue<AlertBoard.Change> queue = new LinkedBlockingQueue<>(MAX_QUEUED);
        Consumer<AlertBoard.Change> listener = queue::offer;
        board.subscribe(listener);
        try (OutputStream out = ex.getResponseBody()) {
            out.write("retry: 2000\n\n".getBytes(StandardCharsets.UTF_8));
            for (AlertBoard.Change c : board.since(lastSeen)) {
                lastSeen = write(out, c);
            }
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

    private static long write(OutputStream out, AlertBoard.Change c) throws IOException {
        // JSON has no raw newlines, so one data: line carries the whole alert
        String event = "id: " + c.seq() + "\nevent: alert\ndata: " + Json.write(c.alert()) + "\n\n";
        out.write(event.getBytes(StandardCharsets.UTF_8));
        return c.seq();
    }

    private static long lastEventId(HttpExchange ex) {
        String v = ex.getRequestHeaders().getFirst("Last-Event-ID");
        if (v == null) {
            String q = ex.getRequestURI().getQuery();
            if (q != null && q.startsWith("last_event_id=")) {
                v = q.substring("last_event_id=".length());
            }
        }
        try {
            return v == null ? 0 : Math.max(0, Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
