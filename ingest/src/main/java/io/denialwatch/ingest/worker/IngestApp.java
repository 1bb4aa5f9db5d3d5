package io.denialwatch.ingest.worker;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.kafka.TopicAdmin;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.ingest.IngestSetup;
import io.denialwatch.ingest.http.PoliteHttpClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;

/**
 * The ingest role: reads configuration, makes sure the topics exist, wires the HTTP client, the
 * connectors and one worker, and stops them in order. What the {@code ingest} command and the
 * demo call.
 */
public final class IngestApp implements AutoCloseable {
    private final PoliteHttpClient http;
    private final IngestWorker worker;

    private IngestApp(PoliteHttpClient http, IngestWorker worker) {
        this.http = http;
        this.worker = worker;
    }

    public static IngestApp start(Settings settings, MeterRegistry registry) throws InterruptedException {
        Properties kafka = settings.kafkaProperties();
        Topics topics = new Topics(settings.get(Settings.TOPIC_PREFIX));
        try (Admin admin = Admin.create(kafka)) {
            TopicAdmin.ensureTopics(
                    admin,
                    topics,
                    settings.getInt(Settings.TOPIC_PARTITIONS),
                    (short) settings.getInt(Settings.TOPIC_REPLICATION),
                    Duration.ofSeconds(60));
        }
        Clock clock = Clock.systemUTC();
        PoliteHttpClient http = new PoliteHttpClient(IngestSetup.policy(settings), registry);
        IngestWorker.Config config = new IngestWorker.Config(
                kafka,
                topics,
                settings.get(Settings.INGEST_GROUP),
                workerId(settings),
                settings.getInt(Settings.INGEST_THREADS),
                settings.getDuration(Settings.INGEST_TX_TIMEOUT));
        IngestWorker worker =
                new IngestWorker(config, IngestSetup.poller(http, registry, clock), registry, clock).start();
        return new IngestApp(http, worker);
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

    private static String workerId(Settings settings) {
        String id = settings.get(Settings.INGEST_WORKER_ID);
        if (id != null && !id.isBlank()) {
            return id.trim();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "ingest-" + ProcessHandle.current().pid();
        }
    }

    @Override
    public void close() {
        worker.close();
        http.close();
    }
}
