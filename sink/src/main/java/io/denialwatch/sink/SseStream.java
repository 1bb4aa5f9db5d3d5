package io.denialwatch.sink;

import com.sun.net.httpserver.HttpExchange;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/alerts/stream}: Server-Sent Events, one {@code alert} or {@code ack} event per
 * change on the board, numbered {@code <epoch>-<seq>}. A client that reconnects with
 * {@code Last-Event-ID} gets what it missed from the board's window; one that is further behind,
 * or falls behind beyond its buffer, gets a {@code refetch} event (see {@link StreamClient}).
 */
final class SseStream {
    private static final long HEARTBEAT_MILLIS = 15_000;
    /** Live changes one client may have waiting: shared event texts, so a few KB of references. */
    static final int CLIENT_BUFFER = 1_000;

    private final AlertBoard board;
    private final StreamClient.Refetches refetches;

    SseStream(AlertBoard board, MeterRegistry registry) {
        this.board = board;
        Counter resume = refetches(registry, "resume");
        Counter overflow = refetches(registry, "overflow");
        this.refetches = new StreamClient.Refetches() {
            @Override
            public void resumedTooFarBack() {
                resume.increment();
            }

            @Override
            public void fellBehind() {
                overflow.increment();
            }
        };
    }

    private static Counter refetches(MeterRegistry registry, String reason) {
        return Counter.builder("dw_desk_stream_refetches")
                .description("event streams told to reload from the API (resume: from beyond the window or an "
                        + "earlier sink; overflow: the client fell behind beyond its buffer)")
                .tag("reason", reason).register(registry);
    }

    void serve(HttpExchange ex) throws IOException {
        String lastEventId = ex.getRequestHeaders().getFirst("Last-Event-ID");
        if (lastEventId == null) {
            lastEventId = HttpQuery.parse(ex.getRequestURI().getRawQuery()).get("last_event_id");
        }
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Accel-Buffering", "no");
        ex.sendResponseHeaders(200, 0);
        try (StreamClient client = new StreamClient(board, lastEventId, CLIENT_BUFFER, refetches, () -> { });
                OutputStream out = ex.getResponseBody()) {
            while (true) {
                String e = client.next();
                if (e == null) {
                    out.flush(); // everything waiting is written: now let it go out
                    e = client.next(HEARTBEAT_MILLIS);
                }
                out.write((e == null ? SseEvents.KEEP_ALIVE : e).getBytes(StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
