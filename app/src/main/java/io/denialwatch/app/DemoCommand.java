package io.denialwatch.app;

import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.common.UserError;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.metrics.KafkaMeters;
import io.denialwatch.common.metrics.MetricsSetup;
import io.denialwatch.ingest.replay.JsonlReplaySource;
import io.denialwatch.sink.SinkRole;
import io.denialwatch.stream.DenialTopology;
import io.denialwatch.stream.StreamRole;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code denialwatch demo}: a real Kafka broker and every role in one process, fed with the
 * founding example (or any JSONL of posts), with the desk page up.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Start an embedded Kafka broker and the ingest, stream and sink roles in one process, "
                    + "replay the bundled founding example and serve the live desk page until Ctrl-C.",
            "Running it again on the same --data-dir adds no duplicate alert."
        })
final class DemoCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(
            names = "--posts",
            paramLabel = "FILE",
            defaultValue = "examples/founding-example.jsonl",
            description = "JSONL file of Posts to replay (default: ${DEFAULT-VALUE})")
    Path posts;

    @Option(names = "--persons", paramLabel = "FILE", description = "watch list (default: config/persons.yaml)")
    Path persons;

    @Option(
            names = "--once",
            description = "exit 0 as soon as every replayed post has been processed and every alert it raised "
                    + "is at the desk (and in --alerts-out)")
    boolean once;

    @Option(names = "--alerts-out", paramLabel = "FILE", description = "append the alerts to this JSONL file")
    Path alertsOut;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            defaultValue = "data",
            description = "where the broker and the stream keep their data (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "port of the desk page (0 picks a free one; default: ${DEFAULT-VALUE})")
    int port;

    @Option(
            names = "--kafka-port",
            paramLabel = "N",
            defaultValue = "0",
            description = "client port of the embedded broker, for kcat and other Kafka clients (default: a free one, "
                    + "printed at start)")
    int kafkaPort;

    @Option(
            names = "--partitions",
            paramLabel = "N",
            defaultValue = "1",
            description = {
                "partitions of the demo's topics (default: ${DEFAULT-VALUE}: posts are then processed "
                        + "in the order they are replayed; with more, a story read after its denial revises the alert)"
            })
    int partitions;

    @Option(
            names = "--postgres",
            paramLabel = "JDBC_URL",
            description = "store the alerts in this PostgreSQL database (user and password from postgres.user, "
                    + "postgres.password or the URL); without it the desk keeps its history in dw.alerts")
    String postgres;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            defaultValue = "120s",
            description = "with --once, give up after this long (default: ${DEFAULT-VALUE})")
    String timeout;

    @Override
    public Integer call() throws Exception {
        Instant started = Instant.now();
        quietKafkaLogs();
        if (!Files.isRegularFile(posts)) {
            throw new UserError(
                    posts + ": no such posts file; give a JSONL file of posts with --posts FILE (docs/schema.md)");
        }
        if (kafkaPort != 0 && !isFree(kafkaPort)) {
            throw new UserError(
                    "--kafka-port " + kafkaPort + ": the port is in use; choose another, or 0 for a free one");
        }
        System.out.println("starting Kafka (KRaft, single node) in " + dataDir.resolve("broker"));
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir.resolve("broker"), kafkaPort, 0);
        // the one address a client needs; the controller's port beside it speaks no client protocol
        System.out.println("kafka: " + broker.bootstrapServers() + " (bootstrap servers, e.g. kcat -b "
                + broker.bootstrapServers() + " -C -t dw.alerts)");
        Map<String, String> o = new HashMap<>();
        o.put(Settings.BOOTSTRAP.key(), broker.bootstrapServers());
        o.put(Settings.DATA_DIR.key(), dataDir.toString());
        o.put(Settings.TOPIC_PARTITIONS.key(), Integer.toString(partitions));
        o.put(Settings.SINK_PORT.key(), Integer.toString(port));
        o.put(Settings.SINK_ALERTS_OUT.key(), alertsOut == null ? "" : alertsOut.toString());
        if (persons != null) {
            o.put(Settings.PERSONS_FILE.key(), persons.toString());
        }
        if (postgres != null) {
            o.put(Settings.POSTGRES_URL.key(), postgres);
        }
        Settings s = config.load(o);
        KafkaClients.ensureTopics(s);
        Topics topics = new Topics(s.get(Settings.TOPIC_PREFIX));

        var registry = MetricsSetup.prometheus("demo", s);
        StreamRole stream = new StreamRole(Components.topology(s, registry), s, registry);
        SinkRole sink = new SinkRole(KafkaClients.named(s, "denialwatch-sink"), registry, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable shutdown = () -> {
            try {
                sink.close();
            } catch (Exception e) {
                System.err.println("demo: " + e.getMessage());
            }
            stream.close();
            broker.close();
            stopped.countDown();
        };
        Thread hook = new Thread(shutdown, "demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stream.start();
        sink.start();
        System.out.println("desk: http://localhost:" + sink.port() + "/");

        try (var producer = KafkaClients.postProducer(s, "denialwatch-demo-replay");
                var clientMetrics = KafkaMeters.of(producer, registry)) {
            var result = new JsonlReplaySource(producer, topics.posts.name()).replay(posts);
            result.rejected().forEach(r -> System.err.println("skipped " + r.where() + ": " + r.reason()));
            System.out.println("replayed " + result.produced() + " posts from " + posts);
        }
        if (!once) {
            stopped.await();
            return 0;
        }
        boolean done = waitUntilProcessed(s, topics, sink, Settings.parseDuration("--timeout", timeout));
        Runtime.getRuntime().removeShutdownHook(hook);
        shutdown.run();
        if (!done) {
            System.err.println("demo: not every post was processed within " + timeout);
            return 1;
        }
        System.out.printf(
                "done: %d alerts in %.1f s%n",
                sink.alerts(), Duration.between(started, Instant.now()).toMillis() / 1000.0);
        return 0;
    }

    /**
     * The demo's terminal is for alerts: Kafka's start-up warnings (empty metadata log, topics not
     * created yet, and the broker's transient "OutOfOrderSequenceException … transactions v2" for a
     * new transactional producer, which Kafka retries) are expected in a fresh single-process
     * cluster. DW_LOG_LEVEL=DEBUG keeps them.
     */
    private static void quietKafkaLogs() {
        if (System.getenv("DW_LOG_LEVEL") != null) {
            return;
        }
        if (org.slf4j.LoggerFactory.getLogger("org.apache.kafka") instanceof ch.qos.logback.classic.Logger clients) {
            clients.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
        if (org.slf4j.LoggerFactory.getLogger("kafka") instanceof ch.qos.logback.classic.Logger broker) {
            broker.setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean waitUntilProcessed(Settings s, Topics topics, SinkRole sink, Duration timeout)
            throws Exception {
        String appId = s.get(Settings.STREAM_APP_ID);
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(s.kafkaProperties())) {
            ProcessingProbe probe = new ProcessingProbe(
                    admin, appId, DenialTopology.inputs(topics, appId), topics.alerts.name(), sink.feed());
            while (Instant.now().isBefore(deadline)) {
                if (probe.done()) {
                    return true;
                }
                Thread.sleep(200);
            }
        }
        return false;
    }
}
