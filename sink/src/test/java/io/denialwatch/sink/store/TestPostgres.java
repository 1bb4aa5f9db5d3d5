package io.denialwatch.sink.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real PostgreSQL server for tests: the one at {@code DW_TEST_POSTGRES_URL} when set, else an
 * embedded server started from Maven jars. Each instance creates a database of its own, which
 * the store then migrates.
 */
public final class TestPostgres implements AutoCloseable {
    private final EmbeddedPostgres embedded;
    private final String url;
    private final String user;
    private final String password;

    private TestPostgres(EmbeddedPostgres embedded, String url, String user, String password) {
        this.embedded = embedded;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static TestPostgres start() throws IOException, SQLException {
        String external = System.getenv("DW_TEST_POSTGRES_URL");
        String name = "dw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (external != null && !external.isBlank()) {
            String user = System.getenv().getOrDefault("DW_TEST_POSTGRES_USER", "postgres");
            String password = System.getenv().getOrDefault("DW_TEST_POSTGRES_PASSWORD", "");
            try (Connection c = DriverManager.getConnection(external, user, password);
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name); // a generated name, not input
            }
            URI u = URI.create(external.substring("jdbc:".length()));
            return new TestPostgres(null, "jdbc:postgresql://" + u.getAuthority() + "/" + name, user, password);
        }
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return new TestPostgres(pg, pg.getJdbcUrl("postgres", name), "postgres", "");
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
