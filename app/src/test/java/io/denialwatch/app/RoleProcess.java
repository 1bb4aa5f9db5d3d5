package io.denialwatch.app;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One role of the command in a JVM of its own, the way a container runs it: {@code Main <args>}
 * with the test class path, configured only through {@code DW_*} environment variables. Output
 * goes to files beside the test's data, so a failing test can show it.
 */
final class RoleProcess implements AutoCloseable {
    final String name;
    final Path out;
    final Path err;
    private final Process process;

    private RoleProcess(String name, Path out, Path err, Process process) {
        this.name = name;
        this.out = out;
        this.err = err;
        this.process = process;
    }

    static RoleProcess start(String name, Path dir, Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        // only what the test says: a DW_* variable of the machine running the tests must not leak in
        pb.environment().keySet().removeIf(k -> k.startsWith("DW_"));
        pb.environment().putAll(env);
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        return new RoleProcess(name, out, err, pb.start());
    }

    /** Waits for a line of standard output matching {@code pattern} and returns its first group. */
    String awaitOutput(Pattern pattern, Duration timeout) {
        AtomicReference<String> found = new AtomicReference<>();
        await(name + " printing " + pattern)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive() && found.get() == null) {
                        Matcher m = pattern.matcher(read(out));
                        if (!m.find()) {
                            throw new AssertionError(name + " exited with " + process.exitValue() + " before printing "
                                    + pattern + "\n" + tail());
                        }
                    }
                    Matcher m = pattern.matcher(read(out));
                    if (m.find()) {
                        found.set(m.groupCount() > 0 ? m.group(1) : m.group());
                        return true;
                    }
                    return false;
                });
        return found.get();
    }

    /** Sends SIGTERM, as {@code docker stop} does, and returns the exit code. */
    int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " did not stop within " + timeout + " of SIGTERM\n" + tail());
        }
        return process.exitValue();
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " still running after " + timeout + "\n" + tail());
        }
        return process.exitValue();
    }

    boolean alive() {
        return process.isAlive();
    }

    String stdout() {
        return read(out);
    }

    String stderr() {
        return read(err);
    }

    String tail() {
        String o = read(out);
        String e = read(err);
        return "--- " + name + " stdout ---\n" + o.substring(Math.max(0, o.length() - 3000)) + "\n--- " + name
                + " stderr ---\n" + e.substring(Math.max(0, e.length() - 3000));
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
