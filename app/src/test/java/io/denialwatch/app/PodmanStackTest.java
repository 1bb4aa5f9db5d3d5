package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.denialwatch.common.json.Json;
import io.denialwatch.sink.SystemProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image built and docker-compose.yml brought up for real, with podman (ops/podman-stack.sh and
 * ops/compose.podman.yml, as docs/operations.md tells an operator without Docker): the founding
 * example reaches the desk's API as its two alerts; the stack scales to three stream and two
 * ingest containers; killing one stream container's process (kill -9, not a podman stop) loses and
 * doubles no alert; every container reports healthy through its HEALTHCHECK; Prometheus scrapes
 * every replica; {@code down} then {@code up} keeps the alerts. Skipped where podman is not
 * installed, failing in CI (CI=true) then; .ci/run installs it.
 */
class PodmanStackTest {
    private static final Path ROOT = RoleEndpointsTest.ROOT;
    private static final Path SCRIPT = ROOT.resolve("ops/podman-stack.sh");
    /** Its own Compose project, so an operator's stack on this machine keeps its volumes. */
    private static final String PROJECT = "denialwatch-test";

    private static final String DESK = "http://localhost:8080";
    private static final String PROMETHEUS = "http://localhost:9090";
    private static final String BOOTSTRAP = "localhost:9092";
    private static final String APP_ID = "denialwatch-stream";
    private static final int PARTITIONS = 6;
    /** Base images, the image, and the first start: minutes on a cold cache and 2 cores. */
    private static final Duration FIRST_UP = Duration.ofMinutes(45);

    private static final Duration UP = Duration.ofMinutes(10);
    private static final Duration SETTLE = Duration.ofMinutes(5);
    private static final List<String> FOUNDING_DENIALS =
            List.of("x:maabdwalshamee1-2025-11-15-denial", "x:AlekhbariahSY-2025-11-14-presidency");
    /** A news report of a denial, folded into the first-hand one: left out of the copies. */
    private static final int BATCHES = 40;

    @TempDir
    Path dir;

    private final List<String> timings = new ArrayList<>();
    private boolean started;

    @AfterEach
    void down() throws Exception {
        if (started) {
            run(Duration.ofMinutes(5), SCRIPT.toString(), "down", "-v");
        }
        timings.forEach(System.out::println);
    }

    @Test
    void theStackRunsScaledSurvivesAKilledStreamAndKeepsItsAlerts() throws Exception {
        SystemProgram.require("podman", "podman");

        // a fresh project: no volumes of an earlier run
        started = true;
        run(Duration.ofMinutes(5), SCRIPT.toString(), "down", "-v");
        timed("up (base images, image, stack)", FIRST_UP, SCRIPT.toString(), "up");

        // the seed service's replay of the founding example reaches the desk as its two alerts
        await("the founding example's two alerts at the desk")
                .atMost(SETTLE)
                .ignoreExceptions()
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> desk().standalone()
                        .equals(FOUNDING_DENIALS.stream().sorted().toList()));
        desk().assertTotalCountsEveryCard();

        timed(
                "up --scale stream=3 --scale ingest=2",
                UP,
                SCRIPT.toString(),
                "up",
                "--scale",
                "stream=3",
                "--scale",
                "ingest=2");
        assertThat(running("stream")).hasSize(3);
        assertThat(running("ingest")).hasSize(2);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", BOOTSTRAP))) {
            await("three stream containers own the partitions")
                    .atMost(SETTLE)
                    .ignoreExceptions()
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> StreamGroup.ownersWithPartitions(admin, APP_ID, PARTITIONS) == 3);

            // posts flow in while one stream container's JVM is killed (kill -9 of its process, a
            // crash: the restart policy brings it back), and more while the group recovers
            long before = postsEndOffset(admin);
            Process firstReplay = replay(0, BATCHES / 2, "first");
            await("the first replay's posts arriving")
                    .atMost(SETTLE)
                    .ignoreExceptions()
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> postsEndOffset(admin) > before);
            String victim = running("stream").get(1);
            String pid = podman("inspect", "--format", "{{.State.Pid}}", victim).strip();
            assertThat(run(Duration.ofSeconds(30), "kill", "-9", pid)).isEmpty();
            assertThat(firstReplay.waitFor(UP.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(firstReplay.exitValue())
                    .as(Files.readString(dir.resolve("replay-first.log")))
                    .isZero();
            Process secondReplay = replay(BATCHES / 2, BATCHES, "second");
            assertThat(secondReplay.waitFor(UP.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(secondReplay.exitValue())
                    .as(Files.readString(dir.resolve("replay-second.log")))
                    .isZero();

            Set<String> expected = new HashSet<>(FOUNDING_DENIALS);
            expected.addAll(copies(0, BATCHES));
            await("every copy's alert at the desk")
                    .atMost(SETTLE)
                    .ignoreExceptions()
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> Set.copyOf(desk().standalone()).containsAll(expected));
            Desk desk = desk();
            assertThat(desk.standalone()).as("alerts at the desk").hasSize(expected.size());
            desk.assertTotalCountsEveryCard();
            AlertsTopic.assertExactlyOneAlertPerDenial(BOOTSTRAP, expected);
            assertThat(podman("inspect", "--format", "{{.RestartCount}}", victim)
                            .strip())
                    .as("the killed container was restarted by its restart policy")
                    .isNotEqualTo("0");
            await("three stream containers own the partitions again")
                    .atMost(SETTLE)
                    .ignoreExceptions()
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> StreamGroup.ownersWithPartitions(admin, APP_ID, PARTITIONS) == 3);
        }

        // every running container answers its HEALTHCHECK (the one-shot sources and seed have exited)
        await("every container healthy")
                .atMost(SETTLE)
                .ignoreExceptions()
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> unhealthy().isEmpty());
        assertThat(running(null)).hasSize(9); // kafka, postgres, prometheus, sink, 3 stream, 2 ingest

        // Prometheus finds every replica through the network's DNS and scrapes it
        await("every Prometheus target up")
                .atMost(SETTLE)
                .ignoreExceptions()
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> targetsUp().equals(Map.of("stream", 3, "ingest", 2, "sink", 1)));

        // down keeps the volumes: Kafka's topics and the desk's PostgreSQL store come back with up
        Desk kept = desk();
        timed("down", UP, SCRIPT.toString(), "down");
        assertThat(running(null)).isEmpty();
        timed("up (again)", UP, SCRIPT.toString(), "up");
        await("the desk's alerts after down and up")
                .atMost(SETTLE)
                .ignoreExceptions()
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> Http.status(DESK + "/health/ready") == 200 && desk().equals(kept));
        await("every container healthy after up")
                .atMost(SETTLE)
                .ignoreExceptions()
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> unhealthy().isEmpty());
    }

    /** docs/operations.md tells an operator the very commands this test runs, and .ci/run installs what it lists. */
    @Test
    void theOperatorsGuideHasTheseCommands() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/operations.md"));
        assertThat(guide)
                .contains(
                        "\nops/podman-stack.sh up\n",
                        "\nops/podman-stack.sh up --scale stream=3 --scale ingest=2\n",
                        "\nops/podman-stack.sh compose run --rm -v \"$PWD/posts.jsonl:/posts.jsonl:ro\" seed ingest --replay /posts.jsonl\n",
                        "\nops/podman-stack.sh down ");
        String install = guide.lines()
                .filter(l -> l.startsWith("apt-get install podman"))
                .findFirst()
                .orElseThrow();
        String ci = Files.readString(ROOT.resolve(".ci/run"));
        for (String pkg : install.substring("apt-get install ".length()).split(" ")) {
            assertThat(ci).as(".ci/run installs " + pkg).contains("need+=(" + pkg + ")");
        }
    }

    /** Replays copies {@code from}..{@code to}-1 of the founding example as docs/operations.md says. */
    private Process replay(int from, int to, String name) throws IOException {
        Path file = FoundingExampleCopies.write(dir, from, to, name);
        file.toFile().setReadable(true, false); // the image's user reads it
        dir.toFile().setExecutable(true, false);
        return command(
                        SCRIPT.toString(),
                        "compose",
                        "run",
                        "--rm",
                        "-v",
                        file + ":/posts.jsonl:ro",
                        "seed",
                        "ingest",
                        "--replay",
                        "/posts.jsonl")
                .redirectOutput(dir.resolve("replay-" + name + ".log").toFile())
                .start();
    }

    private static Set<String> copies(int from, int to) {
        return FOUNDING_DENIALS.stream()
                .flatMap(d -> IntStream.range(from, to).mapToObj(b -> d + "#" + b))
                .collect(Collectors.toSet());
    }

    /**
     * What the desk's API lists, across its pages: the denials of the alerts that stand alone
     * (sorted, duplicates kept, so that a doubled alert shows), those of news reports folded into a
     * first-hand denial's alert (listed too, dimmed on the page), and the total the API reports.
     * Whether the founding example's news report is folded or never raised depends on which of the
     * two posts the stream reads first; either way the desk stands at the same two alerts.
     */
    private record Desk(List<String> standalone, List<String> folded, long total) {
        void assertTotalCountsEveryCard() {
            assertThat(total).as("the desk's total").isEqualTo(standalone.size() + folded.size());
        }
    }

    private static Desk desk() throws IOException, InterruptedException {
        List<String> standalone = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        long total = -1;
        int offset = 0;
        while (true) {
            Http.Answer a = Http.get(DESK + "/api/alerts?limit=500&offset=" + offset);
            if (a.status() != 200) {
                return new Desk(List.of(), List.of(), -1);
            }
            JsonNode page = Json.MAPPER.readTree(a.body());
            total = page.path("total").asLong();
            for (JsonNode item : page.path("items")) {
                JsonNode alert = item.path("alert");
                String denial = alert.path("denial").path("post_id").asText();
                (alert.path("folded_into").isTextual() ? folded : standalone).add(denial);
            }
            if (page.path("next_offset").isNull() || page.path("next_offset").isMissingNode()) {
                standalone.sort(null);
                folded.sort(null);
                return new Desk(standalone, folded, total);
            }
            offset = page.path("next_offset").asInt();
        }
    }

    private static long postsEndOffset(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, PARTITIONS)
                .boxed()
                .collect(Collectors.toMap(i -> new TopicPartition("dw.posts", i), i -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream()
                .mapToLong(r -> r.offset())
                .sum();
    }

    /** Targets per job that Prometheus reports up; a job with any target not up is left out. */
    private static Map<String, Integer> targetsUp() throws IOException, InterruptedException {
        Http.Answer a = Http.get(PROMETHEUS + "/api/v1/targets?state=active");
        if (a.status() != 200) {
            return Map.of();
        }
        Map<String, Integer> up = new HashMap<>();
        Set<String> down = new HashSet<>();
        for (JsonNode t : Json.MAPPER.readTree(a.body()).path("data").path("activeTargets")) {
            String job = t.path("labels").path("job").asText();
            if (t.path("health").asText().equals("up")) {
                up.merge(job, 1, Integer::sum);
            } else {
                down.add(job);
            }
        }
        down.forEach(up::remove);
        return up;
    }

    /** Running containers of the project, of one service or (null) of all. */
    private static List<String> running(String service) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "ps",
                "--filter",
                "label=com.docker.compose.project=" + PROJECT,
                "--filter",
                "status=running",
                "--format",
                "{{.Names}}"));
        if (service != null) {
            args.addAll(List.of("--filter", "label=com.docker.compose.service=" + service));
        }
        return podman(args.toArray(String[]::new))
                .lines()
                .filter(l -> !l.isBlank())
                .sorted()
                .toList();
    }

    /** Running containers whose health check is missing or not (yet) healthy, with their state. */
    private static List<String> unhealthy() throws Exception {
        List<String> names = running(null);
        if (names.isEmpty()) {
            return List.of("no container");
        }
        List<String> args = new ArrayList<>(List.of("inspect", "--format", "{{.Name}} {{.State.Health.Status}}"));
        args.addAll(names);
        return podman(args.toArray(String[]::new))
                .lines()
                .filter(l -> !l.endsWith(" healthy"))
                .toList();
    }

    private static String podman(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("podman"));
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", cmd)).isTrue();
        return out;
    }

    private void timed(String what, Duration timeout, String... cmd) throws Exception {
        Instant start = Instant.now();
        assertThat(run(timeout, cmd)).as(what).isEmpty();
        timings.add(String.format(
                "PodmanStackTest: %s took %d s",
                what, Duration.between(start, Instant.now()).toSeconds()));
    }

    private static ProcessBuilder command(String... cmd) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true);
        pb.environment().put("COMPOSE_PROJECT_NAME", PROJECT);
        return pb;
    }

    /** Runs a command to its end; "" when it exits 0, else its exit code and the end of its output. */
    private String run(Duration timeout, String... cmd) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "run", ".log");
        Process p = command(cmd).redirectOutput(log.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "timed out after " + timeout + ": " + String.join(" ", cmd) + "\n" + tail(log);
        }
        String out = tail(log);
        System.out.println(out);
        return p.exitValue() == 0 ? "" : "exit " + p.exitValue() + ": " + String.join(" ", cmd) + "\n" + out;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
