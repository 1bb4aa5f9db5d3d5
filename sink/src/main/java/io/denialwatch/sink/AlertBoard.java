package io.denialwatch.sink;

import io.denialwatch.common.model.Alert;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What the desk currently knows: the latest revision of every alert, every revision it has seen,
 * the acknowledgements, and the ordered log of changes that live pages follow (each change
 * numbered, so a page that reconnects with {@code Last-Event-ID} gets exactly what it missed).
 */
public final class AlertBoard {

    /** One change the desk was told about: a new alert revision, or an acknowledgement. */
    public record Change(long seq, Alert alert, Ack ack) {
        public String type() {
            return alert != null ? "alert" : "ack";
        }
    }

    /**
     * Names this board's numbering: a page that saw changes of an earlier sink process sends an
     * id of another epoch and gets the whole log again (its cards dedupe by revision).
     */
    private final String epoch = Long.toString(System.currentTimeMillis(), 36);
    private final Map<String, Alert> latest = new LinkedHashMap<>();
    private final Map<String, List<Alert>> revisions = new LinkedHashMap<>();
    private final Map<String, Ack> acks = new LinkedHashMap<>();
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
            revisions.computeIfAbsent(alert.alertId(), k -> new ArrayList<>()).add(alert);
            change = append(alert, null);
        }
        listeners.forEach(l -> l.accept(change));
        return true;
    }

    /** Records an acknowledgement and tells every open page; the latest one per alert is kept. */
    public void acknowledge(Ack ack) {
        Change change;
        synchronized (this) {
            acks.put(ack.alertId(), ack);
            change = append(null, ack);
        }
        listeners.forEach(l -> l.accept(change));
    }

    private Change append(Alert alert, Ack ack) {
        Change change = new Change(changes.size() + 1L, alert, ack);
        changes.add(change);
        return change;
    }

    /** The latest revision of every alert, newest denial first. */
    public synchronized List<Alert> alerts() {
        List<Alert> out = new ArrayList<>(latest.values());
        out.sort(NEWEST_DENIAL_FIRST);
        return out;
    }

    /** Newest denial first; alerts without a time last; the id breaks ties so paging is stable. */
    public static final Comparator<Alert> NEWEST_DENIAL_FIRST = Comparator
            .comparing((Alert a) -> a.denial().post() == null ? null : a.denial().post().publishedAt(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Alert::alertId);

    public synchronized Optional<Alert> latest(String alertId) {
        return Optional.ofNullable(latest.get(alertId));
    }

    /** Every revision of one alert the board has seen, oldest first. */
    public synchronized List<Alert> revisions(String alertId) {
        return List.copyOf(revisions.getOrDefault(alertId, List.of()));
    }

    public synchronized Optional<Ack> ack(String alertId) {
        return Optional.ofNullable(acks.get(alertId));
    }

    public String epoch() {
        return epoch;
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
