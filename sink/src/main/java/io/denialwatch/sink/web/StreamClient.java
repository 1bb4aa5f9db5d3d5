package io.denialwatch.sink.web;

import io.denialwatch.sink.store.AlertBoard;
import io.denialwatch.sink.store.SseEvents;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

/**
 * What one open event stream still has to send, independent of how it is sent: first the
 * backlog the client missed (or a {@code refetch} event when that is beyond the board's window),
 * then the live changes, at most {@code capacity} of them waiting. A client that falls further
 * behind is not dropped silently: the waiting changes are replaced by one {@code refetch} event
 * (counted), after which it gets the live changes again.
 */
final class StreamClient implements AutoCloseable {
    /** Why a client is told to refetch; each reason is counted. */
    interface Refetches {
        void resumedTooFarBack();

        void fellBehind();
    }

    private final AlertBoard board;
    private final int capacity;
    private final Refetches refetches;
    private final Runnable wake;
    private final java.util.function.Consumer<List<AlertBoard.Change>> listener;
    private final ArrayDeque<byte[]> backlog = new ArrayDeque<>();
    private final ArrayDeque<byte[]> live = new ArrayDeque<>();
    /** Set when live changes were dropped; the seq of the last dropped one. */
    private long refetchAfter = -1;

    private boolean closed;

    /**
     * @param lastEventId the id of the last event the client has ({@code Last-Event-ID}), or null
     * @param wake        called whenever there is something new to send; it runs while the board
     *                    publishes, so it must be quick (schedule, don't write)
     */
    StreamClient(AlertBoard board, String lastEventId, int capacity, Refetches refetches, Runnable wake) {
        this.board = board;
        this.capacity = capacity;
        this.refetches = refetches;
        this.wake = wake;
        this.listener = this::onChange;
        synchronized (this) {
            backlog.add(SseEvents.RETRY);
            long seq = lastSeq(lastEventId);
            long from = seq < 0 ? board.lastSeq() : seq;
            Optional<List<AlertBoard.Change>> missed = board.subscribeAfter(from, listener);
            long upTo;
            if (missed.isPresent()) {
                missed.get().forEach(c -> backlog.add(c.event()));
                upTo = missed.get().isEmpty()
                        ? from
                        : missed.get().get(missed.get().size() - 1).seq();
            } else {
                // too far back, or an id of an earlier sink: go on from now, and say so
                refetches.resumedTooFarBack();
                upTo = board.subscribeNow(listener);
                backlog.add(SseEvents.refetch(board.epoch(), upTo, "resume"));
            }
            backlog.add(SseEvents.synced(board.epoch(), upTo));
        }
    }

    /** Changes published together: queued together, and the stream woken once for them. */
    private void onChange(List<AlertBoard.Change> changes) {
        synchronized (this) {
            if (closed) {
                return;
            }
            for (AlertBoard.Change c : changes) {
                if (refetchAfter < 0 && live.size() >= capacity) {
                    live.clear(); // the client will reload these from the API
                    refetchAfter = c.seq();
                    refetches.fellBehind();
                } else if (refetchAfter >= 0) {
                    refetchAfter = c.seq(); // still behind: folded into the same refetch
                } else {
                    live.add(c.event());
                }
            }
        }
        wake.run();
    }

    /** Adds a comment line (ignored by clients) unless something else is waiting anyway. */
    void keepAlive() {
        synchronized (this) {
            if (closed || !live.isEmpty() || !backlog.isEmpty()) {
                return;
            }
            live.add(SseEvents.KEEP_ALIVE);
        }
        wake.run();
    }

    /** The next event to send (shared bytes: not to be modified), or null when there is none now. */
    synchronized byte[] next() {
        if (!backlog.isEmpty()) {
            return backlog.poll();
        }
        if (refetchAfter >= 0) {
            byte[] e = SseEvents.refetch(board.epoch(), refetchAfter, "overflow");
            refetchAfter = -1;
            return e;
        }
        return live.poll();
    }

    /**
     * The seq of the last change a client has, from its {@code Last-Event-ID}; 0 for an id of
     * this board that predates every change; -1 when it sent none; a value no change has (so
     * {@link AlertBoard#since} refuses it) for an id of another epoch or nonsense.
     */
    private long lastSeq(String id) {
        if (id == null || id.isBlank()) {
            return -1;
        }
        String prefix = board.epoch() + "-";
        String v = id.trim();
        if (v.startsWith(prefix)) {
            try {
                return Math.max(0, Long.parseLong(v.substring(prefix.length())));
            } catch (NumberFormatException e) {
                // falls through: treated as foreign
            }
        }
        return Long.MAX_VALUE;
    }

    @Override
    public void close() {
        board.unsubscribe(listener);
        synchronized (this) {
            closed = true;
            live.clear();
        }
    }
}
