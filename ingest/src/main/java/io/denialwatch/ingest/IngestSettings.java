package io.denialwatch.ingest;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.ingest.http.HttpPolicy;
import io.denialwatch.ingest.worker.IngestWorker;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * What the ingest role takes from configuration, read once at start; the values were checked
 * when the configuration was loaded.
 */
public record IngestSettings(IngestWorker.Config worker, HttpPolicy http) {

    public static IngestSettings from(Settings s) {
        return new IngestSettings(
                new IngestWorker.Config(
                        s.kafkaProperties(),
                        new Topics(s.get(Settings.TOPIC_PREFIX)),
                        s.get(Settings.INGEST_GROUP),
                        workerId(s.get(Settings.INGEST_WORKER_ID)),
                        s.get(Settings.INGEST_THREADS),
                        s.get(Settings.INGEST_TX_TIMEOUT)),
                http(s));
    }

    /** The HTTP policy alone, for a command that fetches without a worker ({@code fetch}). */
    public static HttpPolicy http(Settings s) {
        HttpPolicy d = HttpPolicy.defaults();
        return d.withMinInterval(s.get(Settings.INGEST_MIN_INTERVAL))
                .withMaxBodyBytes(s.get(Settings.INGEST_MAX_BODY))
                .withTimeouts(d.connectTimeout(), d.readTimeout(), s.get(Settings.INGEST_TIMEOUT))
                .withBackoff(s.get(Settings.INGEST_BACKOFF), Duration.ofHours(1))
                .withAllowPrivateAddresses(s.get(Settings.INGEST_ALLOW_PRIVATE));
    }

    private static String workerId(String configured) {
        if (!configured.isBlank()) {
            return configured.trim();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "ingest-" + ProcessHandle.current().pid();
        }
    }
}
