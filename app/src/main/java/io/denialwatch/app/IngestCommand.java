package io.denialwatch.app;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.metrics.KafkaMeters;
import io.denialwatch.common.metrics.MetricsSetup;
import io.denialwatch.common.metrics.OpsServer;
import io.denialwatch.ingest.IngestRole;
import io.denialwatch.ingest.IngestSettings;
import io.denialwatch.ingest.replay.JsonlReplaySource;
import io.micrometer.core.instrument.Counter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code denialwatch ingest}: brings posts into dw.posts. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Run the ingest role: workers share the sources in dw.sources (load them with "
                    + "'denialwatch sources load FILE') as one consumer group, poll each for new posts only, and write "
                    + "posts and cursors to Kafka in one transaction. Start several to share the work.",
            "With --replay FILE, instead produce the Posts of a JSONL file to dw.posts and exit.",
            "While it runs it serves /metrics, /health/live and /health/ready on ops.bind:ops.port "
                    + "(default 127.0.0.1:9464; a replay goes on without them when the port is taken). "
                    + "SIGTERM flushes what was produced so far before exiting."
        })
final class IngestCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(
            names = "--replay",
            paramLabel = "FILE",
            description = "a JSONL file of Posts (one per line; id, text and published_at required) to produce once")
    Path replay;

    @Override
    public Integer call() throws Exception {
        Settings s = config.load(Map.of());
        KafkaClients.ensureTopics(s);
        var registry = MetricsSetup.prometheus("ingest", s);
        if (replay == null) {
            return runWorker(s, registry);
        }
        AtomicBoolean producing = new AtomicBoolean();
        OpsServer ops = null;
        try {
            ops = OpsServer.start(s, registry, Map.of(), Map.of("producer_open", producing::get));
            System.out.println("ingest: metrics and health on " + ops.url());
        } catch (IllegalStateException e) {
            // a replay is a batch job: its result is printed, so it is not worth failing over metrics
            System.err.println("ingest: metrics not served: " + e.getMessage());
        }
        Counter produced = Counter.builder("dw.ingest.items")
                .description("new posts fetched")
                .tag("source", "replay")
                .tag("kind", "replay")
                .register(registry);
        try (var producer = KafkaClients.postProducer(s, "denialwatch-ingest-replay");
                var clientMetrics = KafkaMeters.of(producer, registry)) {
            producing.set(true);
            // on SIGTERM, deliver what was already handed to the producer before the JVM goes
            Thread flush = new Thread(() -> producer.close(Duration.ofSeconds(10)), "ingest-shutdown");
            Runtime.getRuntime().addShutdownHook(flush);
            var result = new JsonlReplaySource(producer, new Topics(s.get(Settings.TOPIC_PREFIX)).posts.name())
                    .replay(replay);
            Runtime.getRuntime().removeShutdownHook(flush);
            produced.increment(result.produced());
            result.rejected().forEach(r -> System.err.println("skipped " + r.where() + ": " + r.reason()));
            System.out.println("produced " + result.produced() + " posts, skipped "
                    + result.rejected().size());
        } finally {
            if (ops != null) {
                ops.close();
            }
        }
        return 0;
    }

    /** The long-running role: one worker of the ingest group, until SIGTERM. */
    private static int runWorker(Settings s, io.micrometer.prometheusmetrics.PrometheusMeterRegistry registry)
            throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        IngestRole app = IngestRole.start(IngestSettings.from(s), registry);
        try (OpsServer ops = OpsServer.start(
                s,
                registry,
                IngestRole.liveChecks(app.worker()),
                IngestRole.readyChecks(app.worker(), () -> stopped.getCount() > 0))) {
            System.out.println("ingest: worker " + app.worker().workerId() + "; metrics and health on " + ops.url());
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                // in-flight fetches end, the open transaction commits or aborts, producers flush
                                app.close();
                                stopped.countDown();
                            },
                            "ingest-shutdown"));
            stopped.await();
        }
        return 0;
    }
}
