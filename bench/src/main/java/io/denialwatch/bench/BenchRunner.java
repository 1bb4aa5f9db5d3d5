package io.denialwatch.bench;

import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.broker.ScratchPostgres;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.gazetteer.OutletEntry;
import io.denialwatch.common.kafka.TopicAdmin;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.stream.DenialTopology;
import io.denialwatch.stream.StreamRole;
import io.denialwatch.stream.pipeline.FirstDeliveryFilter;
import io.denialwatch.stream.pipeline.StreamSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.Topology;

/**
 * One bench run on an in-process broker: throughput of the denialwatch topology and of a
 * pass-through topology on the same posts, latency at fixed loads, then the growth sweeps.
 */
public final class BenchRunner {
    private static final Duration TOPIC_WAIT = Duration.ofSeconds(60);
    /** Seconds of processing the latency runs' story history may take at the measured capacity. */
    private static final int HISTORY_SECONDS = 15;
    /** A look-back fill may take this many times a sweep point's window. */
    private static final int FILL_FACTOR = 3;
    /** Posts of each round of the JIT warm-up, at most; a fifth of the preload below that. */
    private static final long WARM_UP_POSTS = 50_000;
    /** The warm-up ends when the JIT compiles less than this (cores, summed over its threads)... */
    private static final double JIT_QUIET_CORES = 0.25;
    /** ...or after this many times a throughput run's longest window, or this many rounds. */
    private static final int WARM_UP_LIMITS = 3;

    private static final int WARM_UP_ROUNDS = 30;
    /** The sink may take this long to store the alerts made before the end-to-end run. */
    private static final Duration SINK_CATCH_UP = Duration.ofSeconds(120);
    /** The stream may take this long to work off the backlog a load above its capacity left. */
    private static final Duration BACKLOG_LIMIT = Duration.ofMinutes(5);
    /** A load more than this many times the measured capacity would only measure a growing backlog. */
    private static final double OVERLOAD = 1.5;

    private static final String SKELETON =
            "skeleton (DenialTopology's topics, stores and repartition, none of its work)";

    private final BenchPlan plan;
    private final BenchWiring wiring;
    private final Settings base;
    private final Path dataDir;
    private final BenchReport report;
    private final String command;
    private final ScratchPostgres.Store operatorPostgres;
    private final List<OutletEntry> outlets =
            Gazetteer.empty().withBundledOutlets().outlets();
    private Admin admin;
    private ScratchPostgres postgres;
    private long deadline;

    /**
     * @param operatorPostgres the operator's PostgreSQL server for the end-to-end run; null: one
     *                         started by the bench
     */
    public BenchRunner(
            BenchPlan plan,
            BenchWiring wiring,
            Settings base,
            Path dataDir,
            java.io.PrintStream out,
            String command,
            ScratchPostgres.Store operatorPostgres) {
        this.plan = plan;
        this.operatorPostgres = operatorPostgres;
        this.wiring = wiring;
        this.base = base;
        this.dataDir = dataDir;
        this.report = new BenchReport(out);
        this.command = command;
    }

    /** A set of topics, a watch list and an application id of their own, so runs never see each other's data. */
    private record Scenario(String name, Settings settings, Topics topics, PostGenerator generator, Path stateDir) {
        String appId() {
            return settings.get(Settings.STREAM_APP_ID);
        }

        String repartitionTopic() {
            return appId() + "-" + DenialTopology.BY_PERSON + "-repartition";
        }
    }

    /** @throws ScratchPostgres.SetupException the PostgreSQL server cannot be used; before anything is measured */
    public void run() throws Exception {
        deadline = System.nanoTime() + plan.budget().toNanos();
        Headline h;
        // first, so that a server the bench cannot use is said at once, not after minutes of measuring
        try (ScratchPostgres pg = plan.loads().isEmpty() ? null : startPostgres()) {
            report.progress("starting the broker in " + dataDir.resolve("broker"));
            try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir.resolve("broker"));
                    Admin a = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                this.admin = a;
                this.postgres = pg;
                Settings onBroker = base.with(Settings.BOOTSTRAP.key(), broker.bootstrapServers());
                h = main(onBroker);
                sweeps(onBroker);
            }
        }
        // after the broker has stopped, so that nothing it prints comes after the headline
        report.tables(Machine.describe(command));
        report.headline(h);
    }

    private ScratchPostgres startPostgres() throws ScratchPostgres.SetupException {
        if (operatorPostgres == null) {
            report.progress("starting an embedded PostgreSQL in " + dataDir.resolve("postgres"));
        }
        ScratchPostgres pg = ScratchPostgres.open(operatorPostgres, dataDir.resolve("postgres"));
        report.progress("the sink's store: " + pg.description() + ", database " + pg.database());
        return pg;
    }

    /**
     * The figures of the last line.
     *
     * @param p99At5000 post produced to its alert readable on the alerts topic, at 5,000 posts/s
     *                  (null: not run)
     * @param e2eAt5000 post produced to its alert readable from the sink's API, at 5,000 posts/s
     *                  (null: not run)
     * @param e2ePath   what the end-to-end figure spans
     */
    record Headline(
            double postsPerS,
            double passThroughPerS,
            double skeletonPerS,
            Double p99At5000,
            long heapMb,
            LatencyRun.Result e2eAt5000,
            String e2ePath) {}

    /** What the fixed loads measured at 5,000 posts/s, each null when not run. */
    private record At5000(Double p99, LatencyRun.Result e2e) {
        static final At5000 NONE = new At5000(null, null);
    }

    private Headline main(Settings onBroker) throws Exception {
        warmUp(onBroker);
        Scenario sc = scenario("main", onBroker, plan.persons(), plan.partitions(), Map.of());
        preload(sc, plan.posts(), Instant.now().minus(Duration.ofHours(6)), Duration.ofHours(6));

        String out = sc.topics().posts.name() + ".passthrough";
        createTopic(out, plan.partitions());
        Settings pts = sc.settings().with(Settings.STREAM_APP_ID.key(), sc.appId() + "-passthrough");
        ThroughputRun.Result pass;
        try (StreamRole role =
                new StreamRole(PassThroughTopology.build(sc.topics().posts, out), pts, new SimpleMeterRegistry())) {
            role.start();
            pass = ThroughputRun.measure(
                    role,
                    new GroupProgress(admin, sc.appId() + "-passthrough"),
                    sc.topics().posts.name(),
                    List.of(),
                    0,
                    plan.posts(),
                    plan.limit(),
                    sc.stateDir().resolveSibling(sc.appId() + "-passthrough"));
        }
        report.throughput("pass-through (read dw.posts, write a topic)", pass);
        ThroughputRun.Result skeleton = skeleton(sc);
        report.throughput(SKELETON, skeleton);

        long heapMb;
        ThroughputRun.Result ours;
        At5000 at5000 = At5000.NONE;
        try (StreamRole role = ours(sc)) {
            role.start();
            ours = ThroughputRun.measure(
                    role,
                    new GroupProgress(admin, sc.appId()),
                    sc.topics().posts.name(),
                    List.of(sc.repartitionTopic()),
                    0,
                    plan.posts(),
                    plan.limit(),
                    sc.stateDir());
            heapMb = ProcessMeter.liveHeapBytes() >> 20;
            report.throughput("denialwatch (DenialTopology, " + plan.persons() + " persons)", ours);
            if (ours.drained()) {
                at5000 = loads(sc, ours.postsPerS());
            }
        }
        if (!ours.drained()) {
            at5000 = loadsOnShorterHistory(onBroker, ours.postsPerS());
        }
        skeletonLatency(onBroker, skeleton.postsPerS());
        return new Headline(
                ours.postsPerS(),
                pass.postsPerS(),
                skeleton.postsPerS(),
                at5000.p99(),
                heapMb,
                at5000.e2e(),
                BenchReport.e2ePath(postgres == null ? "PostgreSQL" : postgres.description()));
    }

    /** Runs {@link SkeletonTopology} over the scenario's posts: the most the topology's shape allows here. */
    private ThroughputRun.Result skeleton(Scenario sc) throws Exception {
        String appId = sc.appId() + "-skeleton";
        String alerts = sc.topics().posts.name() + ".skeleton-alerts";
        createTopic(alerts, plan.partitions());
        try (StreamRole role = skeletonRole(sc, alerts, appId)) {
            role.start();
            return ThroughputRun.measure(
                    role,
                    new GroupProgress(admin, appId),
                    sc.topics().posts.name(),
                    List.of(appId + "-" + DenialTopology.BY_PERSON + "-repartition"),
                    0,
                    plan.posts(),
                    plan.limit(),
                    sc.stateDir().resolveSibling(appId));
        }
    }

    /** The one load the skeleton is measured at: 5,000 posts/s when among the loads, else the first. */
    private int referenceRate() {
        return plan.loads().contains(5000) ? 5000 : plan.loads().get(0);
    }

    /**
     * The load the end-to-end path is measured at: the reference load when within reach, else
     * the highest load that is, so that a slow or busy machine still shows the sink's share
     * (though not in the last line's {@code _at_5000} figures). Empty when no load is.
     */
    private OptionalInt endToEndRate(double capacity) {
        int reference = referenceRate();
        if (reference <= capacity * OVERLOAD) {
            return OptionalInt.of(reference);
        }
        return plan.loads().stream()
                .mapToInt(Integer::intValue)
                .filter(r -> r <= capacity * OVERLOAD)
                .max();
    }

    /** Whether a run at {@code rate} would measure latency rather than a growing backlog; says so when not. */
    private boolean runnable(String what, int rate, double capacity) {
        if (rate <= capacity * OVERLOAD) {
            return true;
        }
        report.progress(
                what + ", " + rate + " posts/s: not run (measured capacity " + Math.round(capacity) + " posts/s)");
        return false;
    }

    /**
     * The skeleton's latency at one load (5,000 posts/s when among the loads, else the first), on
     * topics of its own: how much of ours is the two transactions a post about someone crosses.
     */
    private void skeletonLatency(Settings onBroker, double capacity) throws Exception {
        if (plan.loads().isEmpty()) {
            return;
        }
        int rate = referenceRate();
        if (!runnable("skeleton", rate, capacity)) {
            return;
        }
        Scenario sc = scenario("skeleton", onBroker, plan.persons(), plan.partitions(), Map.of());
        try (StreamRole role = skeletonRole(sc, sc.topics().alerts.name(), sc.appId())) {
            role.start();
            report.latency(
                    "skeleton",
                    LatencyRun.run(
                            sc.settings(),
                            sc.topics().posts.name(),
                            sc.topics().alerts.name(),
                            sc.generator(),
                            rate,
                            plan.warmup(),
                            plan.window(),
                            SkeletonTopology.ANSWERS));
        }
    }

    private StreamRole skeletonRole(Scenario sc, String alerts, String appId) {
        Topology t = SkeletonTopology.build(
                sc.topics().posts,
                alerts,
                plan.persons(),
                FirstDeliveryFilter.remembered(StreamSettings.from(sc.settings())));
        return new StreamRole(t, sc.settings().with(Settings.STREAM_APP_ID.key(), appId), new SimpleMeterRegistry());
    }

    /**
     * Runs our topology, unmeasured, over posts of its own first, round after round until the JIT
     * has compiled the hot code. The broker, the clients and the stream share one JVM on a small
     * machine, and the compilers then need minutes of CPU: measured on 2 cores, they took more
     * than a core for the first 80 s of a run, and a run measured then measures the compiler
     * as much as the topology (the pass-through, measured first, most of all).
     */
    private void warmUp(Settings onBroker) throws Exception {
        long chunk = Math.min(WARM_UP_POSTS, plan.posts() / 5);
        long giveUp =
                System.nanoTime() + plan.limit().multipliedBy(WARM_UP_LIMITS).toNanos();
        Scenario sc = scenario("warm", onBroker, plan.persons(), plan.partitions(), Map.of());
        // the rounds share the last six hours, so that no post is published in the future (the broker
        // refuses timestamps more than an hour ahead) however many rounds it takes
        Instant from = Instant.now().minus(Duration.ofHours(6));
        Duration span = Duration.ofHours(6).dividedBy(WARM_UP_ROUNDS);
        GroupProgress progress = new GroupProgress(admin, sc.appId());
        try (StreamRole role = ours(sc)) {
            role.start();
            for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
                long already = progress.committed(sc.topics().posts.name()); // before the stream sees new posts
                preload(sc, chunk, from.plus(span.multipliedBy(round - 1)), span);
                long wall = System.nanoTime();
                long compiled = ProcessMeter.compileMillis();
                ThroughputRun.Result r = ThroughputRun.measure(
                        role,
                        progress,
                        sc.topics().posts.name(),
                        List.of(sc.repartitionTopic()),
                        already,
                        chunk,
                        plan.limit(),
                        sc.stateDir());
                double jitCores = (ProcessMeter.compileMillis() - compiled) * 1e6 / (System.nanoTime() - wall);
                report.progress(String.format(
                        java.util.Locale.ROOT,
                        "warm-up %d: %d posts at %.0f posts/s, JIT compiling %.2f cores (not reported)",
                        round,
                        r.posts(),
                        r.postsPerS(),
                        jitCores));
                if (jitCores < JIT_QUIET_CORES || System.nanoTime() > giveUp) {
                    break;
                }
            }
        }
    }

    /**
     * When the stream could not get through the preloaded posts in time, the fixed loads run on
     * topics of their own, whose story index is first filled with a history the stream can
     * digest in {@link #HISTORY_SECONDS}.
     */
    private At5000 loadsOnShorterHistory(Settings onBroker, double capacity) throws Exception {
        if (plan.loads().isEmpty()) {
            return At5000.NONE;
        }
        Scenario sc = scenario("lat", onBroker, plan.persons(), plan.partitions(), Map.of());
        long history = Math.max(1, Math.min(plan.sweepPosts(), (long) (capacity * HISTORY_SECONDS)));
        preload(sc, history, Instant.now().minus(Duration.ofHours(6)), Duration.ofHours(6));
        try (StreamRole role = ours(sc)) {
            role.start();
            ThroughputRun.Result h = ThroughputRun.measure(
                    role,
                    new GroupProgress(admin, sc.appId()),
                    sc.topics().posts.name(),
                    List.of(sc.repartitionTopic()),
                    0,
                    history,
                    Duration.ofSeconds(4L * HISTORY_SECONDS),
                    sc.stateDir());
            if (!h.drained()) {
                report.progress("latency: the stream did not digest its history in " + 4 * HISTORY_SECONDS
                        + " s; no latency measured");
                return At5000.NONE;
            }
            return loads(sc, capacity);
        }
    }

    /**
     * The fixed loads, against the scenario's running stream, then the end-to-end run through the
     * sink. A load far above the measured capacity is not run, and none is run after one the
     * stream could not keep up with.
     */
    private At5000 loads(Scenario sc, double capacity) throws Exception {
        Double p99At5000 = null;
        boolean keptUp = true;
        for (int rate : plan.loads()) {
            if (!keptUp || rate > capacity * OVERLOAD) {
                report.progress(rate + " posts/s: not run ("
                        + (keptUp
                                ? "measured capacity " + Math.round(capacity) + " posts/s"
                                : "a lower load was not kept up with")
                        + ")");
                continue;
            }
            LatencyRun.Result r = LatencyRun.run(
                    sc.settings(),
                    sc.topics().posts.name(),
                    sc.topics().alerts.name(),
                    sc.generator(),
                    rate,
                    plan.warmup(),
                    plan.window(),
                    LatencyRun.ALERTS);
            report.latency(null, r);
            keptUp = r.keptUp();
            if (rate == 5000) {
                p99At5000 = r.p99Ms();
            }
        }
        if (!keptUp) {
            // the last load outran the stream: measured behind its backlog, the end-to-end run would
            // time the backlog, not the path
            awaitStreamCaughtUp(sc);
        }
        LatencyRun.Result e2e = endToEnd(sc, capacity);
        return new At5000(p99At5000, e2e != null && e2e.rate() == 5000 ? e2e : null);
    }

    /**
     * Post produced to its alert readable from the sink's API, at {@link #endToEndRate}, against
     * the scenario's running stream: the {@code sink} role on a database of the bench's own,
     * first caught up with what the alerts topic already holds. The topic is watched in the same
     * run, so the sink's share is the difference of the two rows.
     *
     * @return the API's figures; null when not run
     */
    private LatencyRun.Result endToEnd(Scenario sc, double capacity) throws Exception {
        OptionalInt within = endToEndRate(capacity);
        if (within.isEmpty()) {
            report.progress("end to end through the sink: not run (measured capacity " + Math.round(capacity)
                    + " posts/s, below every load)");
            return null;
        }
        int rate = within.getAsInt();
        if (rate != referenceRate()) {
            runnable("end to end through the sink", referenceRate(), capacity); // says why not there
        }
        ScratchPostgres.Store db = postgres.store();
        Settings s = sc.settings()
                .with(Settings.POSTGRES_URL.key(), db.url())
                .with(Settings.POSTGRES_USER.key(), db.user())
                .with(Settings.POSTGRES_PASSWORD.key(), db.password())
                .with(Settings.SINK_GROUP.key(), sc.appId() + "-sink")
                .with(Settings.SINK_BIND.key(), "127.0.0.1")
                .with(Settings.SINK_PORT.key(), "0")
                // the bench's own desk: open on loopback, no file, no webhook of the operator's fired
                .with(Settings.SINK_TOKEN.key(), "")
                .with(Settings.SINK_ALERTS_OUT.key(), "")
                .with(Settings.WEBHOOKS_FILE.key(), "");
        String alerts = sc.topics().alerts.name();
        try (BenchWiring.RunningSink sink = wiring.sink(s)) {
            awaitCaughtUp(sink, alerts);
            List<LatencyRun.Result> r = LatencyRun.run(
                    sc.settings(),
                    sc.topics().posts.name(),
                    sc.generator(),
                    rate,
                    plan.warmup(),
                    plan.window(),
                    LatencyRun.ALERTS,
                    List.of(new ApiWatch(sink.port()), new TopicWatch(sc.settings(), alerts, LatencyRun.ALERTS)));
            report.latency("sink API, " + postgres.description(), r.get(0));
            report.latency("dw.alerts, same run", r.get(1));
            return r.get(0);
        }
    }

    /** Waits until the stream has committed every post produced so far and drained its repartition. */
    private void awaitStreamCaughtUp(Scenario sc) throws Exception {
        GroupProgress progress = new GroupProgress(admin, sc.appId());
        List<String> topics = List.of(sc.topics().posts.name(), sc.repartitionTopic());
        awaitOrSay(
                () -> progress.caughtUp(topics),
                BACKLOG_LIMIT,
                "the stream worked off the last load's backlog",
                "the stream had not worked off the last load's backlog after " + BACKLOG_LIMIT
                        + "; end to end measured behind it");
    }

    /** Waits until the sink has stored what the alerts topic held when it started, so that no backlog is measured. */
    private void awaitCaughtUp(BenchWiring.RunningSink sink, String topic) throws Exception {
        List<TopicPartition> parts =
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                        .map(p -> new TopicPartition(topic, p.partition()))
                        .toList();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        parts.forEach(p -> latest.put(p, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all()
                .get()
                .forEach((p, info) -> ends.put(p, info.offset()));
        awaitOrSay(
                () -> sink.hasReached(ends),
                SINK_CATCH_UP,
                "the sink stored the alerts already on " + topic,
                "the sink had not stored the alerts already on " + topic + " after " + SINK_CATCH_UP
                        + "; measuring anyway");
    }

    /** A condition the bench polls; it may ask the broker. */
    private interface Condition {
        boolean holds() throws Exception;
    }

    /**
     * Polls {@code done} until it holds, then says how long it took ({@code doneSaying} "in … s"),
     * or gives up after {@code limit} saying {@code gaveUpSaying}: the measurement goes on either
     * way, and the report says which.
     */
    private void awaitOrSay(Condition done, Duration limit, String doneSaying, String gaveUpSaying) throws Exception {
        long started = System.nanoTime();
        while (!done.holds()) {
            if (System.nanoTime() - started > limit.toNanos()) {
                report.progress(gaveUpSaying);
                return;
            }
            Thread.sleep(100);
        }
        report.progress(
                String.format(java.util.Locale.ROOT, "%s in %.1f s", doneSaying, (System.nanoTime() - started) / 1e9));
    }

    private void sweeps(Settings onBroker) throws Exception {
        if (plan.sweeps().contains("gazetteer")) {
            for (int n : plan.gazetteerSizes()) {
                if (outOfTime("gazetteer " + n)) {
                    break;
                }
                Scenario sc = scenario("g" + n, onBroker, n, plan.partitions(), Map.of());
                report.sweep("gazetteer", n + " persons", preloadAndMeasure(sc, 0));
            }
        }
        if (plan.sweeps().contains("lookback")) {
            int maxDays = plan.lookbackDays().stream().max(Integer::compare).orElse(1);
            for (int days : plan.lookbackDays()) {
                if (outOfTime("look-back " + days + " days")) {
                    break;
                }
                Scenario sc = scenario(
                        "lb" + days,
                        onBroker,
                        plan.lookbackPersons(),
                        plan.partitions(),
                        Map.of(Settings.STREAM_LOOKBACK.key(), (maxDays + 1) + "d"));
                long fill = (long) plan.lookbackPersons() * plan.storiesPerPersonDay() * days;
                ThroughputRun.Result filled = fillLookback(sc, fill, Duration.ofDays(days));
                if (!filled.drained()) {
                    report.progress("look-back " + days + " days: only " + filled.posts() + " of " + fill
                            + " stories were indexed within "
                            + plan.sweepLimit().multipliedBy(FILL_FACTOR)
                            + "; point skipped");
                    continue;
                }
                report.sweep("look-back", days + " days of stories (" + fill + ")", preloadAndMeasure(sc, fill));
            }
        }
        if (plan.sweeps().contains("partitions")) {
            for (int p : plan.partitionCounts()) {
                if (outOfTime("partitions " + p)) {
                    break;
                }
                Scenario sc = scenario("p" + p, onBroker, plan.persons(), p, Map.of());
                report.sweep("partitions", p + " partitions", preloadAndMeasure(sc, 0));
            }
        }
    }

    private boolean outOfTime(String point) {
        if (System.nanoTime() < deadline) {
            return false;
        }
        report.progress(
                point + " and later points of this sweep: not run (time budget of " + plan.budget() + " spent)");
        return true;
    }

    /** Fills the story index with {@code fill} stories spread over the {@code span} before the last hour. */
    private ThroughputRun.Result fillLookback(Scenario sc, long fill, Duration span) throws Exception {
        Instant from = Instant.now().minus(span).minus(Duration.ofHours(1));
        long step = span.toMillis() / Math.max(1, fill);
        try (PostLoader loader = new PostLoader(sc.settings(), sc.topics().posts.name())) {
            long[] i = {0};
            loader.sendAll(
                    () -> {
                        Instant t = from.plusMillis(step * i[0]++);
                        return sc.generator().post(PostGenerator.Kind.PERSON_STORY, t, t);
                    },
                    fill);
        }
        report.progress("look-back: filling " + sc.name() + " with " + fill + " stories");
        try (StreamRole role = ours(sc)) {
            role.start();
            return ThroughputRun.measure(
                    role,
                    new GroupProgress(admin, sc.appId()),
                    sc.topics().posts.name(),
                    List.of(sc.repartitionTopic()),
                    0,
                    fill,
                    plan.sweepLimit().multipliedBy(FILL_FACTOR),
                    sc.stateDir());
        }
    }

    /** Preloads the sweep's posts (in the last hour) and measures a fresh run of our topology over them. */
    private ThroughputRun.Result preloadAndMeasure(Scenario sc, long already) throws Exception {
        preload(sc, plan.sweepPosts(), Instant.now().minus(Duration.ofHours(1)), Duration.ofHours(1));
        try (StreamRole role = ours(sc)) {
            role.start();
            return ThroughputRun.measure(
                    role,
                    new GroupProgress(admin, sc.appId()),
                    sc.topics().posts.name(),
                    List.of(sc.repartitionTopic()),
                    already,
                    plan.sweepPosts(),
                    plan.sweepLimit(),
                    sc.stateDir());
        }
    }

    private StreamRole ours(Scenario sc) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Topology t = wiring.topology(sc.settings(), registry);
        return new StreamRole(t, sc.settings(), registry);
    }

    private Scenario scenario(String name, Settings onBroker, int persons, int partitions, Map<String, String> extra)
            throws Exception {
        Path dir = dataDir.resolve(name);
        var watchList = SyntheticWatchList.persons(persons);
        Path personsFile = SyntheticWatchList.write(watchList, dir.resolve("persons.yaml"));
        String prefix = "main".equals(name) ? onBroker.get(Settings.TOPIC_PREFIX) : "bench-" + name + ".";
        String appId = "bench-" + name;
        Settings s = onBroker.with(Settings.TOPIC_PREFIX.key(), prefix)
                .with(Settings.TOPIC_PARTITIONS.key(), Integer.toString(partitions))
                .with(Settings.PERSONS_FILE.key(), personsFile.toString())
                .with(Settings.DATA_DIR.key(), dir.toString())
                .with(Settings.STREAM_APP_ID.key(), appId)
                // the latency is the pipeline's: a news report of a denial is otherwise held on purpose
                // (60 s by default) for the first-hand denial; at 0 it is not held at all
                .with(Settings.STREAM_REPORT_HOLD.key(), "0s");
        for (var e : extra.entrySet()) {
            s = s.with(e.getKey(), e.getValue());
        }
        Topics topics = new Topics(prefix);
        TopicAdmin.ensureTopics(
                admin, topics, partitions, s.get(Settings.TOPIC_REPLICATION).shortValue(), TOPIC_WAIT);
        PostGenerator g = new PostGenerator(watchList, outlets, name + "-", plan.seed());
        return new Scenario(name, s, topics, g, dir.resolve("streams").resolve(appId));
    }

    /** Produces {@code n} posts published evenly over {@code span} from {@code from}, as fast as possible. */
    private void preload(Scenario sc, long n, Instant from, Duration span) {
        long stepMicros = span.toNanos() / 1000 / Math.max(1, n);
        long started = System.nanoTime();
        try (PostLoader loader = new PostLoader(sc.settings(), sc.topics().posts.name())) {
            long[] i = {0};
            loader.sendAll(
                    () -> {
                        Instant t = from.plusNanos(stepMicros * 1000 * i[0]++);
                        return sc.generator().next(t, t);
                    },
                    n);
        }
        report.progress(String.format(
                java.util.Locale.ROOT,
                "%s: produced %d posts in %.1f s",
                sc.name(),
                n,
                (System.nanoTime() - started) / 1e9));
    }

    private void createTopic(String name, int partitions) throws InterruptedException, ExecutionException {
        admin.createTopics(List.of(new NewTopic(
                        name, partitions, base.get(Settings.TOPIC_REPLICATION).shortValue())))
                .all()
                .get();
        TopicAdmin.awaitLeaders(admin, List.of(name), TOPIC_WAIT);
    }
}
