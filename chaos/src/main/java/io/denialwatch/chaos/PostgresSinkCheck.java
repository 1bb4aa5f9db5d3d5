package io.denialwatch.chaos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The sink's PostgreSQL store: one row per alert in {@code alerts}, one per (alert, revision) in
 * {@code alert_revisions}. Counting both shows a doubled write as clearly as a lost one.
 */
public final class PostgresSinkCheck implements SinkStoreCheck {
    private final ChaosRun.Database db;

    public PostgresSinkCheck(ChaosRun.Database db) {
        this.db = db;
    }

    @Override
    public Rows read() {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement st = c.createStatement()) {
            long alerts = count(st, "SELECT count(*) FROM alerts");
            long distinct = count(st, "SELECT count(DISTINCT alert_id) FROM alerts");
            long revisionRows = count(st, "SELECT count(*) FROM alert_revisions");
            long distinctRevisions =
                    count(st, "SELECT count(*) FROM (SELECT DISTINCT alert_id, revision FROM alert_revisions) r");
            return new Rows("postgresql", alerts, (alerts - distinct) + (revisionRows - distinctRevisions), 0);
        } catch (SQLException e) {
            // the sink has not migrated the schema yet (nothing stored), or the server is away
            return new Rows("postgresql", 0, 0, 0);
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
