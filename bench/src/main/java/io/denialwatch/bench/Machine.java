package io.denialwatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What a figure was measured on: without it a figure means nothing on another machine. */
final class Machine {
    private Machine() {}

    static String describe(String command) {
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (" + cpuModel() + "), Java "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name")
                + "), max heap "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB; "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "; load average at the end " + String.format(java.util.Locale.ROOT, "%.2f", ProcessMeter.systemLoad())
                + "; command: " + command;
    }

    private static String cpuModel() {
        Path info = Path.of("/proc/cpuinfo");
        if (Files.isReadable(info)) {
            try (var lines = Files.lines(info)) {
                return lines.filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim())
                        .findFirst()
                        .orElse(System.getProperty("os.arch"));
            } catch (IOException e) {
                return System.getProperty("os.arch");
            }
        }
        return System.getProperty("os.arch");
    }
}
