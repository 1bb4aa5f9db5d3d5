package io.denialwatch.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Starts the parts of the pipeline as child JVMs on this JVM's class path, and does to them what
 * crashes and stalls do: SIGKILL, SIGSTOP, SIGCONT. Like a container runtime's restart policy, it
 * starts again a child that exits on its own (a role refuses to start while the broker is down);
 * those restarts are counted. Every child it ever started is destroyed when it is closed, and by
 * a shutdown hook if the parent itself is stopped first, so a failed run leaves no stray JVM.
 */
public final class ProcessSupervisor implements AutoCloseable {
    private final Path logDir;
    private final List<String> javaCommand;
    private final List<Child> children = new CopyOnWriteArrayList<>();
    private final Thread hook = new Thread(this::destroyAll, "chaos-children-cleanup");
    private final java.util.concurrent.ScheduledExecutorService watchdog =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "chaos-restart-policy");
                t.setDaemon(true);
                return t;
            });
    private final java.util.concurrent.atomic.AtomicInteger unplannedRestarts =
            new java.util.concurrent.atomic.AtomicInteger();

    public ProcessSupervisor(Path logDir, List<String> jvmOptions) {
        this.logDir = logDir;
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        this.javaCommand = List.copyOf(cmd);
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(hook);
        watchdog.scheduleWithFixedDelay(this::restartExited, 2, 2, TimeUnit.SECONDS);
    }

    private void restartExited() {
        for (Child c : children) {
            if (c.restartIfExited()) {
                unplannedRestarts.incrementAndGet();
            }
        }
    }

    /** How often a child exited without being killed and was started again. */
    public int unplannedRestarts() {
        return unplannedRestarts.get();
    }

    /** Defines a child (not started yet): {@code java <options> -cp <ours> mainClass args}, output to name.log. */
    public Child define(String name, List<String> extraJvmOptions, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>(javaCommand);
        cmd.addAll(1, extraJvmOptions);
        cmd.add(mainClass);
        cmd.addAll(args);
        Child c = new Child(name, List.copyOf(cmd), logDir.resolve(name + ".log"));
        children.add(c);
        return c;
    }

    private void destroyAll() {
        for (Child c : children) {
            c.kill();
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        for (Child c : children) {
            c.terminate(Duration.ofSeconds(20));
        }
        destroyAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running or has run
        }
    }

    /** One part of the pipeline, which may be started, killed and started again many times. */
    public static final class Child {
        private final String name;
        private final List<String> command;
        private final Path log;
        private volatile Process process;
        private volatile long logStart;
        private int starts;
        /** Whether it should be running: false from a deliberate kill or stop until the next start. */
        private volatile boolean wanted;

        private Child(String name, List<String> command, Path log) {
            this.name = name;
            this.command = command;
            this.log = log;
        }

        public String name() {
            return name;
        }

        public int starts() {
            return starts;
        }

        public synchronized void start() {
            if (process != null && process.isAlive()) {
                throw new IllegalStateException(name + " is already running");
            }
            try {
                logStart = Files.exists(log) ? Files.size(log) : 0;
                ProcessBuilder pb = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                Map<String, String> env = pb.environment();
                // the child reads its configuration from its own file only, never from ours
                env.keySet().removeIf(k -> k.startsWith("DW_"));
                process = pb.start();
                wanted = true;
                starts++;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + name, e);
            }
        }

        synchronized boolean restartIfExited() {
            Process p = process;
            if (!wanted || p == null || p.isAlive()) {
                return false;
            }
            appendToLog("exited with " + p.exitValue() + "; started again by the restart policy");
            start();
            return true;
        }

        private void appendToLog(String line) {
            try {
                Files.writeString(
                        log,
                        "[chaos] " + line + "\n",
                        StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public boolean alive() {
            Process p = process;
            return p != null && p.isAlive();
        }

        public long pid() {
            return process.pid();
        }

        /** SIGKILL, as a crash or the OOM killer would: no shutdown hook, no clean close. */
        public synchronized void kill() {
            wanted = false;
            Process p = process;
            if (p == null) {
                return;
            }
            resume(); // a stopped process would take the kill only once continued on some systems
            p.destroyForcibly();
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** SIGTERM and wait: the child's shutdown hook closes it cleanly. SIGKILL after the grace time. */
        public synchronized void terminate(Duration grace) {
            wanted = false;
            Process p = process;
            if (p == null || !p.isAlive()) {
                return;
            }
            resume();
            p.destroy();
            try {
                if (!p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }

        /** SIGSTOP: the JVM is frozen, sockets open, heartbeats and transactions left hanging. */
        public void pause() {
            signal("-STOP");
        }

        /** SIGCONT. */
        public void resume() {
            signal("-CONT");
        }

        private void signal(String sig) {
            Process p = process;
            if (p == null || !p.isAlive()) {
                return;
            }
            try {
                Process kill = new ProcessBuilder("kill", sig, Long.toString(p.pid()))
                        .inheritIO()
                        .start();
                if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                    throw new IllegalStateException("kill " + sig + " " + p.pid() + " failed");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot signal " + name, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * Waits until this incarnation of the child prints a line starting with {@code prefix}
         * and returns the line; fails if the child dies or the deadline passes first.
         */
        public String awaitLine(String prefix, Duration timeout) throws InterruptedException {
            Instant deadline = Instant.now().plus(timeout);
            while (true) {
                String found = findLine(prefix);
                if (found != null) {
                    return found;
                }
                if (!alive() && !wanted) {
                    throw new IllegalStateException(name + " is not running; see " + log);
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(
                            name + " did not print '" + prefix + "' within " + timeout + "; see " + log);
                }
                Thread.sleep(100);
            }
        }

        private String findLine(String prefix) {
            try {
                if (!Files.exists(log)) {
                    return null;
                }
                byte[] all = Files.readAllBytes(log);
                String text = new String(
                        all,
                        (int) Math.min(logStart, all.length),
                        (int) Math.max(0, all.length - logStart),
                        StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    if (line.startsWith(prefix)) {
                        return line.trim();
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
