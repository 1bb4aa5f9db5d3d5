package io.denialwatch.ingest.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.common.kafka.TopicAdmin;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.ingest.FixtureServer;
import io.denialwatch.ingest.TestHttp;
import io.denialwatch.ingest.connectors.IngestMetrics;
import io.denialwatch.ingest.connectors.Poller;
import io.denialwatch.ingest.connectors.SourcePoller;
import io.denialwatch.ingest.http.PoliteHttpClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two workers sharing 100 sources on a real in-process broker. */
class IngestWorkerTest {
    private static final int SOURCES = 100;
    private static final Duration INTERVAL = Duration.ofSeconds(3);

    @TempDir
    static Path dir;

    static EmbeddedKafkaBroker broker;
    static Topics topics = new Topics("dw.");
    static Properties kafka = new Properties();

    /** Who polled which source when: the test's view of the work split. */
    record Poll(String worker, String source, Instant at) {}

    private final List<Poll> polls = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void broker() throws Exception {
        broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"));
        kafka.put("bootstrap.servers", broker.bootstrapServers());
        try (Admin admin = Admin.create(kafka)) {
            TopicAdmin.ensureTopics(admin, topics, 6, (short) 1, Duration.ofSeconds(30));
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    private IngestWorker worker(String name, PoliteHttpClient http) {
        return worker(name, http, topics, "ingest-test");
    }

    private IngestWorker worker(String name, PoliteHttpClient http, Topics on, String group) {
        SourcePoller real = new SourcePoller(
                TestHttp.connectors(http, Clock.systemUTC()),
                new IngestMetrics(new SimpleMeterRegistry(), Clock.systemUTC()),
                Clock.systemUTC());
        Poller recording = (source, cursor) -> {
            polls.add(new Poll(name, source.id(), Instant.now()));
            return real.poll(source, cursor);
        };
        return new IngestWorker(
                        new IngestWorker.Config(kafka, on, group, name, 4, Duration.ofSeconds(10)),
                        recording,
                        new SimpleMeterRegistry(),
                        Clock.systemUTC())
                .start();
    }

    private Map<String, Set<String>> workersPerSourceSince(Instant since) {
        Map<String, Set<String>> by = new HashMap<>();
        synchronized (polls) {
            for (Poll p : polls) {
                if (!p.at().isBefore(since)) {
                    by.computeIfAbsent(p.source(), k -> new HashSet<>()).add(p.worker());
                }
            }
        }
        return by;
    }

    @Test
    void twoWorkersShareSourcesMoveThemOnLeaveAndNeverDuplicatePosts() throws Exception {
        try (FixtureServer server = new FixtureServer()) {
            new GrowingFeeds().install(server, SOURCES);
            new SourcesCatalog(kafka, topics).load(GrowingFeeds.definitions(server, SOURCES, INTERVAL), false);
            PoliteHttpClient http = TestHttp.client();

            IngestWorker a = worker("a", http);
            IngestWorker b = worker("b", http);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> !a.ownedPartitions().isEmpty()
                            && !b.ownedPartitions().isEmpty()
                            && a.ownedPartitions().size() + b.ownedPartitions().size() == 6
                            && a.ownedSources() + b.ownedSources() == SOURCES);

            // steady state: every source is polled, each by exactly one worker
            Instant steady = Instant.now();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> workersPerSourceSince(steady).size() == SOURCES);
            Map<String, Set<String>> split = workersPerSourceSince(steady);
            assertThat(split.values()).allSatisfy(ws -> assertThat(ws).hasSize(1));
            Set<String> ofB = new HashSet<>();
            split.forEach((s, ws) -> {
                if (ws.contains("b")) {
                    ofB.add(s);
                }
            });
            assertThat(ofB).isNotEmpty().hasSizeLessThan(SOURCES);

            // b leaves: a takes over b's sources within one poll interval (plus the rebalance itself)
            Instant left = Instant.now();
            b.close();
            await().atMost(INTERVAL.plusSeconds(10)).until(() -> {
                Map<String, Set<String>> now = workersPerSourceSince(left);
                return ofB.stream().allMatch(s -> now.getOrDefault(s, Set.of()).contains("a"));
            });
            Duration moved = Duration.between(
                    left,
                    polls.stream()
                            .filter(p -> p.worker().equals("a") && ofB.contains(p.source()) && !p.at().isBefore(left))
                            .map(Poll::at)
                            .max(Instant::compareTo)
                            .orElseThrow());
            System.out.printf(
                    "sources of the leaving worker were all polled by the other within %d ms%n", moved.toMillis());

            // b comes back (a restart): sources split again
            IngestWorker b2 = worker("b", http);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> !b2.ownedPartitions().isEmpty());
            Instant back = Instant.now();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> workersPerSourceSince(back).size() == SOURCES);
            a.close();
            b2.close();
            http.close();
        }

        CommittedPosts.read(kafka, topics.posts.name()).assertExactlyOnce(SOURCES, "after a leave and a restart");
    }

    @Test
    void aWorkerKilledMidTransactionLosesNothingAndDuplicatesNothing() throws Exception {
        Topics crash = new Topics("crash.");
        try (Admin admin = Admin.create(kafka)) {
            TopicAdmin.ensureTopics(admin, crash, 6, (short) 1, Duration.ofSeconds(30));
        }
        int feeds = 50;
        try (FixtureServer server = new FixtureServer()) {
            new GrowingFeeds().install(server, feeds);
            new SourcesCatalog(kafka, crash)
                    .load(GrowingFeeds.definitions(server, feeds, Duration.ofSeconds(1)), false);
            Process victim = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            WorkerProcess.class.getName(),
                            broker.bootstrapServers(),
                            "crash.",
                            "ingest-crash",
                            "victim")
                    .redirectErrorStream(true)
                    .start();
            java.util.concurrent.atomic.AtomicInteger victimOwns = new java.util.concurrent.atomic.AtomicInteger();
            Thread reader = new Thread(() -> {
                try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                        victim.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
                    for (String l; (l = lines.readLine()) != null; ) {
                        if (l.startsWith("OWNED ")) {
                            victimOwns.set(Integer.parseInt(l.substring(6).trim()));
                        }
                    }
                } catch (java.io.IOException e) {
                    // the process was killed
                }
            });
            reader.setDaemon(true);
            reader.start();
            PoliteHttpClient http = TestHttp.client();
            try {
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> victimOwns.get() == 6 && server.requests().size() > feeds * 2);
                IngestWorker survivor = worker("survivor", http, crash, "ingest-crash");
                await().atMost(Duration.ofSeconds(60))
                        .until(() ->
                                !survivor.ownedPartitions().isEmpty() && victimOwns.get() > 0 && victimOwns.get() < 6);
                // let both commit for a while, then kill the victim without any chance to clean up
                int before = server.requests().size();
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> server.requests().size() > before + feeds * 2);
                victim.destroyForcibly().waitFor();
                Instant killed = Instant.now();
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> survivor.ownedPartitions().size() == 6);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> workersPerSourceSince(killed).size() == feeds);
                survivor.close();
            } finally {
                victim.destroyForcibly();
                http.close();
            }
        }
        CommittedPosts.read(kafka, crash.posts.name()).assertExactlyOnce(feeds, "after a SIGKILL");
    }
}
