package io.denialwatch.sink.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The pooled connection to the desk's PostgreSQL, its schema brought up to date by Flyway on open. */
public final class Database implements AutoCloseable {
    static final String MIGRATIONS = "classpath:io/denialwatch/sink/store/migration";

    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Opens the pool and migrates; fails fast (with the server's message) when PostgreSQL cannot be reached. */
    public static Database open(String url, String user, String password) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        if (user != null && !user.isBlank()) {
            c.setUsername(user);
        }
        if (password != null && !password.isBlank()) {
            c.setPassword(password);
        }
        c.setPoolName("desk-store");
        c.setMaximumPoolSize(6);
        c.setConnectionTimeout(5_000);
        c.setValidationTimeout(2_000);
        // a sink started while PostgreSQL is down waits for it in the feed, not at construction
        c.setInitializationFailTimeout(-1);
        HikariDataSource pool = new HikariDataSource(c);
        try {
            Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
