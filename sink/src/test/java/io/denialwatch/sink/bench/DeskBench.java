package io.denialwatch.sink.bench;

import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.kafka.TopicAdmin;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Alert;
import io.denialwatch.sink.HeadlessChromium;
import io.denialwatch.sink.store.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The desk at newsroom scale (issue 23): a history of alerts produced to {@code dw.alerts} by an
 * outside client and stored in PostgreSQL by a sink in its own JVM (-Xmx512m); then how soon a
 * fresh page in headless Chromium shows the newest 50; then 500 open desk streams while desks
 * load the page and live alerts arrive: API latency, live delivery latency, the sink's heap,
 * threads and RSS. Baselines of the same run: {@code /health/live} under the same load (the
 * HTTP stack's floor), a plain Kafka consumer of the same live alerts (the pipeline's floor),
 * and the page's DOMContentLoaded (the browser's floor).
 *
 * <p>Run with {@code mvn -B -ntp -q -Pbench -pl sink -am test-compile}; sizes by
 * {@code -Dbench.alerts=100000 -Dbench.streams=500 -Dbench.seconds=60 -Dbench.pageloads=10}.
 */
public final class DeskBench {
    private static final int ALERTS = Integer.getInteger("bench.alerts", 100_000);
    private static final int STREAMS = Integer.getInteger("bench.streams", 500);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int PAGE_LOADS_PER_SECOND = Integer.getInteger("bench.pageloads", 10);
    private static final int LIVE_PER_SECOND = 10;
    private static final Topics TOPICS = new Topics("dw.");

    private DeskBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("desk-bench");
        List<String> report = new ArrayList<>();
        report.add(String.format(
                "desk bench: %d alerts, %d streams, %d page loads/s for %d s, %d live alerts/s; "
                        + "nproc %d; load average before: %s",
                ALERTS,
                STREAMS,
                PAGE_LOADS_PER_SECOND,
                SECONDS,
                LIVE_PER_SECOND,
                Runtime.getRuntime().availableProcessors(),
                loadAverage()));
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
                TestPostgres pg = TestPostgres.start()) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                TopicAdmin.ensureTopics(admin, TOPICS, 2, (short) 1, Duration.ofSeconds(60));
            }
            try (SinkProcess sink = new SinkProcess(
                            "512m", dir, broker.bootstrapServers(), pg.url(), pg.user(), pg.password());
                    KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                            Map.<String, Object>of(
                                    "bootstrap.servers",
                                    broker.bootstrapServers(),
                                    "linger.ms",
                                    5,
                                    "batch.size",
                                    262_144),
                            new StringSerializer(),
                            new ByteArraySerializer())) {
                BenchAlerts alerts = new BenchAlerts();
                long t0 = System.nanoTime();
                for (int i = 0; i < ALERTS; i++) {
                    Alert a = alerts.stored(i);
                    producer.send(new ProducerRecord<>(TOPICS.alerts.name(), a.alertId(), Json.writeBytes(a)));
                }
                producer.flush();
                for (long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(20); total(sink) < ALERTS; ) {
                    if (System.nanoTime() > until) {
                        throw new IllegalStateException("the sink did not store the history within 20 minutes");
                    }
                    TimeUnit.MILLISECONDS.sleep(500);
                }
                double storeSeconds = (System.nanoTime() - t0) / 1e9;
                report.add(String.format(
                        "history stored: %d alerts in %.1f s (%.0f alerts/s, produce to PostgreSQL)",
                        ALERTS, storeSeconds, ALERTS / storeSeconds));
                report.add("sink idle after the history: heap "
                        + megabytes(sink.metric("jvm_memory_used_bytes", "area=\"heap\""))
                        + ", threads " + (long) sink.metric("jvm_threads_live_threads", "") + ", RSS "
                        + String.format("%.0f MB", sink.rssMegabytes()));

                report.add("API on the idle sink, 200 requests one after another: " + idleApi(sink));
                ChromeDriver browser = HeadlessChromium.start();
                try {
                    report.add("fresh page, idle sink: " + pageLoads(browser, sink.base, 5));
                    try (StreamFollowers streams = new StreamFollowers(sink.base, STREAMS)) {
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                        while (streams.synced.get() < STREAMS && System.nanoTime() < deadline) {
                            TimeUnit.MILLISECONDS.sleep(100);
                        }
                        report.add("streams open: " + streams.synced.get() + " of " + STREAMS);
                        try (StreamProbe probe = new StreamProbe(sink.base)) {
                            load(report, sink, producer, alerts, streams, browser, broker.bootstrapServers());
                            report.add("live delivery to one more stream, opened last, read by a thread of its own: "
                                    + probe.delivery.summary());
                        }
                    }
                } finally {
                    browser.quit();
                }
            }
        }
        report.add("load average after: " + loadAverage());
        String text = String.join("\n", report) + "\n";
        System.out.print(text);
        Files.writeString(Path.of("target", "desk-bench.txt"), text);
    }

    /** The load phase: page-loading desks, live alerts, a plain Kafka consumer as baseline, sink gauges sampled. */
    private static void load(
            List<String> report,
            SinkProcess sink,
            KafkaProducer<String, byte[]> producer,
            BenchAlerts alerts,
            StreamFollowers streams,
            ChromeDriver browser,
            String bootstrap)
            throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        PageLoadFigures f = new PageLoadFigures();
        Latencies kafka = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(64);
        ExecutorService clientThreads = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().executor(clientThreads).build();
        // open loop: page loads start at a steady rate whether or not earlier ones have finished,
        // and each request is timed from when it was due, so a slow server cannot slow the load down
        java.util.concurrent.ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
        pace.scheduleAtFixedRate(
                () -> {
                    long due = System.nanoTime();
                    int n = loads.incrementAndGet();
                    pool.execute(() -> pageLoad(http, sink.base, n, due, f));
                },
                0,
                1_000_000 / PAGE_LOADS_PER_SECOND,
                TimeUnit.MICROSECONDS);
        java.util.concurrent.CountDownLatch following = new java.util.concurrent.CountDownLatch(1);
        pool.execute(() -> followKafka(bootstrap, kafka, running, following));
        following.await(60, TimeUnit.SECONDS);
        double[] heapMax = {0};
        double[] threadsMax = {0};
        double[] rssMax = {0};
        pool.execute(() -> {
            while (running.get()) {
                try {
                    heapMax[0] = Math.max(heapMax[0], sink.metric("jvm_memory_used_bytes", "area=\"heap\""));
                    threadsMax[0] = Math.max(threadsMax[0], sink.metric("jvm_threads_live_threads", ""));
                    rssMax[0] = Math.max(rssMax[0], sink.rssMegabytes());
                    TimeUnit.SECONDS.sleep(1);
                } catch (Exception e) {
                    return;
                }
            }
        });
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        int live = 0;
        String pageUnderLoad = null;
        while (System.nanoTime() < end) {
            for (int i = 0; i < LIVE_PER_SECOND; i++) {
                Alert a = alerts.live(live++, Instant.now());
                producer.send(new ProducerRecord<>(TOPICS.alerts.name(), a.alertId(), Json.writeBytes(a)));
            }
            producer.flush();
            if (pageUnderLoad == null && System.nanoTime() > end - TimeUnit.SECONDS.toNanos(SECONDS / 2)) {
                pageUnderLoad = pageLoads(browser, sink.base, 3);
            }
            TimeUnit.MILLISECONDS.sleep(1000);
        }
        TimeUnit.SECONDS.sleep(5); // the last alerts reach every stream
        pace.shutdownNow();
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        clientThreads.shutdownNow();
        report.add("fresh page under load: " + pageUnderLoad);
        report.add("API first page (limit=50) under load, p50 / p95 / p99: " + f.firstPage.summary());
        report.add("API filtered page (person or Arabic search) under load: " + f.filtered.summary());
        report.add("whole page load (page, script, style, persons, first page, filtered page) from when it was due: "
                + f.whole.summary());
        report.add("baseline /health/live under the same load: " + f.health.summary());
        report.add(String.format(
                "live delivery to %d streams, produce to event received: %s; expected %d, refetch events %d",
                STREAMS, streams.delivery.summary(), (long) live * STREAMS, streams.refetches.get()));
        report.add("baseline plain Kafka consumer of the same live alerts: " + kafka.summary());
        report.add(String.format(
                "sink during the load: heap max %s (-Xmx512m), live threads max %d, RSS max %.0f MB",
                megabytes(heapMax[0]), (long) threadsMax[0], rssMax[0]));
    }

    /** Latencies of the page loads: the API's first page, a filtered page, the whole load from when it was due, health. */
    private record PageLoadFigures(Latencies firstPage, Latencies filtered, Latencies whole, Latencies health) {
        PageLoadFigures() {
            this(new Latencies(), new Latencies(), new Latencies(), new Latencies());
        }
    }

    /** The API's cost without contention: first page, a person's page, an Arabic search, the persons. */
    private static String idleApi(SinkProcess sink) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> asks = new java.util.LinkedHashMap<>();
        asks.put("first page", "/api/alerts?limit=50");
        asks.put("person", "/api/alerts?limit=50&person=person-7");
        asks.put("Arabic search", "/api/alerts?limit=50&q=%D8%A7%D8%B3%D8%AA%D9%82%D8%A7%D9%84%D8%A9");
        asks.put("offset 50,000", "/api/alerts?limit=50&offset=50000");
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> ask : asks.entrySet()) {
            Latencies l = new Latencies();
            for (int i = 0; i < 50; i++) {
                timed(http, sink.base + ask.getValue(), l, System.nanoTime());
            }
            out.add(ask.getKey() + " " + l.summary());
        }
        return String.join("; ", out);
    }

    /** What a desk's browser asks when it opens the page, then one filtered query, then the health check (baseline). */
    private static void pageLoad(HttpClient http, String base, int n, long due, PageLoadFigures f) {
        try {
            for (String asset : List.of("/", "/desk.js", "/desk.css", "/api/persons")) {
                timed(http, base + asset, null, System.nanoTime());
            }
            timed(http, base + "/api/alerts?limit=50", f.firstPage, System.nanoTime());
            timed(
                    http,
                    base
                            + (n % 2 == 0
                                    ? "/api/alerts?limit=50&person=person-" + n % BenchAlerts.PERSONS
                                    : "/api/alerts?limit=50&q=%D8%A7%D8%B3%D8%AA%D9%82%D8%A7%D9%84%D8%A9+" + n % 1000),
                    f.filtered,
                    System.nanoTime());
            f.whole.add((System.nanoTime() - due) / 1000);
            timed(http, base + "/health/live", f.health, System.nanoTime());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void timed(HttpClient http, String url, Latencies into, long t) throws Exception {
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        if (into != null) {
            into.add((System.nanoTime() - t) / 1000);
        }
    }

    private static void followKafka(
            String bootstrap, Latencies into, AtomicBoolean running, java.util.concurrent.CountDownLatch following) {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(
                Map.<String, Object>of("bootstrap.servers", bootstrap, "isolation.level", "read_committed"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(TOPICS.alerts.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            c.assign(parts);
            c.seekToEnd(parts);
            parts.forEach(c::position); // resolves the end now: every live alert produced after this is seen
            following.countDown();
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(100))) {
                    Alert a = Json.read(r.value(), Alert.class);
                    into.add(Duration.between(a.createdAt(), Instant.now()).toNanos() / 1000);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fresh loads of the page: when the newest 50 were on it (the page's mark), and DOMContentLoaded as the floor. */
    private static String pageLoads(ChromeDriver browser, String base, int times) throws Exception {
        Latencies interactive = new Latencies();
        Latencies domReady = new Latencies();
        String home = browser.getWindowHandle();
        for (int i = 0; i < times; i++) {
            browser.switchTo().newWindow(WindowType.TAB);
            browser.get(base + "/");
            JavascriptExecutor js = browser;
            Object mark = null;
            for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    mark == null && System.nanoTime() < until; ) {
                mark = js.executeScript(
                        // the list is virtualised: the page holds the 50, the cards in view are in the document
                        "const m = performance.getEntriesByName('desk-first-page')[0];"
                                + "return m && document.getElementById('count').textContent.startsWith('50 shown of ')"
                                + " && document.querySelector('#alerts article.card[aria-posinset=\"1\"]') ? m.startTime : null");
                if (mark == null) {
                    TimeUnit.MILLISECONDS.sleep(20);
                }
            }
            if (mark == null) {
                throw new IllegalStateException("the page did not show 50 alerts within 30 s");
            }
            interactive.add((long) (((Number) mark).doubleValue() * 1000));
            domReady.add((long) (((Number) js.executeScript(
                                    "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"))
                            .doubleValue()
                    * 1000));
            browser.close();
            browser.switchTo().window(home);
        }
        return "newest 50 shown " + interactive.summary() + "; baseline DOMContentLoaded " + domReady.summary();
    }

    private static long total(SinkProcess sink) throws Exception {
        return Json.MAPPER
                .readTree(sink.get("/api/alerts?limit=1"))
                .path("total")
                .asLong();
    }

    private static String megabytes(double bytes) {
        return String.format("%.0f MB", bytes / 1024 / 1024);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
