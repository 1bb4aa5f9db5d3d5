package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Prometheus' own checker ({@code promtool}, Debian package {@code prometheus}; .ci/run installs
 * it), and how the tests find such system programs.
 */
final class Promtool {
    private Promtool() {
    }

    static String path() {
        return require("promtool", "prometheus");
    }

    /**
     * The path of a program the tests run, from the Debian package {@code debianPackage}: when it
     * is missing the test is skipped on a developer's machine and fails in CI (CI=true).
     */
    static String require(String program, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(program + " is not installed; .ci/run must install the Debian package "
                    + debianPackage);
        }
        Assumptions.abort(program + " is not installed (apt-get install -y " + debianPackage + ")");
        return null;
    }

    /** Runs {@code promtool check metrics} on a scrape and fails with its complaints. */
    static void checkMetrics(String what, String scrape) throws IOException, InterruptedException {
        assertThat(scrape).as(what + " scrape").isNotBlank();
        String result = run(List.of(path(), "check", "metrics"), scrape);
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
