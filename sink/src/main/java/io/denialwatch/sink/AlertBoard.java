package io.denialwatch.sink;

import io.denialwatch.common.model.Alert;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What the desk currently knows: the latest revision of every alert, and the ordered log of
 * changes that live pages follow (each change numbered, so a page that reconnects with
 * {@code Last-Event-ID} gets exactly what it missed).
 */
public final class AlertBoard {

    /** One change the desk was told about. */
    public record Change(long seq, Alert alert) {
    }

    private final Map<String, Alert> latest = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    /**
     * Takes an alert read from Kafka. Returns {@code false} for a revision the board already has
     * or has superseded (re-reads after a restart, out-of-order revisions).
     */
    public boolean accept(Alert alert) {
        Change change;
        synchronized (this) {
            Alert known = latest.get(alert.alertId());
            if (known != null && known.revision() >= alert.revision()) {
                return false;
            }
            latest.put(alert.alertId(), alert);
            change = new Change(changes.size() + 1L, alert);
            changes.add(change);
        }
        listeners.forEach(l -> l.accept(change));
        return true;
    }

    /** The latest revision of every alert, newest denial first. */
    public synchronized List<Alert> alerts() {
        List<Alert> out = new ArrayList<>(latest.values());
        out.sort(Comparator.comparing((Alert a) -> a.denial().post().publishedAt(),
                Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    /** Changes after {@code seq}, oldest first. */
    public synchronized List<Change> since(long seq) {
        int from = (int) Math.max(0, Math.min(seq, changes.size()));
        return List.copyOf(changes.subList(from, changes.size()));
    }

    public synchronized int size() {
        return latest.size();
    }

    public void subscribe(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<Change> listener) {
        listeners.remove(listener);
    }
}
