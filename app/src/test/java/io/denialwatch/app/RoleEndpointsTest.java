package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.common.json.Json;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo and ingest roles as their own processes: health, a /metrics that Prometheus' checker
 * accepts, JSON logs, and a clean stop on SIGTERM. (stream and sink: {@link ScaleOutTest}.)
 */
class RoleEndpointsTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @Test
    void demoServesHealthAndCheckedMetricsLogsJsonAndStopsCleanlyOnSigterm() throws Exception {
        Map<String, String> env = Map.of(
                "DW_LOG_FORMAT",
                "json",
                "DW_PERSONS_FILE",
                ROOT.resolve("config/persons.yaml").toString());
        // the application's own logging set-up, not the tests'
        List<String> jvm = List.of("-Dlogback.configurationFile=" + ROOT.resolve("app/src/main/resources/logback.xml"));
        try (RoleProcess demo = RoleProcess.start(
                "demo",
                dir,
                env,
                jvm,
                "demo",
                "--port",
                "0",
                "--data-dir",
                dir.resolve("data").toString(),
                "--posts",
                ROOT.resolve("examples/founding-example.jsonl").toString())) {
            String base =
                    "http://localhost:" + demo.awaitOutput(Pattern.compile("desk: http://localhost:(\\d+)/"), START);
            assertThat(Http.get(base + "/health/live").status()).isEqualTo(200);
            await("demo ready").atMost(START).until(() -> Http.status(base + "/health/ready") == 200);
            demo.awaitOutput(Pattern.compile("(replayed 6 posts)"), START);
            // both founding alerts reached the desk: the latency histograms have something to show
            await("two alerts")
                    .atMost(START)
                    .until(() -> Http.get(base + "/api/alerts").body().contains("mazhar-al-wais")
                            && Http.get(base + "/api/alerts").body().contains("ahmed-al-sharaa"));
            String metrics = Http.get(base + "/metrics").body();
            assertThat(metrics)
                    .contains(
                            "dw_stream_posts_total",
                            "dw_stream_alerts_total",
                            "dw_sink_alert_latency_seconds_bucket{",
                            "since=\"entered\"",
                            "kafka_stream_thread_process_total",
                            "kafka_consumer_fetch_manager_records_lag",
                            "kafka_producer_record_send_total",
                            "jvm_memory_used_bytes",
                            "role=\"demo\"");
            Promtool.checkMetrics("demo", metrics);
            MetricsScrape scrape = new MetricsScrape(metrics);
            // the stream's clients take their names from its application id
            scrape.clientsNamed("denialwatch-sink", "denialwatch-stream-");
            assertThat(scrape.lagTopics()).contains("dw.alerts").noneMatch(t -> t.startsWith("dw_"));
            scrape.unitsNamedAndNothingRefused();

            int code = demo.stop(Duration.ofSeconds(60));
            assertThat(code).as(demo.tail()).isIn(0, 143);
            List<String> logLines =
                    demo.stderr().lines().filter(l -> !l.isBlank()).toList();
            assertThat(logLines).as("demo logs").isNotEmpty();
            for (String line : logLines) {
                assertThat(line).as("a log line in text format").doesNotMatch("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*");
                if (line.startsWith("{")) {
                    JsonNode log = Json.MAPPER.readTree(line);
                    assertThat(log.has("level") && log.has("message") && log.has("loggerName"))
                            .as(line)
                            .isTrue();
                }
            }
            assertThat(logLines).anyMatch(l -> l.startsWith("{"));
        }
    }

    @Test
    void ingestServesHealthAndCheckedMetricsWhileReplaying() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"))) {
            // a named pipe: the replay waits on it, so the role is up while the test looks at it
            Path fifo = dir.resolve("posts.fifo");
            assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                    .isZero();
            Map<String, String> env = ingestEnv(broker, Map.of());
            try (RoleProcess ingest =
                    RoleProcess.start("ingest", dir, env, List.of(), "ingest", "--replay", fifo.toString())) {
                String base = ingest.awaitOutput(Pattern.compile("metrics and health on (http://\\S+)"), START);
                assertThat(Http.get(base + "/health/live").status()).isEqualTo(200);
                await("ingest ready")
                        .atMost(START)
                        .until(() -> Http.get(base + "/health/ready").body().contains("\"producer_open\":true"));
                // the image's HEALTHCHECK finds it on DW_OPS_PORT, and nothing where nothing listens
                String port = base.substring(base.lastIndexOf(':') + 1);
                assertThat(healthcheck(port, "1")).isZero();
                assertThat(healthcheck("1", "1")).isNotZero();
                String metrics = Http.get(base + "/metrics").body();
                assertThat(metrics)
                        .contains(
                                "kafka_producer_record_send_total",
                                "dw_ingest_items_total",
                                "jvm_threads_live_threads",
                                "role=\"ingest\"");
                Promtool.checkMetrics("ingest", metrics);
                MetricsScrape scrape = new MetricsScrape(metrics);
                scrape.clientsNamed("denialwatch-ingest-replay");
                scrape.unitsNamedAndNothingRefused();

                try (OutputStream pipe = Files.newOutputStream(fifo)) {
                    pipe.write(Files.readAllBytes(ROOT.resolve("examples/founding-example.jsonl")));
                }
                assertThat(ingest.awaitExit(START)).as(ingest.tail()).isZero();
                assertThat(ingest.stdout()).contains("produced 6 posts");
            }
        }
    }

    @Test
    void anIngestWorkerNamesItsKafkaClientsForItselfAndShowsTheirMeters() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"))) {
            Map<String, String> env = ingestEnv(broker, Map.of("DW_INGEST_WORKER_ID", "w1"));
            try (RoleProcess ingest = RoleProcess.start("ingest", dir, env, List.of(), "ingest")) {
                String base = ingest.awaitOutput(Pattern.compile("metrics and health on (http://\\S+)"), START);
                // alone in its group, the worker owns both partitions of dw.sources: a producer for each
                await("the worker's consumer lag and both partitions' producers on /metrics")
                        .atMost(START)
                        .until(() -> {
                            MetricsScrape scrape = new MetricsScrape(
                                    Http.get(base + "/metrics").body());
                            return !scrape.series("kafka_consumer_fetch_manager_records_lag")
                                            .isEmpty()
                                    && scrape.series("kafka_producer_record_send_total")
                                                    .size()
                                            >= 2;
                        });
                String metrics = Http.get(base + "/metrics").body();
                MetricsScrape scrape = new MetricsScrape(metrics);
                scrape.clientsNamed("denialwatch-ingest-w1");
                assertThat(scrape.series("kafka_producer_record_send_total"))
                        .extracting(l -> l.get("client_id"))
                        .contains("denialwatch-ingest-w1-dw.sources-0", "denialwatch-ingest-w1-dw.sources-1");
                assertThat(scrape.lagTopics()).containsExactly("dw.sources");
                scrape.unitsNamedAndNothingRefused();
                Promtool.checkMetrics("ingest worker", metrics);
            }
        }
    }

    @Test
    void sinkAnswersTheScrapeWithItsTokenAndShowsItsLagAtOnce() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"))) {
            String token = "scrape-token-0123456789";
            Map<String, String> env = Map.of(
                    "DW_KAFKA_BOOTSTRAP_SERVERS",
                    broker.bootstrapServers(),
                    "DW_TOPICS_PARTITIONS",
                    "2",
                    "DW_SINK_TOKEN",
                    token);
            try (RoleProcess sink = RoleProcess.start("sink", dir, env, List.of(), "sink", "--port", "0")) {
                String base =
                        "http://127.0.0.1:" + sink.awaitOutput(Pattern.compile("desk: http://[^:]+:(\\d+)/"), START);
                await("sink ready").atMost(START).until(() -> Http.status(base + "/health/ready") == 200);
                // Prometheus without the token is refused; with it (ops/prometheus.yml's credentials_file) served
                assertThat(Http.get(base + "/metrics").status()).isEqualTo(401);
                // Kafka creates a partition's lag after the consumer's first fetch; Micrometer's own
                // binder would find it only at its next look, a minute after start
                await("the lag of both partitions of dw.alerts")
                        .atMost(Duration.ofSeconds(20))
                        .until(() -> new MetricsScrape(Http.get(base + "/metrics", token)
                                                .body())
                                        .series("kafka_consumer_fetch_manager_records_lag")
                                        .size()
                                == 2);
                Http.Answer answer = Http.get(base + "/metrics", token);
                assertThat(answer.status()).isEqualTo(200);
                MetricsScrape scrape = new MetricsScrape(answer.body());
                assertThat(scrape.lagTopics()).containsExactly("dw.alerts");
                assertThat(scrape.series("kafka_consumer_fetch_manager_records_lag"))
                        .extracting(l -> l.get("partition"))
                        .containsExactlyInAnyOrder("0", "1");
                scrape.clientsNamed("denialwatch-sink");
                scrape.unitsNamedAndNothingRefused();
                Promtool.checkMetrics("sink", answer.body());
            }
        }
    }

    /** An ingest role's environment on {@code broker}, its ops port any free one, with {@code more}. */
    private static Map<String, String> ingestEnv(EmbeddedKafkaBroker broker, Map<String, String> more) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "DW_KAFKA_BOOTSTRAP_SERVERS",
                broker.bootstrapServers(),
                "DW_OPS_PORT",
                "0",
                "DW_TOPICS_PARTITIONS",
                "2"));
        env.putAll(more);
        return env;
    }

    private static int healthcheck(String opsPort, String sinkPort) throws Exception {
        ProcessBuilder pb =
                new ProcessBuilder("bash", ROOT.resolve("bin/healthcheck").toString()).redirectErrorStream(true);
        pb.environment().put("DW_OPS_PORT", opsPort);
        pb.environment().put("DW_SINK_PORT", sinkPort);
        Process p = pb.start();
        p.getOutputStream().close();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
