package io.denialwatch.sink.store;

import io.denialwatch.common.model.Alert;
import io.denialwatch.sink.query.Ack;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The live side of the desk: the changes that open pages follow (a new alert revision, an
 * acknowledgement), each numbered, and only the last {@code window} of them. The history itself
 * lives in the store (PostgreSQL, or {@link MemoryAlerts} without one); the board never holds it,
 * so its memory stays the same whatever the history. A page that reconnects with
 * {@code Last-Event-ID} within the window gets exactly what it missed; one further behind is
 * told to refetch from the API.
 */
public final class AlertBoard {
    /** Changes kept for pages that reconnect: a few minutes of a busy desk, a few MB. */
    public static final int DEFAULT_WINDOW = 5_000;

    /**
     * One change the desk was told about: a new alert revision, or an acknowledgement, with its
     * Server-Sent Event written and encoded once (every open stream sends the same bytes).
     */
    public static final class Change {
        private final long seq;
        private final Alert alert;
        private final Ack ack;
        private final byte[] event;

        Change(long seq, Alert alert, Ack ack, byte[] event) {
            this.seq = seq;
            this.alert = alert;
            this.ack = ack;
            this.event = event;
        }

        public long seq() {
            return seq;
        }

        public Alert alert() {
            return alert;
        }

        public Ack ack() {
            return ack;
        }

        /** The event's UTF-8 bytes, shared by every stream: not to be modified. */
        public byte[] event() {
            return event;
        }

        public String type() {
            return alert != null ? "alert" : "ack";
        }
    }

    /**
     * Names this board's numbering: a page that saw changes of an earlier sink process sends an
     * id of another epoch, and is told to refetch (its numbers mean nothing here).
     */
    private final String epoch = Long.toString(System.currentTimeMillis(), 36);

    private final int window;
    private final ArrayDeque<Change> recent = new ArrayDeque<>();
    private final List<Consumer<List<Change>>> listeners = new CopyOnWriteArrayList<>();
    private long lastSeq;

    public AlertBoard() {
        this(DEFAULT_WINDOW);
    }

    public AlertBoard(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be positive");
        }
        this.window = window;
    }

    /** Tells every open page about an alert revision the store has just taken. */
    public void accept(Alert alert) {
        acceptAll(List.of(alert));
    }

    /**
     * Tells every open page about the alert revisions a batch has just stored, in order, as one
     * delivery: each stream is woken once for all of them (one write), not once per alert.
     */
    public void acceptAll(List<Alert> alerts) {
        if (!alerts.isEmpty()) {
            publish(alerts, null);
        }
    }

    /** Tells every open page about an acknowledgement the store has just recorded. */
    public void acknowledge(Ack ack) {
        publish(List.of(), ack);
    }

    private void publish(List<Alert> alerts, Ack ack) {
        synchronized (this) {
            List<Change> delivery = new ArrayList<>(Math.max(1, alerts.size()));
            if (ack != null) {
                delivery.add(keep(null, ack));
            }
            for (Alert a : alerts) {
                delivery.add(keep(a, null));
            }
            // under the lock so that every listener sees the changes in numbering order (the feed
            // and acknowledgements publish from different threads); listeners only enqueue
            listeners.forEach(l -> l.accept(delivery));
        }
    }

    /** Numbers a change and keeps it in the window; under the lock. */
    private Change keep(Alert alert, Ack ack) {
        long seq = ++lastSeq;
        Change change = new Change(seq, alert, ack, SseEvents.change(epoch, seq, alert, ack));
        recent.addLast(change);
        if (recent.size() > window) {
            recent.removeFirst();
        }
        return change;
    }

    /**
     * Subscribes a stream that has seen changes up to {@code seq}, atomically with reading what it
     * missed, so nothing falls between the two and nothing comes twice. Empty (and not subscribed)
     * when some of what it missed has left the window.
     */
    public synchronized Optional<List<Change>> subscribeAfter(long seq, Consumer<List<Change>> listener) {
        Optional<List<Change>> missed = since(seq);
        missed.ifPresent(m -> listeners.add(listener));
        return missed;
    }

    /** Subscribes a stream to the changes from now on; returns the number of the last change before them. */
    public synchronized long subscribeNow(Consumer<List<Change>> listener) {
        listeners.add(listener);
        return lastSeq;
    }

    public String epoch() {
        return epoch;
    }

    /** The number of the last change (0 before the first). */
    public synchronized long lastSeq() {
        return lastSeq;
    }

    /**
     * The changes after {@code seq}, oldest first; empty when some of them have left the window
     * (the caller must then refetch from the store).
     */
    public synchronized Optional<List<Change>> since(long seq) {
        long oldestKept = recent.isEmpty() ? lastSeq + 1 : recent.peekFirst().seq();
        if (seq < oldestKept - 1 || seq > lastSeq) {
            return Optional.empty();
        }
        return Optional.of(recent.stream().filter(c -> c.seq() > seq).toList());
    }

    /** How many changes the board holds now (at most the window). */
    public synchronized int retained() {
        return recent.size();
    }

    public void subscribe(Consumer<List<Change>> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<List<Change>> listener) {
        listeners.remove(listener);
    }
}
