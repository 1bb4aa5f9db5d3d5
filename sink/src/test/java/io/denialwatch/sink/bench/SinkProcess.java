package io.denialwatch.sink.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sink under test in a JVM of its own ({@link BenchSink}), and what its metrics and the OS say about it. */
final class SinkProcess implements AutoCloseable {
    private final Process process;
    private final HttpClient http = HttpClient.newHttpClient();
    final String base;

    SinkProcess(String heap, Path dir, String... args) throws IOException, InterruptedException {
        Path portFile = dir.resolve("sink.port");
        Path log = dir.resolve("sink.log");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-cp",
                System.getProperty("java.class.path"),
                BenchSink.class.getName(),
                portFile.toString()));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        for (long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
                !Files.exists(portFile); ) {
            if (!process.isAlive() || System.nanoTime() > until) {
                process.destroy();
                throw new IOException("the sink did not start; see " + log);
            }
            java.util.concurrent.TimeUnit.MILLISECONDS.sleep(100);
        }
        base = "http://127.0.0.1:" + Files.readString(portFile).trim();
    }

    String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** The sum of the values of the metric's series whose line contains {@code having}. */
    double metric(String name, String having) throws IOException, InterruptedException {
        double sum = 0;
        for (String l : get("/metrics").split("\n")) {
            if (l.startsWith(name)
                    && (l.charAt(name.length()) == '{' || l.charAt(name.length()) == ' ')
                    && l.contains(having)) {
                sum += Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** Resident memory of the sink's process, in MB (Linux). */
    double rssMegabytes() throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (l.startsWith("VmRSS:")) {
                return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
