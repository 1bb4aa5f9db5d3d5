package io.denialwatch.sink.store;

import io.denialwatch.broker.ScratchPostgres;
import java.io.IOException;

/**
 * A real PostgreSQL server for tests: the one at {@code DW_TEST_POSTGRES_URL} when set, else an
 * embedded server started from Maven jars. Each instance has a database of its own, which the
 * store then migrates, dropped on close.
 */
public final class TestPostgres implements AutoCloseable {
    private final ScratchPostgres scratch;

    private TestPostgres(ScratchPostgres scratch) {
        this.scratch = scratch;
    }

    public static TestPostgres start() throws IOException {
        String external = System.getenv("DW_TEST_POSTGRES_URL");
        ScratchPostgres.Store given = external == null || external.isBlank()
                ? null
                : new ScratchPostgres.Store(
                        external,
                        System.getenv().getOrDefault("DW_TEST_POSTGRES_USER", "postgres"),
                        System.getenv().getOrDefault("DW_TEST_POSTGRES_PASSWORD", ""));
        try {
            return new TestPostgres(ScratchPostgres.open(given, null));
        } catch (ScratchPostgres.SetupException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    public String url() {
        return scratch.store().url();
    }

    public String user() {
        return scratch.store().user();
    }

    public String password() {
        return scratch.store().password();
    }

    @Override
    public void close() {
        scratch.close();
    }
}
