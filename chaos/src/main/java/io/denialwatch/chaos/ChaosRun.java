package io.denialwatch.chaos;

import io.denialwatch.common.ProgressDeadline;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.kafka.TopicAdmin;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.stream.analysis.PostAnalyzer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;

/**
 * One chaos run: generate posts with a known answer, start the pipeline as child JVMs, feed it
 * while crashing and stalling its parts, let it drain, then verify what it committed. The
 * faults follow Kafka's own system tests (StreamsEosTest, TransactionsTest) and Trogdor's
 * process-stop fault; the checks are EosTestDriver's.
 */
public final class ChaosRun {
    private final ChaosPlan plan;
    private final long seed;
    private final Path dir;
    private final PrintStream out;
    private final Instant started = Instant.now();
    private final Map<String, Integer> faults = new LinkedHashMap<>();

    /** A PostgreSQL database the sink stores its alerts in. */
    public record Database(String url, String user, String password) {}

    private final Database database;

    /** @param database where the sink stores alerts, or {@code null} for its JSONL file only */
    public ChaosRun(ChaosPlan plan, long seed, Path dir, PrintStream out, Database database) {
        this.database = database;
        this.plan = plan;
        this.seed = seed;
        this.dir = dir;
        this.out = out;
    }

    /** Thrown when the run cannot be set up; nothing was measured. */
    public static final class SetupException extends RuntimeException {
        public SetupException(String message) {
            super(message);
        }
    }

    public ChaosReport run(Function<Gazetteer, PostAnalyzer> analyzers)
            throws IOException, InterruptedException, ExecutionException {
        GroundTruth truth = Generator.generate(plan.size(), seed, Instant.now());
        String disagreement = Generator.disagreement(truth, analyzers);
        if (disagreement != null) {
            throw new SetupException("the analyser does not read the generated posts as designed: " + disagreement);
        }
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new SetupException(
                            "work directory " + dir + " is not empty (a broker's old data would be reused)");
                }
            }
        }
        Files.createDirectories(dir);
        Path persons = dir.resolve("persons.yaml");
        Files.writeString(persons, truth.personsYaml(), StandardCharsets.UTF_8);
        say(
                "generated %d posts owing %d alerts (seed %d); work dir %s",
                truth.posts().size(), truth.expectedAlertIds().size(), seed, dir);

        try (ChaosCluster cluster = new ChaosCluster(dir, persons, plan, database)) {
            cluster.startBroker();
            say("broker up at %s", cluster.bootstrap());
            try (Admin admin = Admin.create(cluster.kafka())) {
                TopicAdmin.ensureTopics(
                        admin,
                        new Topics(ChaosCluster.TOPIC_PREFIX),
                        ChaosCluster.PARTITIONS,
                        (short) 1,
                        Duration.ofSeconds(60));
            }
            cluster.streams().forEach(ProcessSupervisor.Child::start);
            cluster.sink().start();
            try (Verifier verifier =
                    new Verifier(cluster.kafka(), ChaosCluster.TOPIC_PREFIX, ChaosCluster.APPLICATION_ID)) {
                awaitMembers(verifier, 3, Duration.ofSeconds(90));
                try (PostFeeder feeder = new PostFeeder(
                        cluster.kafka(),
                        new Topics(ChaosCluster.TOPIC_PREFIX).posts.name(),
                        truth.posts(),
                        plan.faultPhase())) {
                    Thread feeding = new Thread(feeder, "chaos-feeder");
                    feeding.start();
                    for (int round = 1; round <= plan.rounds(); round++) {
                        faultRound(cluster, round);
                    }
                    feeder.hurry();
                    if (!feeder.awaitAllAcked(Duration.ofSeconds(120))) {
                        throw new SetupException("only " + feeder.acked() + " of "
                                + truth.posts().size() + " posts were acknowledged by the broker");
                    }
                    say(
                            "all %d posts acknowledged (%d sent again after a failed send)",
                            truth.posts().size(), feeder.resent());
                    feeding.join(10_000);
                }
                SinkStoreCheck store =
                        database != null ? new PostgresSinkCheck(database) : new JsonlSinkCheck(cluster.alertsOut());
                drain(verifier, store, truth);
                cluster.stopRoles();
                say("stream instances and sink stopped; waiting for open transactions to finish");
                Verifier.Hanging hanging =
                        verifier.awaitSettled(plan.transactionTimeout().multipliedBy(4));
                hanging.partitions().forEach(tp -> say("hanging: %s (last stable offset behind end)", tp));
                hanging.transactions().forEach(t -> say("hanging: transaction %s not finished", t));
                AlertTally tally = verifier.readAlerts();
                SinkStoreCheck.Rows rows = store.read();
                ChaosReport report = new ChaosReport(
                        truth.expectedAlertIds().size(),
                        tally.alertIds().size(),
                        tally.duplicates(),
                        tally.missingFrom(truth.expectedAlertIds()),
                        rows.distinctAlerts(),
                        hanging.count(),
                        tally.spuriousAgainst(truth.expectedAlertIds()),
                        rows.store(),
                        rows.duplicateRows(),
                        rows.unreadableRows(),
                        verifier.deadLetters(),
                        Map.copyOf(faults),
                        cluster.unplannedRestarts(),
                        Duration.between(started, Instant.now()).toSeconds());
                Files.writeString(dir.resolve("report.json"), report.toJson() + "\n", StandardCharsets.UTF_8);
                say(
                        "%d alert records committed for %d alerts",
                        tally.records(), tally.alertIds().size());
                return report;
            }
        }
    }

    /** Every fault once; posts keep flowing throughout. */
    private void faultRound(ChaosCluster c, int round) throws InterruptedException {
        say("fault round %d of %d", round, plan.rounds());
        killStream(c, 0);
        killSink(c);
        restartBroker(c);
        killStream(c, 1);
        killSink(c);
        stall(c, 2);
        restartBroker(c);
        killStream(c, 2);
        killSink(c);
    }

    private void killStream(ChaosCluster c, int i) throws InterruptedException {
        ProcessSupervisor.Child s = c.streams().get(i);
        say("kill -9 %s (pid %d)", s.name(), s.pid());
        s.kill();
        count("stream_kill");
        s.start();
        Thread.sleep(plan.gap().toMillis());
    }

    private void killSink(ChaosCluster c) throws InterruptedException {
        ProcessSupervisor.Child s = c.sink();
        // kill it once it is up and reading, not while the JVM is still starting
        c.awaitSinkUp();
        say("kill -9 sink (pid %d) while it writes", s.pid());
        s.kill();
        count("sink_kill");
        s.start();
        Thread.sleep(plan.gap().toMillis());
    }

    private void restartBroker(ChaosCluster c) throws InterruptedException {
        Instant t = Instant.now();
        say(
                "kill -9 broker (pid %d), restart on the same data and ports",
                c.broker().pid());
        c.restartBrokerHard();
        count("broker_hard_restart");
        say("broker back after %.1f s", Duration.between(t, Instant.now()).toMillis() / 1000.0);
        Thread.sleep(plan.gap().toMillis());
    }

    private void stall(ChaosCluster c, int i) throws InterruptedException {
        ProcessSupervisor.Child s = c.streams().get(i);
        say(
                "kill -STOP %s (pid %d) for %d s, beyond the %d s transaction timeout",
                s.name(),
                s.pid(),
                plan.stall().toSeconds(),
                plan.transactionTimeout().toSeconds());
        s.pause();
        count("stream_stall");
        try {
            Thread.sleep(plan.stall().toMillis());
        } finally {
            s.resume();
        }
        say("kill -CONT %s", s.name());
        Thread.sleep(plan.gap().toMillis());
    }

    /**
     * Waits for every expected alert to be committed and stored, for as long as they keep coming:
     * it gives up after {@code drainTimeout} without any progress (or four times that in all), so
     * a slow machine gets the time it needs and a stuck pipeline is still noticed.
     */
    private void drain(Verifier verifier, SinkStoreCheck store, GroundTruth truth) throws InterruptedException {
        ProgressDeadline wait =
                new ProgressDeadline(plan.drainTimeout(), plan.drainTimeout().multipliedBy(4));
        Instant nextNote = Instant.now();
        long expected = truth.expectedAlertIds().size();
        while (true) {
            long missing = verifier.readAlerts().missingFrom(truth.expectedAlertIds());
            long rows = store.read().distinctAlerts();
            boolean caughtUp = verifier.streamCaughtUp();
            if (missing == 0 && caughtUp && rows >= expected) {
                say("drained: every expected alert committed and in the sink's store");
                return;
            }
            if (!wait.worthWaiting(expected - missing + rows)) {
                break;
            }
            if (Instant.now().isAfter(nextNote)) {
                say(
                        "draining: %d alerts not committed yet, %d in the sink's store, stream caught up: %s",
                        missing, rows, caughtUp);
                nextNote = Instant.now().plusSeconds(10);
            }
            Thread.sleep(1000);
        }
        say("not drained (%s); verifying what there is", wait.why());
    }

    private void awaitMembers(Verifier verifier, int n, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (verifier.streamMembers() < n) {
            if (Instant.now().isAfter(deadline)) {
                say(
                        "only %d of %d stream instances joined within %d s; going on",
                        verifier.streamMembers(), n, timeout.toSeconds());
                return;
            }
            Thread.sleep(500);
        }
        say("%d stream instances in the group", n);
    }

    private void count(String fault) {
        faults.merge(fault, 1, Integer::sum);
    }

    private void say(String format, Object... args) {
        out.printf(
                "[%6.1fs] %s%n",
                Duration.between(started, Instant.now()).toMillis() / 1000.0, String.format(format, args));
        out.flush();
    }
}
