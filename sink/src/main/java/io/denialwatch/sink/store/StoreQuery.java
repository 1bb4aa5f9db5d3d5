package io.denialwatch.sink.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.denialwatch.common.json.Json;
import io.denialwatch.sink.query.Ack;
import io.denialwatch.sink.query.AlertFilter;
import io.denialwatch.sink.query.AlertQuery;
import io.denialwatch.sink.query.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The desk API over PostgreSQL. The WHERE clause is assembled from fixed fragments only; every
 * value the caller sent is a bound parameter. An acknowledgement is stored, then told to every
 * open page through the board.
 */
public final class StoreQuery implements AlertQuery {
    static final java.time.Duration PERSONS_FRESH_FOR = java.time.Duration.ofSeconds(5);

    private final DataSource db;
    private final AlertStore store;
    private final AlertBoard board;
    private final Clock clock;
    /** Every page load asks for the persons: a scan of the store, so shared for a few seconds. */
    private final Recent<List<Person>> persons;

    public StoreQuery(DataSource db, AlertStore store, AlertBoard board, Clock clock) {
        this.db = db;
        this.store = store;
        this.board = board;
        this.clock = clock;
        this.persons = new Recent<>(this::personsNow, PERSONS_FRESH_FOR, clock);
    }

    /** A WHERE clause of fixed fragments and the values bound to them, in order. */
    private record Where(String sql, List<Object> values) {
        static Where of(AlertFilter f) {
            StringBuilder sql = new StringBuilder(" WHERE true");
            List<Object> v = new ArrayList<>();
            if (f.person() != null) {
                // the alert's person, or one of the other entities the denial concerns (migration V4)
                sql.append(" AND (a.person_id = ? OR a.body -> 'also_concerns' @> CAST(? AS jsonb))");
                v.add(f.person());
                v.add(concernsJson(f.person()));
            }
            if (f.lang() != null) {
                sql.append(" AND lower(a.lang) = lower(?)");
                v.add(f.lang());
            }
            if (f.outlet() != null) {
                sql.append(" AND a.outlets @> ARRAY[?]::text[]");
                v.add(f.outlet());
            }
            if (f.since() != null) {
                sql.append(" AND a.denial_at >= ?");
                v.add(AlertStore.timestamp(f.since()));
            }
            if (f.until() != null) {
                sql.append(" AND a.denial_at < ?");
                v.add(AlertStore.timestamp(f.until()));
            }
            if (f.minScore() != null) {
                sql.append(" AND a.denial_score >= ?");
                v.add(f.minScore());
            }
            if (f.acked() != null) {
                sql.append(f.acked() ? " AND k.alert_id IS NOT NULL" : " AND k.alert_id IS NULL");
            }
            if (f.q() != null && !SearchText.tsQuery(f.q()).isEmpty()) {
                sql.append(" AND a.search @@ plainto_tsquery('simple', ?)");
                v.add(SearchText.tsQuery(f.q()));
            }
            return new Where(sql.toString(), v);
        }

        /** {@code [{"id": person}]}: what an {@code also_concerns} array holding that entity contains. */
        private static String concernsJson(String person) {
            ArrayNode a = Json.MAPPER.createArrayNode();
            a.addObject().put("id", person);
            return a.toString();
        }

        int bind(PreparedStatement s) throws SQLException {
            int i = 1;
            for (Object o : values) {
                if (o instanceof Timestamp t) {
                    s.setTimestamp(i++, t);
                } else if (o instanceof Double d) {
                    s.setDouble(i++, d);
                } else {
                    s.setString(i++, (String) o);
                }
            }
            return i;
        }
    }

    @Override
    public Page search(AlertFilter f) {
        Where w = Where.of(f);
        try (Connection c = db.getConnection()) {
            long total = total(c, f, w);
            List<Item> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    """
                    SELECT a.body, k.alert_id, k.acked_by, k.note, k.acked_at
                    FROM alerts a LEFT JOIN acks k ON k.alert_id = a.alert_id""" + w.sql() + " ORDER BY a.denial_at DESC NULLS LAST, a.alert_id LIMIT ? OFFSET ?")) {
                int next = w.bind(s);
                s.setInt(next, f.limit());
                s.setInt(next + 1, f.offset());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        items.add(new Item(
                                AlertStore.alert(r.getString(1)),
                                r.getString(2) == null ? null : AlertStore.ack(r, 2)));
                    }
                }
            }
            return Page.of(items, total, f);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * How many alerts the filter selects. Unfiltered, or filtered on acknowledgement alone (the
     * page's first request, and its "to deal with" view), from the totals the store keeps
     * (migration V2): one row read instead of a count of every row; otherwise counted.
     */
    private static long total(Connection c, AlertFilter f, Where w) throws SQLException {
        if (f.selectsOnAckAtMost()) {
            try (PreparedStatement s = c.prepareStatement("""
                            SELECT (SELECT n FROM store_totals WHERE name = 'alerts'),
                                   (SELECT n FROM store_totals WHERE name = 'acks')""");
                    ResultSet r = s.executeQuery()) {
                r.next();
                long alerts = r.getLong(1);
                long acks = r.getLong(2);
                return f.acked() == null ? alerts : f.acked() ? acks : alerts - acks;
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM alerts a LEFT JOIN acks k ON k.alert_id = a.alert_id" + w.sql())) {
            w.bind(s);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Override
    public Optional<Detail> get(String alertId) {
        try (Connection c = db.getConnection()) {
            List<io.denialwatch.common.model.Alert> revisions = new ArrayList<>();
            try (PreparedStatement s =
                    c.prepareStatement("SELECT body FROM alert_revisions WHERE alert_id = ? ORDER BY revision")) {
                s.setString(1, alertId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        revisions.add(AlertStore.alert(r.getString(1)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT a.body, k.alert_id, k.acked_by, k.note, k.acked_at
                    FROM alerts a LEFT JOIN acks k ON k.alert_id = a.alert_id WHERE a.alert_id = ?""")) {
                s.setString(1, alertId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Detail(
                            AlertStore.alert(r.getString(1)),
                            revisions,
                            r.getString(2) == null ? null : AlertStore.ack(r, 2)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public List<Person> persons() {
        return persons.get();
    }

    private List<Person> personsNow() {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        SELECT person_id, max(person_name), count(*), max(denial_at) FROM alerts
                        GROUP BY person_id ORDER BY lower(max(person_name))""");
                ResultSet r = s.executeQuery()) {
            List<Person> out = new ArrayList<>();
            while (r.next()) {
                Timestamp last = r.getTimestamp(4);
                out.add(new Person(
                        r.getString(1), r.getString(2), r.getLong(3), last == null ? null : last.toInstant()));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public List<String> idsStartingWith(String prefix, int limit) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT alert_id FROM alerts WHERE alert_id LIKE ? ESCAPE '\\' ORDER BY alert_id LIMIT ?")) {
            s.setString(1, prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            s.setInt(2, limit);
            List<String> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public Optional<Ack> acknowledge(String alertId, String by, String note) {
        Ack ack = Ack.of(alertId, by, note, clock.instant());
        try {
            if (!store.acknowledge(ack)) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        board.acknowledge(ack);
        return Optional.of(ack);
    }

    @Override
    public boolean ready() {
        return store.reachable();
    }

    /** The database failed a read; the API answers 503. */
    public static final class StoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreException(SQLException e) {
            super("the alert store is unavailable: " + e.getMessage(), e);
        }
    }
}
