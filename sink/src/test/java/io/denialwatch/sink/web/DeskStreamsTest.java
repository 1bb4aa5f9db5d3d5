package io.denialwatch.sink.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.denialwatch.sink.Alerts;
import io.denialwatch.sink.store.AlertBoard;
import io.denialwatch.sink.store.MemoryAlerts;
import io.denialwatch.sink.store.MemoryQuery;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Open event streams hold no thread each, are capped, and the API compresses what is worth it. */
class DeskStreamsTest {
    private static final int STREAMS = 300;
    private final AlertBoard board = new AlertBoard();
    private final MemoryAlerts alerts = new MemoryAlerts(board);
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** A client of few threads, so that the threads counted are the server's. */
    private final ExecutorService clientThreads = Executors.newFixedThreadPool(4);

    private final HttpClient http =
            HttpClient.newBuilder().executor(clientThreads).build();
    private final List<Flow.Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private DeskServer desk;

    @BeforeEach
    void up() throws Exception {
        desk = new DeskServer(
                "127.0.0.1",
                0,
                board,
                new MemoryQuery(alerts, Clock.systemUTC()),
                registry,
                () -> true,
                () -> true,
                "",
                STREAMS);
    }

    @AfterEach
    void down() throws Exception {
        subscriptions.forEach(Flow.Subscription::cancel);
        desk.close();
        clientThreads.shutdownNow();
    }

    private URI stream() {
        return URI.create("http://127.0.0.1:" + desk.port() + "/api/alerts/stream");
    }

    /** Follows one stream without a thread of its own; counts it once it has seen the alert {@code to-all}. */
    private final class Follower implements Flow.Subscriber<String> {
        private final AtomicInteger delivered;
        private Flow.Subscription subscription;

        Follower(AtomicInteger delivered) {
            this.delivered = delivered;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            subscriptions.add(s);
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.contains("\"alert_id\":\"to-all\"")) {
                delivered.incrementAndGet();
                subscription.cancel();
            }
        }

        @Override
        public void onError(Throwable t) {
            // cancelled at the end of the test
        }

        @Override
        public void onComplete() {
            // the server closed: counted only if the alert came
        }
    }

    @Test
    void threeHundredOpenStreamsAddNoThreadEachAndAllGetALiveAlertBeyondTheCapAStreamIsRefused() throws Exception {
        AtomicInteger delivered = new AtomicInteger();
        for (int i = 0; i < STREAMS; i++) {
            http.sendAsync(
                    HttpRequest.newBuilder(stream()).build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(new Follower(delivered)));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> registry.get("dw_desk_streams_open").gauge().value() == STREAMS);
        // Jetty's pool may grow while 300 connections arrive at once, but never past its maximum;
        // the streams themselves add nothing but two shared writers and a heartbeat
        long serverThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("desk-"))
                .count();
        assertThat(serverThreads)
                .as("the server's threads with %d streams open: %s", STREAMS, threadNames())
                .isLessThanOrEqualTo(DeskServer.MAX_THREADS + 3);

        HttpResponse<String> refused =
                http.send(HttpRequest.newBuilder(stream()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(registry.get("dw_desk_streams_refused").counter().count()).isEqualTo(1);

        alerts.accept(Alerts.simple("to-all", 1, "for every desk"));
        await().atMost(Duration.ofSeconds(20)).until(() -> delivered.get() == STREAMS);
    }

    private static java.util.Map<String, Long> threadNames() {
        return Thread.getAllStackTraces().keySet().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        t -> t.getName().replaceAll("[0-9]+", "#"), java.util.stream.Collectors.counting()));
    }

    @Test
    void aLargePageIsGzippedForClientsThatAcceptIt() throws Exception {
        for (int i = 0; i < 60; i++) {
            alerts.accept(Alerts.simple("gz-" + i, 1, "a denial worth compressing " + i));
        }
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + desk.port() + "/api/alerts?limit=60"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    }
}
