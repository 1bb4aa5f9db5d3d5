package io.denialwatch.sink.query;

import io.denialwatch.common.model.Alert;
import io.denialwatch.sink.Ack;
import io.denialwatch.sink.AlertBoard;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The desk API without a database: answered from the board, which the sink rebuilt from {@code dw.alerts}. */
public final class BoardQuery implements AlertQuery {
    private final AlertBoard board;
    private final Clock clock;

    public BoardQuery(AlertBoard board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    @Override
    public Page search(AlertFilter f) {
        List<Alert> hits = board.alerts().stream()
                .filter(f::matches)
                .filter(a -> f.q() == null || SearchText.contains(a, f.q()))
                .toList();
        List<Item> page = hits.stream().skip(f.offset()).limit(f.limit())
                .map(a -> new Item(a, board.ack(a.alertId()).orElse(null))).toList();
        return Page.of(page, hits.size(), f);
    }

    @Override
    public Optional<Detail> get(String alertId) {
        return board.latest(alertId).map(a -> new Detail(a, board.revisions(alertId), board.ack(alertId).orElse(null)));
    }

    @Override
    public List<Person> persons() {
        Map<String, Person> out = new LinkedHashMap<>();
        for (Alert a : board.alerts()) { // newest first: the first seen is the latest denial
            out.merge(a.person().id(), new Person(a.person().id(), a.person().name(), 1, SearchText.denialTime(a)),
                    (old, one) -> new Person(old.id(), old.name(), old.alerts() + 1, old.lastDenialAt()));
        }
        return out.values().stream().sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public List<String> idsStartingWith(String prefix, int limit) {
        return board.alerts().stream().map(Alert::alertId).filter(id -> id.startsWith(prefix)).distinct().limit(limit)
                .toList();
    }

    @Override
    public Optional<Ack> acknowledge(String alertId, String by, String note) {
        if (board.latest(alertId).isEmpty()) {
            return Optional.empty();
        }
        Ack ack = Ack.of(alertId, by, note, clock.instant());
        board.acknowledge(ack);
        return Optional.of(ack);
    }

    @Override
    public boolean ready() {
        return true;
    }
}
