package io.denialwatch.sink.bench;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.metrics.MetricsSetup;
import io.denialwatch.sink.SinkRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The sink as the benchmark runs it: its own JVM (so that its heap and threads are its own),
 * with PostgreSQL, the JVM's meters on {@code /metrics}. Writes its port to a file once it listens
 * (its standard output is its log). Arguments: port file, bootstrap servers, PostgreSQL URL, user, password.
 */
public final class BenchSink {
    private BenchSink() {}

    public static void main(String[] args) throws Exception {
        Settings s = Settings.load(
                null,
                Map.of(),
                Map.of(
                        Settings.BOOTSTRAP.key(),
                        args[1],
                        Settings.SINK_PORT.key(),
                        "0",
                        Settings.POSTGRES_URL.key(),
                        args[2],
                        Settings.POSTGRES_USER.key(),
                        args[3],
                        Settings.POSTGRES_PASSWORD.key(),
                        args.length > 4 ? args[4] : ""));
        try (SinkRole sink = new SinkRole(s, MetricsSetup.prometheus("sink"), null)) {
            sink.start();
            Path written = Path.of(args[0] + ".tmp");
            Files.writeString(written, Integer.toString(sink.port()));
            Files.move(written, Path.of(args[0]), StandardCopyOption.ATOMIC_MOVE);
            new CountDownLatch(1).await(); // until the benchmark kills this process
        }
    }
}
