package io.denialwatch.sink.web;

import io.denialwatch.common.json.Json;
import io.denialwatch.sink.store.AlertBoard;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code GET /api/alerts/stream} (see {@link StreamClient} for what is sent). Written with the
 * servlet API's non-blocking output, not through Javalin's SSE (whose writes block the sender):
 * an open stream holds no thread, a client that stops reading holds none either (its socket
 * simply stops being ready, and its buffer turns into a refetch), and two shared threads write
 * to every stream. At most {@code maxStreams} are open at once; beyond, 503.
 */
final class StreamServlet extends HttpServlet implements AutoCloseable {
    private static final long serialVersionUID = 1L;
    private static final long HEARTBEAT_SECONDS = 15;
    /** Live changes one client may have waiting: shared event texts, so a few KB of references. */
    static final int CLIENT_BUFFER = 1_000;

    private final transient AlertBoard board;
    private final transient DeskAuth auth;
    private final int maxStreams;
    private final transient StreamClient.Refetches refetches;
    private final transient Counter refused;
    private final transient Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final transient ExecutorService writers = Executors.newFixedThreadPool(2, daemon("desk-stream"));
    private final transient ScheduledExecutorService heartbeat =
            Executors.newSingleThreadScheduledExecutor(daemon("desk-stream-heartbeat"));

    StreamServlet(AlertBoard board, DeskAuth auth, MeterRegistry registry, int maxStreams) {
        this.board = board;
        this.auth = auth;
        this.maxStreams = maxStreams;
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
        this.refused = Counter.builder("dw_desk_streams_refused")
                .description("event streams refused: too many open")
                .register(registry);
        Gauge.builder("dw_desk_streams_open", open, Set::size)
                .description("event streams open now")
                .register(registry);
        // keeps proxies from closing a quiet stream, and finds clients that went away
        heartbeat.scheduleAtFixedRate(
                () -> open.forEach(s -> s.client.keepAlive()), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    private static Counter refetches(MeterRegistry registry, String reason) {
        return Counter.builder("dw_desk_stream_refetches")
                .description("event streams told to reload from the API (resume: from beyond the window or an "
                        + "earlier sink; overflow: the client fell behind beyond its buffer)")
                .tag("reason", reason)
                .register(registry);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SecurityHeaders.apply(resp::setHeader);
        resp.setHeader("Cache-Control", "no-store");
        if (!"GET".equals(req.getMethod())) {
            json(resp, 405, "method not allowed");
            return;
        }
        if (!auth.allows(req.getHeader("Authorization"), Collections.list(req.getHeaders("Cookie")))) {
            resp.setHeader("WWW-Authenticate", "Bearer");
            json(resp, 401, "a bearer token is required");
            return;
        }
        if (open.size() >= maxStreams) {
            refused.increment();
            resp.setHeader("Retry-After", "5");
            json(resp, 503, "too many open streams");
            return;
        }
        String lastEventId = req.getHeader("Last-Event-ID");
        if (lastEventId == null) {
            lastEventId = HttpQuery.parse(req.getQueryString()).get("last_event_id");
        }
        resp.setStatus(200);
        resp.setContentType("text/event-stream; charset=utf-8");
        resp.setHeader("X-Accel-Buffering", "no");
        AsyncContext async = req.startAsync();
        async.setTimeout(0); // a stream lasts as long as the page; dead clients are found by writes
        Stream s = new Stream(async, resp.getOutputStream());
        s.client = new StreamClient(board, lastEventId, CLIENT_BUFFER, refetches, s::schedule);
        open.add(s);
        async.addListener(s);
        s.out.setWriteListener(s);
    }

    private static void json(HttpServletResponse resp, int status, String error) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.getOutputStream().write(Json.writeBytes(Map.of("error", error)));
    }

    /** One open stream: writes what its client has waiting whenever the socket can take it. */
    private final class Stream implements WriteListener, AsyncListener {
        private final AsyncContext async;
        private final ServletOutputStream out;
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private volatile StreamClient client;
        private boolean unflushed;
        private boolean closed;

        Stream(AsyncContext async, ServletOutputStream out) {
            this.async = async;
            this.out = out;
        }

        /** Something new to send: one of the shared writers will (at most one pending run per stream). */
        void schedule() {
            if (client != null && scheduled.compareAndSet(false, true)) {
                writers.execute(() -> {
                    scheduled.set(false);
                    onWritePossible();
                });
            }
        }

        @Override
        public synchronized void onWritePossible() {
            if (closed || client == null) {
                return;
            }
            try {
                // write while the socket takes it; when it does not, the container calls back later
                while (out.isReady()) {
                    byte[] e = client.next();
                    if (e == null) {
                        if (!unflushed) {
                            return;
                        }
                        unflushed = false;
                        out.flush();
                    } else {
                        out.write(e);
                        unflushed = true;
                    }
                }
            } catch (IOException | IllegalStateException e) {
                close(); // the client went away: normal for a closed page
            }
        }

        @Override
        public void onError(Throwable t) {
            close();
        }

        void close() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
            }
            open.remove(this);
            if (client != null) {
                client.close();
            }
            try {
                async.complete();
            } catch (IllegalStateException e) {
                // already completed by the container
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            close();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            close();
        }

        @Override
        public void onError(AsyncEvent event) {
            close();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // not restarted
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        open.forEach(Stream::close);
        heartbeat.shutdownNow();
        writers.shutdownNow();
    }
}
