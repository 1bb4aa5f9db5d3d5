package io.denialwatch.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database of its own on a server started here or given, gone after use. */
class ScratchPostgresTest {
    @TempDir
    Path dir;

    @Test
    void theScratchDatabaseKeepsTheGivenServerAndParameters() {
        assertThat(ScratchPostgres.withDatabase("jdbc:postgresql://db.internal:5433/postgres?sslmode=require", "b1"))
                .isEqualTo("jdbc:postgresql://db.internal:5433/b1?sslmode=require");
        assertThat(ScratchPostgres.withDatabase("jdbc:postgresql://localhost/desk", "b1"))
                .isEqualTo("jdbc:postgresql://localhost/b1");
    }

    @Test
    void onAGivenServerTheScratchDatabaseIsOneOfItsOwnAndDroppedAfter() throws Exception {
        try (ScratchPostgres started = ScratchPostgres.open(null, dir.resolve("pg"))) {
            assertThat(started.description()).matches("PostgreSQL \\d+\\.\\d+ \\(embedded\\)");
            ScratchPostgres.Store operator = started.store(); // stands for an operator's server
            String ours;
            try (ScratchPostgres given = ScratchPostgres.open(operator, dir.resolve("unused"))) {
                assertThat(given.description()).matches("PostgreSQL \\d+\\.\\d+ \\(given server\\)");
                ours = given.database();
                assertThat(given.store().url()).contains("/" + ours);
                assertThat(ours).startsWith("dw_scratch_");
                try (Connection c = connect(given.store());
                        Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE t (x int)");
                }
                assertThat(databases(operator)).contains(ours);
            }
            assertThat(databases(operator)).doesNotContain(ours);
        }
    }

    @Test
    void aServerThatIsNoJdbcUrlIsRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> ScratchPostgres.open(new ScratchPostgres.Store("localhost:5432", "", ""), dir))
                .isInstanceOf(ScratchPostgres.SetupException.class)
                .hasMessageContaining("jdbc:postgresql://host:5432/postgres");
    }

    private static Connection connect(ScratchPostgres.Store s) throws SQLException {
        return DriverManager.getConnection(s.url(), s.user(), s.password());
    }

    private static java.util.List<String> databases(ScratchPostgres.Store s) throws SQLException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Connection c = connect(s);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT datname FROM pg_database")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
