package io.denialwatch.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.common.ProgressDeadline;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.kafka.TopicAdmin;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Post;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two stream instances in their own JVMs share the work on a real broker; one is killed with
 * SIGKILL half-way. Every expected alert must still be on {@code dw.alerts}, read as committed,
 * and no (alert id, revision) may be there twice.
 */
class StreamFailoverIntegrationTest {
    private static final int PERSONS = 40;
    private static final Instant T0 = Instant.parse("2025-10-01T00:00:00Z");
    /** How long without any progress a wait gives up after; the failover's own pause is well within it. */
    private static final Duration STALL = Duration.ofSeconds(90);
    /** How long a wait may take at most, progressing or not. */
    private static final Duration CAP = Duration.ofMinutes(8);

    @TempDir
    Path dir;

    private EmbeddedKafkaBroker broker;
    private final List<Process> children = new ArrayList<>();
    private final Map<Process, Set<String>> states = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        children.forEach(Process::destroyForcibly);
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void killingOneOfTwoInstancesLosesAndDoublesNoAlert() throws Exception {
        try {
            run();
        } catch (Exception | AssertionError e) {
            for (String name : List.of("a", "b")) {
                Path log = dir.resolve(name + ".log");
                if (Files.exists(log)) {
                    List<String> lines = Files.readAllLines(log);
                    System.out.println("---- instance " + name + " (last lines) ----");
                    lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.out::println);
                }
            }
            throw e;
        }
    }

    private void run() throws Exception {
        broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
        Settings s = Settings.load(null, Map.of(), Map.of(Settings.BOOTSTRAP.key(), broker.bootstrapServers()));
        Topics topics = new Topics("dw.");
        try (Admin admin = Admin.create(s.kafkaProperties())) {
            TopicAdmin.ensureTopics(admin, topics, 4, (short) 1, Duration.ofSeconds(30));
        }
        Path persons = writePersons();
        Process a = startInstance("a", persons);
        Process b = startInstance("b", persons);
        // waits sized by progress, not by the clock: a loaded 2-core machine needs far more than
        // the usual ~10 s, and gets it as long as the instances keep changing state
        ProgressDeadline start = new ProgressDeadline(STALL, CAP);
        while (!(states.get(a).contains("RUNNING") && states.get(b).contains("RUNNING"))) {
            assertThat(start.worthWaiting(states.get(a).size() + states.get(b).size()))
                    .as("both instances RUNNING: %s, %s; %s", states.get(a), states.get(b), start.why())
                    .isTrue();
            Thread.sleep(200);
        }

        List<Post> posts = posts();
        Set<String> expected = new HashSet<>();
        posts.stream()
                .filter(p -> p.text().startsWith("I deny"))
                .forEach(p -> expected.add(Alert.idFor(p.id(), p.account().id().replace("x:", ""))));
        assertThat(expected).hasSize(PERSONS * 2);

        Map<String, Integer> copies = new HashMap<>();
        Map<String, Alert> latest = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = committedReader(s);
                var producer =
                        new KafkaProducer<>(s.kafkaProperties(), new StringSerializer(), new ByteArraySerializer())) {
            consumer.subscribe(List.of(topics.alerts.name()));
            int half = posts.size() / 2;
            produce(producer, topics, posts.subList(0, half));
            readWhileArriving(
                    consumer,
                    topics,
                    copies,
                    latest,
                    () -> latest.size() >= PERSONS / 4,
                    "a quarter of the alerts before the kill");
            a.destroyForcibly(); // SIGKILL: no commit, no leave-group, an open transaction left behind
            produce(producer, topics, posts.subList(half, posts.size()));

            // every denial comes after its stories in event time: each ends up with all three
            readWhileArriving(
                    consumer,
                    topics,
                    copies,
                    latest,
                    () -> latest.keySet().equals(expected)
                            && latest.values().stream()
                                    .allMatch(x -> x.stories().size() == 3),
                    "every alert after the kill");
            assertThat(latest.keySet()).containsExactlyInAnyOrderElementsOf(expected);
            // anything still in flight would show up as a second copy now
            long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < until) {
                read(consumer, topics, copies, latest);
            }
        }
        assertThat(copies)
                .allSatisfy(
                        (idAndRevision, n) -> assertThat(n).as(idAndRevision).isEqualTo(1));
        assertThat(b.isAlive()).isTrue();
    }

    private Process startInstance(String name, Path persons) throws IOException {
        Path log = dir.resolve(name + ".log");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StreamInstanceMain.class.getName(),
                        broker.bootstrapServers(),
                        dir.resolve("state-" + name).toString(),
                        persons.toString())
                .redirectErrorStream(true)
                .start();
        children.add(p);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        states.put(p, seen);
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                                    new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                            var out = Files.newBufferedWriter(log)) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            out.write(line);
                            out.newLine();
                            out.flush();
                            if (line.startsWith("STATE ")) {
                                seen.add(line.substring(6).trim());
                            }
                        }
                    } catch (IOException e) {
                        // the child was killed: its output simply ends
                    }
                },
                "instance-" + name);
        reader.setDaemon(true);
        reader.start();
        return p;
    }

    private Path writePersons() throws IOException {
        StringBuilder y = new StringBuilder("persons:\n");
        for (int i = 0; i < PERSONS; i++) {
            y.append("  - id: p")
                    .append(i)
                    .append("\n    name: Sami Testperson")
                    .append(i)
                    .append("\n    accounts: [x:p")
                    .append(i)
                    .append("]\n");
        }
        Path f = dir.resolve("persons.yaml");
        Files.writeString(f, y);
        return f;
    }

    /** Per person: three stories, then two denials, ten minutes apart; person after person, an hour apart. */
    private static List<Post> posts() {
        Account outlet = new Account("x:Reuters", "Reuters", "Reuters", AccountKind.OUTLET);
        List<Post> out = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            Account self = new Account("x:p" + i, "p" + i, "Sami Testperson" + i, AccountKind.PERSON);
            String name = "Sami Testperson" + i;
            for (int k = 0; k < 3; k++) {
                Instant t = T0.plus(Duration.ofMinutes(60L * i + 10L * k));
                out.add(new Post(
                        "story-" + i + "-" + k,
                        "x:Reuters",
                        null,
                        t,
                        t,
                        outlet,
                        "en",
                        null,
                        name + " signed contract " + k + " for the port, officials said.",
                        null,
                        null,
                        null,
                        null));
            }
            for (int k = 0; k < 2; k++) {
                Instant t = T0.plus(Duration.ofMinutes(60L * i + 10L * (3 + k)));
                out.add(new Post(
                        "denial-" + i + "-" + k,
                        self.id(),
                        null,
                        t,
                        t,
                        self,
                        "en",
                        null,
                        "I deny signing contract " + k + " for the port.",
                        null,
                        null,
                        null,
                        null));
            }
        }
        out.sort(Comparator.comparing(Post::publishedAt));
        return out;
    }

    private static void produce(KafkaProducer<String, byte[]> producer, Topics topics, List<Post> posts) {
        for (Post p : posts) {
            producer.send(new ProducerRecord<>(
                    topics.posts.name(), null, p.publishedAt().toEpochMilli(), p.id(), Json.writeBytes(p)));
        }
        producer.flush();
    }

    /**
     * Reads alerts until {@code done}, for as long as they keep arriving: the wait fails when no
     * alert (or revision) came for {@link #STALL}, which covers the failover itself (a new
     * session, the dead instance's transaction aborted), not when a busy machine is merely slow.
     */
    private static void readWhileArriving(
            KafkaConsumer<String, byte[]> consumer,
            Topics topics,
            Map<String, Integer> copies,
            Map<String, Alert> latest,
            BooleanSupplier done,
            String what) {
        ProgressDeadline wait = new ProgressDeadline(STALL, CAP);
        while (true) {
            read(consumer, topics, copies, latest);
            if (done.getAsBoolean()) {
                return;
            }
            long records =
                    copies.values().stream().mapToLong(Integer::longValue).sum();
            assertThat(wait.worthWaiting(records))
                    .as("%s: %d alerts so far; %s", what, latest.size(), wait.why())
                    .isTrue();
        }
    }

    private static void read(
            KafkaConsumer<String, byte[]> consumer,
            Topics topics,
            Map<String, Integer> copies,
            Map<String, Alert> latest) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> {
            Alert x = topics.alerts.valueSerde().deserializer().deserialize(r.topic(), r.value());
            copies.merge(x.alertId() + "#" + x.revision(), 1, Integer::sum);
            latest.merge(x.alertId(), x, (o, n) -> n.revision() > o.revision() ? n : o);
        });
    }

    private static KafkaConsumer<String, byte[]> committedReader(Settings s) {
        Properties p = s.kafkaProperties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "failover-reader");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
