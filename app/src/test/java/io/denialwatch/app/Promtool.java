package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.sink.SystemProgram;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus' own checker ({@code promtool}, Debian package {@code prometheus}; .ci/run installs
 * it; found as every system program the tests drive, {@link SystemProgram}).
 */
final class Promtool {
    private Promtool() {}

    static String path() {
        return SystemProgram.require("promtool", "prometheus").toString();
    }

    /**
     * Runs {@code promtool check metrics} on a scrape and fails with its complaints. Without
     * promtool only this check is left out, not the test around it: the Kafka assertions of the
     * ops tests run anyway (under CI=true a missing promtool fails).
     */
    static void checkMetrics(String what, String scrape) throws IOException, InterruptedException {
        checkMetrics(what, scrape, System.getenv());
    }

    static void checkMetrics(String what, String scrape, Map<String, String> env)
            throws IOException, InterruptedException {
        assertThat(scrape).as(what + " scrape").isNotBlank();
        Optional<Path> promtool = SystemProgram.find("promtool", env);
        if (promtool.isEmpty()) {
            if (SystemProgram.isCi(env)) {
                throw new AssertionError(
                        "promtool is not installed; .ci/run must install the Debian package prometheus");
            }
            System.out.println("promtool is not installed (apt-get install -y prometheus): the " + what
                    + " scrape is not checked");
            return;
        }
        String result = run(List.of(promtool.get().toString(), "check", "metrics"), scrape);
        assertThat(result).as("promtool check metrics on " + what).isEmpty();
    }

    /** Runs promtool with {@code args}; returns its output when it fails, "" when it passes. */
    static String run(List<String> args, String stdin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("promtool did not finish: " + args);
        }
        return p.exitValue() == 0 ? "" : "exit " + p.exitValue() + ":\n" + output;
    }
}
