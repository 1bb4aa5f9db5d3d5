package io.denialwatch.ingest.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.metrics.OpsServer;
import io.denialwatch.ingest.IngestRole;
import io.denialwatch.ingest.model.FetchResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** An ingest worker whose loop has died is not live: the orchestrator restarts it instead of keeping an idle process. */
class WorkerHealthTest {

    @Test
    void aDeadWorkerLoopFailsLivenessAndReadiness() throws Exception {
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", "127.0.0.1:1");
        kafka.put("max.poll.records", "not a number"); // the loop dies at once, on its consumer's configuration
        IngestWorker worker = new IngestWorker(
                        new IngestWorker.Config(kafka, new Topics("dw."), "g", "w1", 1, Duration.ofSeconds(10)),
                        (source, cursor) -> new FetchResult(java.util.List.of(), cursor, true, 0, 0),
                        new SimpleMeterRegistry(),
                        Clock.systemUTC())
                .start();
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(10)).until(() -> !worker.loopAlive());

        try (OpsServer ops = new OpsServer(
                "127.0.0.1",
                0,
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                IngestRole.liveChecks(worker),
                IngestRole.readyChecks(worker, () -> true))) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : new String[] {"/health/live", "/health/ready"}) {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(ops.url() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path).isEqualTo(503);
                assertThat(r.body()).as(path).contains("\"worker_loop\":false");
            }
        } finally {
            worker.close();
        }
    }
}
