package io.denialwatch.sink.query;

import io.denialwatch.common.model.Alert;
import io.denialwatch.sink.Ack;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the desk API reads and the one thing it writes (acknowledgements): answered by the
 * PostgreSQL store when there is one, else by the in-memory board.
 */
public interface AlertQuery {

    /** One alert in a list: its latest revision and its acknowledgement, if any. */
    record Item(Alert alert, Ack ack) {
    }

    /** A page of alerts, newest denial first. {@code nextOffset} is null on the last page. */
    record Page(List<Item> items, long total, int limit, int offset, Integer nextOffset) {
        public static Page of(List<Item> items, long total, AlertFilter f) {
            return new Page(items, total, f.limit(), f.offset(),
                    f.offset() + items.size() < total ? f.offset() + items.size() : null);
        }
    }

    /** One alert with every revision, oldest first. */
    record Detail(Alert alert, List<Alert> revisions, Ack ack) {
    }

    /** A person the desk has alerts about. */
    record Person(String id, String name, long alerts, Instant lastDenialAt) {
    }

    Page search(AlertFilter filter);

    Optional<Detail> get(String alertId);

    List<Person> persons();

    /** Up to {@code limit} alert ids that start with {@code prefix}, for the short ids a terminal shows. */
    List<String> idsStartingWith(String prefix, int limit);

    /** Records the acknowledgement; empty when there is no such alert. */
    Optional<Ack> acknowledge(String alertId, String by, String note);

    /** Whether the query can answer now (the database is reachable). */
    boolean ready();
}
