package io.denialwatch.sink.store;

import io.denialwatch.common.model.Alert;
import io.denialwatch.sink.query.Ack;
import io.denialwatch.sink.query.AlertFilter;
import io.denialwatch.sink.query.AlertOrder;
import io.denialwatch.sink.query.AlertQuery;
import io.denialwatch.sink.query.SearchText;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The desk API without a database: answered from the in-memory store the sink rebuilt from {@code dw.alerts}. */
public final class MemoryQuery implements AlertQuery {
    private final MemoryAlerts alerts;
    private final Clock clock;

    public MemoryQuery(MemoryAlerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public Page search(AlertFilter f) {
        List<Item> hits = alerts.alerts().stream()
                .filter(f::matches)
                .filter(a -> f.q() == null || SearchText.contains(a, f.q()))
                .sorted(AlertOrder.NEWEST_DENIAL_FIRST)
                .map(a -> new Item(a, alerts.ack(a.alertId()).orElse(null)))
                .filter(i -> f.acked() == null || f.acked() == (i.ack() != null))
                .toList();
        return Page.of(hits.stream().skip(f.offset()).limit(f.limit()).toList(), hits.size(), f);
    }

    @Override
    public Optional<Detail> get(String alertId) {
        return alerts.latest(alertId)
                .map(a -> new Detail(
                        a, alerts.revisions(alertId), alerts.ack(alertId).orElse(null)));
    }

    @Override
    public List<Person> persons() {
        Map<String, Person> out = new LinkedHashMap<>();
        for (Alert a :
                alerts.alerts().stream().sorted(AlertOrder.NEWEST_DENIAL_FIRST).toList()) {
            // newest first: the first seen of a person is their latest denial
            out.merge(
                    a.person().id(),
                    new Person(a.person().id(), a.person().name(), 1, SearchText.denialTime(a)),
                    (old, one) -> new Person(old.id(), old.name(), old.alerts() + 1, old.lastDenialAt()));
        }
        return out.values().stream()
                .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public List<String> idsStartingWith(String prefix, int limit) {
        return alerts.alerts().stream()
                .map(Alert::alertId)
                .filter(id -> id.startsWith(prefix))
                .distinct()
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<Ack> acknowledge(String alertId, String by, String note) {
        Ack ack = Ack.of(alertId, by, note, clock.instant());
        return alerts.acknowledge(ack) ? Optional.of(ack) : Optional.empty();
    }

    @Override
    public boolean ready() {
        return true;
    }
}
