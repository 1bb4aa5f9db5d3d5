package io.denialwatch.sink.store;

import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.RankedStory;
import io.denialwatch.sink.query.Ack;
import io.denialwatch.sink.query.SearchText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Writes alerts to PostgreSQL: the latest revision per {@code alert_id} (an older revision that
 * arrives later changes nothing), and every revision. Writing the same revision twice is harmless,
 * which is what lets the sink commit its Kafka offsets only after the database commit.
 */
public final class AlertStore {
    private static final String UPSERT = """
            INSERT INTO alerts (alert_id, revision, person_id, person_name, lang, outlets, denial_score, denial_at,
                                created_at, body, search_text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
            ON CONFLICT (alert_id) DO UPDATE SET
                revision = excluded.revision, person_id = excluded.person_id, person_name = excluded.person_name,
                lang = excluded.lang, outlets = excluded.outlets, denial_score = excluded.denial_score,
                denial_at = excluded.denial_at, created_at = excluded.created_at, body = excluded.body,
                search_text = excluded.search_text, stored_at = now()
            WHERE excluded.revision > alerts.revision""";
    private static final String KEEP_REVISION = """
            INSERT INTO alert_revisions (alert_id, revision, body) VALUES (?, ?, CAST(? AS jsonb))
            ON CONFLICT (alert_id, revision) DO NOTHING""";

    private final DataSource db;

    public AlertStore(DataSource db) {
        this.db = db;
    }

    /**
     * Stores a batch in one transaction and returns the alerts that changed the desk's view (a new
     * alert or a newer revision), in batch order. Throws when nothing was committed.
     */
    public List<Alert> apply(List<Alert> batch) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement upsert = c.prepareStatement(UPSERT);
                    PreparedStatement keep = c.prepareStatement(KEEP_REVISION)) {
                // sent as two batches (a round trip each), not two statements per alert: a live
                // alert waits for this transaction before any desk hears of it
                for (Alert a : batch) {
                    String body = Json.write(a);
                    bindUpsert(c, upsert, a, body);
                    upsert.addBatch();
                    keep.setString(1, a.alertId());
                    keep.setInt(2, a.revision());
                    keep.setString(3, body);
                    keep.addBatch();
                }
                int[] upserted = upsert.executeBatch();
                keep.executeBatch();
                c.commit();
                List<Alert> changed = new ArrayList<>();
                for (int i = 0; i < upserted.length; i++) {
                    if (upserted[i] > 0) {
                        changed.add(batch.get(i));
                    }
                }
                return changed;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        }
    }

    private static void bindUpsert(Connection c, PreparedStatement s, Alert a, String body) throws SQLException {
        s.setString(1, a.alertId());
        s.setInt(2, a.revision());
        s.setString(3, a.person().id());
        s.setString(4, Objects.requireNonNullElse(a.person().name(), a.person().id()));
        s.setString(5, SearchText.lang(a));
        s.setArray(
                6,
                c.createArrayOf(
                        "text",
                        a.stories().stream()
                                .map(RankedStory::outlet)
                                .filter(Objects::nonNull)
                                .distinct()
                                .toArray()));
        s.setDouble(7, a.denial().score());
        s.setTimestamp(8, timestamp(SearchText.denialTime(a)));
        s.setTimestamp(9, timestamp(a.createdAt()));
        s.setString(10, body);
        s.setString(11, SearchText.of(a));
    }

    /** Records (or replaces) the acknowledgement of a stored alert; false when there is no such alert. */
    public boolean acknowledge(Ack ack) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        INSERT INTO acks (alert_id, acked_by, note, acked_at)
                        SELECT alert_id, ?, ?, ? FROM alerts WHERE alert_id = ?
                        ON CONFLICT (alert_id) DO UPDATE SET acked_by = excluded.acked_by, note = excluded.note,
                            acked_at = excluded.acked_at""")) {
            s.setString(1, ack.by());
            s.setString(2, ack.note());
            s.setTimestamp(3, timestamp(ack.at()));
            s.setString(4, ack.alertId());
            return s.executeUpdate() > 0;
        }
    }

    /** Whether PostgreSQL answers now. */
    public boolean reachable() {
        try (Connection c = db.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Whether a failure means "the database is not there" (wait and retry the same batch) rather
     * than "this data cannot be stored" (skip the offending alert).
     */
    public static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientConnectionException
                || e instanceof SQLRecoverableException
                || state == null
                || state.startsWith("08")
                || state.startsWith("57P")
                || state.equals("53300");
    }

    static Alert alert(String json) {
        try {
            return Json.read(json, Alert.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored alert unreadable", e);
        }
    }

    /** Reads an acknowledgement from four columns starting at {@code first}: alert_id, acked_by, note, acked_at. */
    static Ack ack(ResultSet r, int first) throws SQLException {
        Timestamp at = r.getTimestamp(first + 3);
        return new Ack(
                r.getString(first), r.getString(first + 1), r.getString(first + 2), at == null ? null : at.toInstant());
    }

    static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the server rolls back on its own
        }
    }
}
