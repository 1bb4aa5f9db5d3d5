package io.denialwatch.ingest.bench;

import io.denialwatch.common.kafka.TopicAdmin;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.ingest.connectors.Connectors;
import io.denialwatch.ingest.connectors.IngestMetrics;
import io.denialwatch.ingest.connectors.Poller;
import io.denialwatch.ingest.connectors.SourcePoller;
import io.denialwatch.ingest.http.HttpPolicy;
import io.denialwatch.ingest.http.PoliteHttpClient;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.model.SourceKind;
import io.denialwatch.ingest.worker.IngestWorker;
import io.denialwatch.ingest.worker.SourcesCatalog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.kafka.clients.admin.Admin;

/**
 * The ingest benchmark of BENCHMARKS.md: 1,000 feeds on a loopback server (another process), most
 * answering 304. Measures this process only (the client): wall time and process CPU time for
 * (1) raw conditional GETs with no parsing, (2) the connectors through the polite client, and
 * (3) one ingest worker writing to Kafka (broker in a third process) at one poll per feed per minute.
 */
public final class IngestBenchmark {
    static final int FEEDS = 1000;
    static final int THREADS = 4;
    static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && args[0].equals("--quick");
        String cp = System.getProperty("java.class.path");
        Process farm = child(cp, "io.denialwatch.ingest.bench.FeedFarm", String.valueOf(FEEDS));
        Path data = Files.createTempDirectory("dw-bench-kafka");
        Process broker = child(cp, "io.denialwatch.broker.BrokerMain", data.toString(), "0", "0");
        try {
            String base = "http://127.0.0.1:" + ready(farm);
            String bootstrap = ready(broker);
            List<String> urls =
                    IntStream.range(0, FEEDS).mapToObj(i -> base + "/feed/" + i).toList();
            System.out.printf(
                    "machine: %d cpus, %s; java %s%n",
                    Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.version"));

            OkHttpClient plain = new OkHttpClient();
            ConcurrentHashMap<String, String> etags = new ConcurrentHashMap<>();
            rawGets(plain, etags, urls, 1); // warm-up, and the first full fetch of every feed
            Measure raw = rawGets(plain, etags, urls, 3);
            report("baseline: raw conditional GETs, no parsing", raw);

            HttpPolicy policy =
                    HttpPolicy.defaults().withAllowPrivateAddresses(true).withMinInterval(Duration.ZERO);
            PoliteHttpClient http = new PoliteHttpClient(policy, new SimpleMeterRegistry());
            SourcePoller poller = new SourcePoller(
                    new Connectors(http, Clock.systemUTC(), () -> null),
                    new IngestMetrics(new SimpleMeterRegistry(), Clock.systemUTC()),
                    Clock.systemUTC());
            List<SourceDefinition> defs = IntStream.range(0, FEEDS)
                    .mapToObj(i -> new SourceDefinition(
                            "bench-" + i,
                            SourceKind.RSS,
                            urls.get(i),
                            null,
                            AccountKind.OUTLET,
                            null,
                            Duration.ofMinutes(1),
                            true))
                    .toList();
            ConcurrentHashMap<String, Cursor> cursors = new ConcurrentHashMap<>();
            pollAll(poller, defs, cursors, 1); // warm-up, and the first full fetch of every feed
            Measure polled = pollAll(poller, defs, cursors, 3);
            report("connectors: conditional GET + Rome parse + dedup (no Kafka)", polled);

            Properties kafka = new Properties();
            kafka.put("bootstrap.servers", bootstrap);
            Topics topics = new Topics("dw.");
            try (Admin admin = Admin.create(kafka)) {
                TopicAdmin.ensureTopics(admin, topics, 6, (short) 1, Duration.ofSeconds(60));
            }
            new SourcesCatalog(kafka, topics).load(defs, false);
            AtomicLong polls = new AtomicLong();
            Poller counting = (s, c) -> {
                polls.incrementAndGet();
                return poller.poll(s, c);
            };
            IngestWorker worker = new IngestWorker(
                            new IngestWorker.Config(kafka, topics, "bench", "bench-1", THREADS, Duration.ofSeconds(15)),
                            counting,
                            new SimpleMeterRegistry(),
                            Clock.systemUTC())
                    .start();
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (polls.get() < FEEDS && System.nanoTime() < deadline) {
                Thread.sleep(200); // benchmark pacing, not test synchronisation
            }
            System.out.printf(
                    "worker: first round of %d polls (all 200, %d posts to Kafka) done%n", polls.get(), FEEDS * 20);
            // steady state: time the next 1,000 polls (each feed is due about once a minute, with jitter)
            long target = quick ? FEEDS / 4 : FEEDS;
            long p0 = polls.get();
            long cpu0 = OS.getProcessCpuTime();
            long t0 = System.nanoTime();
            long limit = t0 + Duration.ofMinutes(3).toNanos();
            while (polls.get() - p0 < target && System.nanoTime() < limit) {
                Thread.sleep(50); // benchmark pacing, not test synchronisation
            }
            Measure steady = new Measure(polls.get() - p0, System.nanoTime() - t0, OS.getProcessCpuTime() - cpu0);
            report(
                    "worker, steady state: each feed due once a minute, posts + cursors + health in Kafka transactions",
                    steady);
            System.out.printf(
                    "  -> %d polls in %.1f s using %.1f%% of one core (bar: 1,000 feeds a minute under 20%%)%n",
                    steady.count, steady.wallNanos / 1e9, 100.0 * steady.cpuNanos / steady.wallNanos);
            worker.close();
            http.close();
        } finally {
            farm.destroy();
            broker.destroy();
            broker.waitFor();
        }
    }

    record Measure(long count, long wallNanos, long cpuNanos) {}

    static void report(String what, Measure m) {
        System.out.printf(
                "%s:%n  %d fetches in %.2f s = %.0f feeds/s; CPU %.3f ms per fetch (%.0f%% of one core while running)%n",
                what,
                m.count,
                m.wallNanos / 1e9,
                m.count / (m.wallNanos / 1e9),
                m.cpuNanos / 1e6 / m.count,
                100.0 * m.cpuNanos / m.wallNanos);
    }

    static Measure rawGets(OkHttpClient client, ConcurrentHashMap<String, String> etags, List<String> urls, int passes)
            throws Exception {
        return timed(urls.size() * passes, pool -> {
            for (int p = 0; p < passes; p++) {
                List<Future<?>> all = new ArrayList<>();
                for (String u : urls) {
                    all.add(pool.submit(() -> {
                        Request.Builder r = new Request.Builder().url(u);
                        String e = etags.get(u);
                        if (e != null) {
                            r.header("If-None-Match", e);
                        }
                        try (Response resp = client.newCall(r.build()).execute()) {
                            resp.body().bytes();
                            if (resp.header("ETag") != null) {
                                etags.put(u, resp.header("ETag"));
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : all) {
                    f.get();
                }
            }
        });
    }

    static Measure pollAll(
            SourcePoller poller, List<SourceDefinition> defs, ConcurrentHashMap<String, Cursor> cursors, int passes)
            throws Exception {
        return timed(defs.size() * passes, pool -> {
            for (int p = 0; p < passes; p++) {
                List<Future<?>> all = new ArrayList<>();
                for (SourceDefinition d : defs) {
                    all.add(pool.submit(() -> {
                        try {
                            cursors.put(
                                    d.id(),
                                    poller.poll(d, cursors.getOrDefault(d.id(), Cursor.EMPTY))
                                            .cursor());
                        } catch (FetchException e) {
                            throw new IllegalStateException(e);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : all) {
                    f.get();
                }
            }
        });
    }

    interface Work {
        void run(ExecutorService pool) throws Exception;
    }

    static Measure timed(long count, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            long cpu0 = OS.getProcessCpuTime();
            long t0 = System.nanoTime();
            work.run(pool);
            return new Measure(count, System.nanoTime() - t0, OS.getProcessCpuTime() - cpu0);
        } finally {
            pool.shutdownNow();
        }
    }

    static Process child(String cp, String main, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp", cp, main));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    static String ready(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.startsWith("READY ")) {
                return line.substring(6).trim();
            }
        }
        throw new IllegalStateException("child process ended before READY");
    }

    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse("unknown CPU");
        } catch (Exception e) {
            return "unknown CPU";
        }
    }
}
