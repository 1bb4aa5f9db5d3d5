package io.denialwatch.sink.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The pooled connections to the desk's PostgreSQL, its schema brought up to date by Flyway on
 * open. Two pools: the API's reads, and the writes (the feed's batches, acknowledgements), so
 * that a burst of page loads never makes a live alert wait for a connection before it is stored.
 */
public final class Database implements AutoCloseable {
    static final String MIGRATIONS = "classpath:io/denialwatch/sink/store/migration";

    private final HikariDataSource reads;
    private final HikariDataSource writes;

    private Database(HikariDataSource reads, HikariDataSource writes) {
        this.reads = reads;
        this.writes = writes;
    }

    /** Opens the pools and migrates; fails fast (with the server's message) when PostgreSQL cannot be reached. */
    public static Database open(String url, String user, String password) {
        HikariDataSource reads = pool("desk-store", 6, url, user, password);
        HikariDataSource writes = pool("desk-store-writes", 2, url, user, password);
        try {
            Flyway.configure().dataSource(writes).locations(MIGRATIONS).load().migrate();
        } catch (RuntimeException e) {
            reads.close();
            writes.close();
            throw e;
        }
        return new Database(reads, writes);
    }

    private static HikariDataSource pool(String name, int size, String url, String user, String password) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        if (user != null && !user.isBlank()) {
            c.setUsername(user);
        }
        if (password != null && !password.isBlank()) {
            c.setPassword(password);
        }
        c.setPoolName(name);
        c.setMaximumPoolSize(size);
        c.setMinimumIdle(Math.min(size, 2));
        c.setConnectionTimeout(5_000);
        c.setValidationTimeout(2_000);
        // a sink started while PostgreSQL is down waits for it in the feed, not at construction
        c.setInitializationFailTimeout(-1);
        return new HikariDataSource(c);
    }

    /** The API's reads. */
    public DataSource dataSource() {
        return reads;
    }

    /** The store's writes: the feed's batches and acknowledgements. */
    public DataSource writes() {
        return writes;
    }

    @Override
    public void close() {
        reads.close();
        writes.close();
    }
}
