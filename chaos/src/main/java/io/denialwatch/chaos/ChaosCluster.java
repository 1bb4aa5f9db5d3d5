package io.denialwatch.chaos;

import io.denialwatch.broker.BrokerMain;
import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.common.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The pipeline under test, every part a child JVM with its data under one work directory: the
 * broker on fixed ports (so a hard restart finds its own data and its clients find it again),
 * three stream instances of one application and the sink writing its JSONL file. Each part
 * is configured through its own YAML file, exactly as an operator would.
 */
public final class ChaosCluster implements AutoCloseable {
    public static final String APPLICATION_ID = "chaos-stream";
    public static final String TOPIC_PREFIX = "dw.";
    public static final int PARTITIONS = 6;
    private static final String MAIN = "io.denialwatch.app.Main";
    private static final List<String> CHILD_JVM =
            List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");

    private final Path dir;
    private final ProcessSupervisor supervisor;
    private final int port = EmbeddedKafkaBroker.freePort();
    private final ProcessSupervisor.Child broker;
    private final List<ProcessSupervisor.Child> streams = new ArrayList<>();
    private final ProcessSupervisor.Child sink;
    private final Path alertsOut;

    public ChaosCluster(Path dir, Path personsFile, ChaosPlan plan, ChaosRun.Database database) {
        this.dir = dir;
        this.supervisor = new ProcessSupervisor(dir.resolve("logs"), CHILD_JVM);
        int controllerPort = EmbeddedKafkaBroker.freePort();
        this.broker = supervisor.define(
                "broker",
                List.of(),
                BrokerMain.class.getName(),
                List.of(dir.resolve("broker").toString(), Integer.toString(port), Integer.toString(controllerPort)));
        for (int i = 1; i <= 3; i++) {
            Map<String, String> c = common(personsFile, dir.resolve("stream-" + i));
            c.put(Settings.STREAM_APP_ID.key(), APPLICATION_ID);
            // the stall fault must outlast this; Kafka Streams takes producer settings with this prefix
            c.put(
                    "kafka.producer.transaction.timeout.ms",
                    Long.toString(plan.transactionTimeout().toMillis()));
            // a killed instance's partitions move after this long instead of the default 45 s
            c.put("kafka.consumer.session.timeout.ms", "6000");
            c.put("kafka.consumer.heartbeat.interval.ms", "1000");
            Path cfg = write("stream-" + i + ".yaml", c);
            streams.add(
                    supervisor.define("stream-" + i, List.of(), MAIN, List.of("stream", "--config", cfg.toString())));
        }
        this.alertsOut = dir.resolve("sink").resolve("alerts.jsonl");
        Map<String, String> s = common(personsFile, dir.resolve("sink"));
        s.put(Settings.SINK_PORT.key(), "0");
        s.put(Settings.SINK_ALERTS_OUT.key(), alertsOut.toString());
        if (database != null) {
            s.put(Settings.POSTGRES_URL.key(), database.url());
            s.put(Settings.POSTGRES_USER.key(), database.user());
            s.put(Settings.POSTGRES_PASSWORD.key(), database.password());
        }
        Path sinkCfg = write("sink.yaml", s);
        this.sink = supervisor.define("sink", List.of(), MAIN, List.of("sink", "--config", sinkCfg.toString()));
    }

    private Map<String, String> common(Path personsFile, Path dataDir) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put(Settings.BOOTSTRAP.key(), bootstrap());
        c.put(Settings.TOPIC_PREFIX.key(), TOPIC_PREFIX);
        c.put(Settings.TOPIC_PARTITIONS.key(), Integer.toString(PARTITIONS));
        c.put(Settings.DATA_DIR.key(), dataDir.toString());
        c.put(Settings.PERSONS_FILE.key(), personsFile.toString());
        c.put(Settings.OPS_PORT.key(), "0"); // three instances on one host: no fixed metrics port
        return c;
    }

    private Path write(String name, Map<String, String> flat) {
        StringBuilder b = new StringBuilder("# written by denialwatch chaos\n");
        // flat keys quoted whole: Settings reads "a.b.c": v exactly as the nested form
        flat.forEach((k, v) -> b.append('"')
                .append(k)
                .append("\": \"")
                .append(v.replace("\\", "\\\\"))
                .append("\"\n"));
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public String bootstrap() {
        return "127.0.0.1:" + port;
    }

    public Properties kafka() {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap());
        return p;
    }

    public ProcessSupervisor.Child broker() {
        return broker;
    }

    public List<ProcessSupervisor.Child> streams() {
        return streams;
    }

    public ProcessSupervisor.Child sink() {
        return sink;
    }

    public int unplannedRestarts() {
        return supervisor.unplannedRestarts();
    }

    public Path alertsOut() {
        return alertsOut;
    }

    /** Starts the broker and waits until it takes clients. */
    public void startBroker() throws InterruptedException {
        broker.start();
        broker.awaitLine("READY", Duration.ofSeconds(120));
    }

    /** kill -9 and start again on the same data directory and ports. */
    public void restartBrokerHard() throws InterruptedException {
        broker.kill();
        startBroker();
    }

    /** Waits until the sink's current incarnation is following dw.alerts. */
    public void awaitSinkUp() throws InterruptedException {
        sink.awaitLine("desk:", Duration.ofSeconds(120));
    }

    /** Stops the stream instances and the sink cleanly (the broker stays up for the verifier). */
    public void stopRoles() {
        sink.terminate(Duration.ofSeconds(30));
        streams.forEach(s -> s.terminate(Duration.ofSeconds(40)));
    }

    @Override
    public void close() {
        supervisor.close();
    }
}
