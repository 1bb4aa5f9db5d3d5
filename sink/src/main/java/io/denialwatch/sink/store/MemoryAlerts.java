package io.denialwatch.sink.store;

import io.denialwatch.common.model.Alert;
import io.denialwatch.sink.query.Ack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The desk's store without a database: the latest revision of every alert, every revision, the
 * acknowledgements. It is rebuilt from the compacted {@code dw.alerts} on every start, so it
 * holds the whole history by design (the demo's mode); with PostgreSQL the sink keeps none of
 * this in memory. Each change it takes is handed on to the live board.
 */
public final class MemoryAlerts {
    private final AlertBoard board;
    private final Map<String, Alert> latest = new HashMap<>();
    private final Map<String, List<Alert>> revisions = new HashMap<>();
    private final Map<String, Ack> acks = new HashMap<>();

    public MemoryAlerts(AlertBoard board) {
        this.board = board;
    }

    /**
     * Takes an alert read from Kafka. Returns {@code false} for a revision it already has or has
     * superseded (out-of-order revisions), which the live pages are not told about.
     */
    public boolean accept(Alert alert) {
        synchronized (this) {
            Alert known = latest.get(alert.alertId());
            if (known != null && known.revision() >= alert.revision()) {
                return false;
            }
            latest.put(alert.alertId(), alert);
            revisions.computeIfAbsent(alert.alertId(), k -> new ArrayList<>()).add(alert);
        }
        board.accept(alert);
        return true;
    }

    /** Records the acknowledgement of a known alert and tells the pages; false for an unknown alert. */
    public boolean acknowledge(Ack ack) {
        synchronized (this) {
            if (!latest.containsKey(ack.alertId())) {
                return false;
            }
            acks.put(ack.alertId(), ack);
        }
        board.acknowledge(ack);
        return true;
    }

    /** The latest revision of every alert, in no particular order. */
    public synchronized List<Alert> alerts() {
        return List.copyOf(latest.values());
    }

    public synchronized Optional<Alert> latest(String alertId) {
        return Optional.ofNullable(latest.get(alertId));
    }

    /** Every revision of one alert, oldest first. */
    public synchronized List<Alert> revisions(String alertId) {
        return List.copyOf(revisions.getOrDefault(alertId, List.of()));
    }

    public synchronized Optional<Ack> ack(String alertId) {
        return Optional.ofNullable(acks.get(alertId));
    }

    public synchronized int size() {
        return latest.size();
    }
}
