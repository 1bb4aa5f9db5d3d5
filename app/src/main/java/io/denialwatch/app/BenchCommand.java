package io.denialwatch.app;

import io.denialwatch.bench.BenchPlan;
import io.denialwatch.bench.BenchRunner;
import io.denialwatch.bench.BenchWiring;
import io.denialwatch.broker.ScratchPostgres;
import io.denialwatch.common.DirectoryTree;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.metrics.MetricsSetup;
import io.denialwatch.sink.SinkRole;
import io.denialwatch.stream.analysis.PostAnalyzer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code denialwatch bench}: what the pipeline costs on this machine, next to what Kafka Streams
 * itself costs on the same broker and posts.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Measure denialwatch on an in-process Kafka broker with synthetic ar/en/fr posts: "
                    + "steady-state throughput of the stream topology (exactly_once_v2, one instance) and of a "
                    + "pass-through Kafka Streams topology and of a skeleton of ours (the same topics, stores and "
                    + "repartition, none of the parsing, analysis or join) on the same posts, latency (produce -> "
                    + "read_committed alert) at fixed loads, end to end through the sink (produce -> alert readable "
                    + "from its API, stored in PostgreSQL) at 5,000 posts/s, CPU and heap per 1,000 posts/s, and how "
                    + "throughput and state grow with the watch list, the look-back and the partitions.",
            "Prints Markdown tables, then, as its last line, one JSON object: "
                    + "{\"posts_per_s\", \"passthrough_posts_per_s\", \"ratio\", \"p99_ms_at_5000\", \"heap_mb\", "
                    + "\"skeleton_posts_per_s\", \"skeleton_ratio\", \"e2e_p99_ms_at_5000\", \"e2e_path\", "
                    + "\"e2e_p50_ms_at_5000\"}. "
                    + "ratio = ours / pass-through and skeleton_ratio = ours / skeleton, each measured in the same run; "
                    + "p99_ms_at_5000 runs from a post produced to dw.posts to its alert readable (read_committed) on "
                    + "dw.alerts at 5,000 posts/s; e2e_p50_ms_at_5000 and e2e_p99_ms_at_5000 to its alert readable "
                    + "from the sink's API (GET /api/alerts), the sink storing into PostgreSQL, as e2e_path says "
                    + "(null when not run).",
            "The full run takes about 12 minutes on 2 cores; --quick about 4."
        })
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "fewer posts and sweep points: finishes within 5 minutes")
    boolean quick;

    @Option(names = "--persons", paramLabel = "N", description = "watch-list size of the main run (default 1000)")
    Integer persons;

    @Option(names = "--partitions", paramLabel = "N", description = "partitions of the main run (default 6)")
    Integer partitions;

    @Option(
            names = "--posts",
            paramLabel = "N",
            description = "posts preloaded for the throughput runs (default 1000000; --quick 200000)")
    Long posts;

    @Option(
            names = "--max-seconds",
            paramLabel = "S",
            description = "longest measured window of a throughput run (default 90; --quick 25)")
    Integer maxSeconds;

    @Option(
            names = "--loads",
            paramLabel = "RATE",
            split = ",",
            description = "fixed loads of the latency runs, posts/s (default 1000,5000,20000)")
    List<Integer> loads;

    @Option(
            names = "--load-seconds",
            paramLabel = "S",
            description = "measured seconds per latency run (default 60; --quick 10), after a warm-up")
    Integer loadSeconds;

    @Option(
            names = "--sweeps",
            paramLabel = "NAME",
            split = ",",
            description = "growth sweeps to run: gazetteer, lookback, partitions, or none (default: all three)")
    List<String> sweeps;

    @Option(
            names = "--sweep-posts",
            paramLabel = "N",
            description = "posts per sweep point (default 100000; --quick 20000)")
    Long sweepPosts;

    @Option(
            names = "--postgres",
            paramLabel = "JDBC_URL",
            description = "the end-to-end run's sink stores alerts on this PostgreSQL server, in a database the bench "
                    + "creates and drops (its user, postgres.user / DW_POSTGRES_USER, needs CREATEDB); "
                    + "default: a PostgreSQL the bench starts from its own jars (Linux x86-64)")
    String postgres;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description =
                    "where the broker and the stream keep their data (default: a temporary directory, removed after)")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        BenchPlan plan = plan();
        Path dir = dataDir != null ? dataDir : Files.createTempDirectory("denialwatch-bench-");
        try {
            Settings s = config.load(new HashMap<>());
            ScratchPostgres.Store server = postgres == null
                    ? null
                    : new ScratchPostgres.Store(
                            postgres, s.get(Settings.POSTGRES_USER), s.get(Settings.POSTGRES_PASSWORD));
            new BenchRunner(
                            plan,
                            wiring(),
                            s,
                            dir,
                            System.out,
                            "bin/denialwatch bench" + (quick ? " --quick" : ""),
                            server)
                    .run();
            return 0;
        } catch (ScratchPostgres.SetupException e) {
            System.err.println("bench: the end-to-end run's PostgreSQL: " + e.getMessage() + " (--postgres JDBC_URL)");
            return 2;
        } finally {
            if (dataDir == null) {
                DirectoryTree.delete(dir);
            }
        }
    }

    /** The wiring the {@code stream} role uses, for the bench and its JMH benchmarks. */
    public static BenchWiring wiring() {
        return new BenchWiring() {
            @Override
            public Topology topology(Settings settings, MeterRegistry registry) {
                return Components.topology(settings, registry);
            }

            @Override
            public PostAnalyzer analyzer(Gazetteer gazetteer, Settings settings) {
                return Components.analyzer(gazetteer, settings);
            }

            @Override
            public RunningSink sink(Settings settings) throws IOException {
                SinkRole role = new SinkRole(
                        KafkaClients.named(settings, "denialwatch-bench-sink"),
                        MetricsSetup.prometheus("sink", settings),
                        null);
                role.start();
                return new RunningSink() {
                    @Override
                    public int port() {
                        return role.port();
                    }

                    @Override
                    public boolean hasReached(Map<TopicPartition, Long> offsets) {
                        return role.feed().hasReached(offsets);
                    }

                    @Override
                    public void close() throws IOException {
                        role.close();
                    }
                };
            }
        };
    }

    private BenchPlan plan() {
        BenchPlan p = quick ? BenchPlan.quick() : BenchPlan.full();
        Set<String> chosen = p.sweeps();
        if (sweeps != null) {
            chosen = new LinkedHashSet<>();
            for (String name : sweeps) {
                if (name.equals("none")) {
                    continue;
                }
                if (!BenchPlan.ALL_SWEEPS.contains(name)) {
                    throw new ParameterException(
                            spec.commandLine(),
                            "unknown sweep '" + name + "': choose from gazetteer, lookback, partitions, none");
                }
                chosen.add(name);
            }
        }
        List<Integer> rates = loads != null ? List.copyOf(loads) : p.loads();
        if (rates.stream().anyMatch(r -> r <= 0)) {
            throw new ParameterException(spec.commandLine(), "--loads must be positive rates");
        }
        return new BenchPlan(
                positive(persons, p.persons(), "--persons"),
                positive(partitions, p.partitions(), "--partitions"),
                positive(posts, p.posts(), "--posts"),
                maxSeconds != null ? Duration.ofSeconds(positive(maxSeconds, 1, "--max-seconds")) : p.limit(),
                rates,
                p.warmup(),
                loadSeconds != null ? Duration.ofSeconds(positive(loadSeconds, 1, "--load-seconds")) : p.window(),
                Set.copyOf(chosen),
                p.gazetteerSizes(),
                p.lookbackDays(),
                p.partitionCounts(),
                positive(sweepPosts, p.sweepPosts(), "--sweep-posts"),
                p.sweepLimit(),
                p.lookbackPersons(),
                p.storiesPerPersonDay(),
                p.seed(),
                p.budget());
    }

    private <N extends Number> N positive(N given, N fallback, String option) {
        N v = given != null ? given : fallback;
        if (v.longValue() <= 0) {
            throw new ParameterException(spec.commandLine(), option + " must be positive, not " + v);
        }
        return v;
    }
}
