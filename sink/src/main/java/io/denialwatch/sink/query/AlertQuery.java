package io.denialwatch.sink.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.denialwatch.common.model.Alert;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the desk API reads and the one thing it writes (acknowledgements): answered by the
 * PostgreSQL store when there is one, else by the in-memory board.
 */
public interface AlertQuery {

    /** One alert in a list: its latest revision and its acknowledgement, null if none (docs/desk.md). */
    record Item(
            Alert alert,
            @JsonInclude(JsonInclude.Include.ALWAYS) Ack ack) {}

    /**
     * A page of alerts, newest denial first, and how many the filter selects in all.
     * {@code nextOffset} is null on the last page, and written as null (not left out) so a client
     * can tell "no more" from "an old server".
     */
    record Page(
            List<Item> items,
            long total,
            int limit,
            int offset,
            @JsonInclude(JsonInclude.Include.ALWAYS) Integer nextOffset) {
        public static Page of(List<Item> items, long total, AlertFilter f) {
            return new Page(
                    items,
                    total,
                    f.limit(),
                    f.offset(),
                    f.offset() + items.size() < total ? f.offset() + items.size() : null);
        }
    }

    /** One alert with every revision, oldest first. */
    record Detail(
            Alert alert,
            List<Alert> revisions,
            @JsonInclude(JsonInclude.Include.ALWAYS) Ack ack) {}

    /** A person the desk has alerts about. */
    record Person(String id, String name, long alerts, Instant lastDenialAt) {}

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
