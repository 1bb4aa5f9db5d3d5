package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.kafka.TopicAdmin;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Alert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What docker-compose.yml runs, as separate JVMs on loopback: one broker, two ingest, three stream
 * instances, one sink, configured only by DW_* variables. The stream instances share the partitions;
 * one is stopped with SIGTERM mid-way and alerts keep coming, none lost and none doubled.
 */
class ScaleOutTest {
    private static final Path ROOT = RoleEndpointsTest.ROOT;
    private static final String APP_ID = "scale-out-stream";
    private static final int PARTITIONS = 6;
    private static final Duration START = Duration.ofSeconds(120);
    /** The first-hand denials of the founding example; each gives one alert per copy of it. */
    private static final List<String> DENIALS =
            List.of("x:maabdwalshamee1-2025-11-15-denial", "x:AlekhbariahSY-2025-11-14-presidency");
    /** A news report of a denial waits (stream.report.hold) to be folded into the first-hand one: left out, it adds no alert. */
    @TempDir
    Path dir;

    private final List<RoleProcess> processes = new ArrayList<>();

    @AfterEach
    void stopAll() {
        processes.forEach(RoleProcess::close);
    }

    @Test
    void threeStreamInstancesShareTheWorkAndLosingOneLosesAndDoublesNothing() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
                Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            Map<String, String> env = Map.of(
                    "DW_KAFKA_BOOTSTRAP_SERVERS",
                    broker.bootstrapServers(),
                    "DW_TOPICS_PARTITIONS",
                    Integer.toString(PARTITIONS),
                    "DW_STREAM_APPLICATION_ID",
                    APP_ID,
                    "DW_PERSONS_FILE",
                    ROOT.resolve("config/persons.yaml").toString(),
                    "DW_OPS_PORT",
                    "0");
            // as a deployment does: topics first, with their leaders, before any role writes
            TopicAdmin.ensureTopics(admin, new Topics("dw."), PARTITIONS, (short) 1, Duration.ofSeconds(60));

            Path alertsOut = dir.resolve("alerts.jsonl");
            RoleProcess sink = start("sink", env, "sink", "--port", "0", "--alerts-out", alertsOut.toString());
            List<RoleProcess> streams = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                Map<String, String> own = new HashMap<>(env);
                own.put("DW_DATA_DIR", dir.resolve("stream-" + i).toString());
                streams.add(start("stream-" + i, own, "stream"));
            }
            List<String> ops = new ArrayList<>();
            for (RoleProcess s : streams) {
                ops.add(s.awaitOutput(Pattern.compile("metrics and health on (http://\\S+)"), START));
            }
            String desk = "http://127.0.0.1:" + sink.awaitOutput(Pattern.compile("desk: http://[^:]+:(\\d+)/"), START);
            await("three stream instances running")
                    .atMost(START)
                    .until(() -> ops.stream().allMatch(u -> Http.status(u + "/health/ready") == 200));
            await("every instance owns partitions")
                    .atMost(START)
                    .until(() -> StreamGroup.ownersWithPartitions(admin, APP_ID, PARTITIONS) == 3);

            // two ingest workers at once, replaying overlapping batches: the overlap must not double anything
            RoleProcess ingestA = start(
                    "ingest-a",
                    env,
                    "ingest",
                    "--replay",
                    FoundingExampleCopies.write(dir, 0, 4, "a").toString());
            RoleProcess ingestB = start(
                    "ingest-b",
                    env,
                    "ingest",
                    "--replay",
                    FoundingExampleCopies.write(dir, 2, 6, "b").toString());
            assertThat(ingestA.awaitExit(START)).as(ingestA.tail()).isZero();
            assertThat(ingestB.awaitExit(START)).as(ingestB.tail()).isZero();
            awaitDenialsAtDesk(alertsOut, 0, 6);

            String sinkMetrics = Http.get(desk + "/metrics").body();
            assertThat(sinkMetrics).contains("dw_sink_alerts_total", "kafka_consumer_fetch_manager_records_lag");
            Promtool.checkMetrics("sink", sinkMetrics);
            String streamMetrics = Http.get(ops.get(0) + "/metrics").body();
            assertThat(streamMetrics)
                    .contains("dw_stream_posts_total", "kafka_stream_thread_process_total", "role=\"stream\"");
            Promtool.checkMetrics("stream", streamMetrics);

            // docker stop of one replica: Streams closes cleanly and its partitions move to the others
            RoleProcess stopped = streams.get(2);
            assertThat(stopped.stop(Duration.ofSeconds(60))).as(stopped.tail()).isIn(0, 143);
            assertThat(stopped.stdout()).contains("stream: stopped");
            await("two instances own every partition")
                    .atMost(START)
                    .until(() -> StreamGroup.ownersWithPartitions(admin, APP_ID, PARTITIONS) == 2);

            RoleProcess ingestC = start(
                    "ingest-c",
                    env,
                    "ingest",
                    "--replay",
                    FoundingExampleCopies.write(dir, 6, 10, "c").toString());
            assertThat(ingestC.awaitExit(START)).as(ingestC.tail()).isZero();
            awaitDenialsAtDesk(alertsOut, 0, 10);

            AlertsTopic.assertExactlyOneAlertPerDenial(broker.bootstrapServers(), expectedDenials(0, 10));
        }
    }

    private RoleProcess start(String name, Map<String, String> env, String... args) throws IOException {
        RoleProcess p = RoleProcess.start(name, dir, env, List.of(), args);
        processes.add(p);
        return p;
    }

    private static Set<String> expectedDenials(int from, int to) {
        return DENIALS.stream()
                .flatMap(d -> IntStream.range(from, to).mapToObj(b -> d + "#" + b))
                .collect(Collectors.toSet());
    }

    private void awaitDenialsAtDesk(Path alertsOut, int from, int to) {
        Set<String> expected = expectedDenials(from, to);
        await("alerts for batches " + from + ".." + (to - 1) + " at the desk")
                .atMost(START)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> denialsIn(alertsOut).containsAll(expected));
    }

    private static Set<String> denialsIn(Path alertsOut) throws IOException {
        if (!Files.exists(alertsOut)) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(alertsOut)) {
            ids.add(Json.read(line, Alert.class).denial().postId());
        }
        return ids;
    }
}
