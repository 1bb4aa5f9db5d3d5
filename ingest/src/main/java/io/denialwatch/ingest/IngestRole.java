package io.denialwatch.ingest;

import io.denialwatch.ingest.connectors.SourcePoller;
import io.denialwatch.ingest.http.PoliteHttpClient;
import io.denialwatch.ingest.worker.IngestWorker;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The ingest role: wires the HTTP client, the connectors and one worker from its settings, and
 * stops them in order. What the {@code ingest} command calls once the topics exist.
 */
public final class IngestRole implements AutoCloseable {
    private final PoliteHttpClient http;
    private final IngestWorker worker;

    private IngestRole(PoliteHttpClient http, IngestWorker worker) {
        this.http = http;
        this.worker = worker;
    }

    public static IngestRole start(IngestSettings settings, MeterRegistry registry) {
        Clock clock = Clock.systemUTC();
        PoliteHttpClient http = new PoliteHttpClient(settings.http(), registry);
        IngestWorker worker = new IngestWorker(
                        settings.worker(), SourcePoller.overAllConnectors(http, registry, clock), registry, clock)
                .start();
        return new IngestRole(http, worker);
    }

    public IngestWorker worker() {
        return worker;
    }

    /** {@code /health/live}: the worker's loop runs (a dead loop is a process to restart, not one to keep). */
    public static Map<String, BooleanSupplier> liveChecks(IngestWorker worker) {
        return Map.of("worker_loop", worker::loopAlive);
    }

    /** {@code /health/ready}: the loop runs and the role is not shutting down. */
    public static Map<String, BooleanSupplier> readyChecks(IngestWorker worker, BooleanSupplier running) {
        Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
        checks.put("worker_running", running);
        checks.put("worker_loop", worker::loopAlive);
        return checks;
    }

    @Override
    public void close() {
        worker.close();
        http.close();
    }
}
