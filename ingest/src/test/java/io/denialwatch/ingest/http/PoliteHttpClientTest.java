package io.denialwatch.ingest.http;

import static io.denialwatch.ingest.FixtureServer.body;
import static io.denialwatch.ingest.FixtureServer.ok;
import static io.denialwatch.ingest.FixtureServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.denialwatch.ingest.FixtureServer;
import io.denialwatch.ingest.ManualClock;
import io.denialwatch.ingest.TestHttp;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchException.Failure;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PoliteHttpClientTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final FixtureServer server = new FixtureServer();
    private final ManualClock clock = new ManualClock(T0);

    @AfterEach
    void stop() {
        server.close();
    }

    private PoliteHttpClient client(HttpPolicy policy) {
        return TestHttp.client(policy, clock, clock.sleeper());
    }

    private static FetchException failure(ThrowingCall call) {
        try {
            call.run();
        } catch (FetchException e) {
            return e;
        }
        throw new AssertionError("expected a FetchException");
    }

    interface ThrowingCall {
        void run() throws FetchException;
    }

    @Test
    void retryAfterInSecondsHoldsEveryRequestUntilItExpires() throws Exception {
        server.on("/feed", status(429, "Retry-After", "120"), ok("text/plain", "fine".getBytes()));
        PoliteHttpClient http = client(TestHttp.policy());
        FetchException limited = failure(() -> http.get(server.url("/feed"), Map.of()));
        assertThat(limited.failure()).isEqualTo(Failure.RATE_LIMITED);
        assertThat(limited.retryAt()).isEqualTo(T0.plusSeconds(120));

        clock.advance(Duration.ofSeconds(100));
        FetchException held = failure(() -> http.get(server.url("/feed"), Map.of()));
        assertThat(held.failure()).isEqualTo(Failure.BACKED_OFF);
        assertThat(held.retryAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(server.requests("/feed")).hasSize(1); // nothing sent before the time

        // within the inline limit (5 s) the call waits on the clock instead of failing
        clock.advance(Duration.ofSeconds(17));
        assertThat(http.get(server.url("/feed"), Map.of()).bodyUtf8()).isEqualTo("fine");
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(3));
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(120));
        assertThat(server.requests("/feed")).hasSize(2);
    }

    @Test
    void retryAfterAsAnHttpDateAndShortWaitsAreSleptInline() throws Exception {
        String date =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(T0.plusSeconds(3).atZone(ZoneOffset.UTC));
        server.on("/feed", status(503, "Retry-After", date), ok("text/plain", "fine".getBytes()));
        PoliteHttpClient http = client(TestHttp.policy());
        assertThat(failure(() -> http.get(server.url("/feed"), Map.of())).retryAt())
                .isEqualTo(T0.plusSeconds(3));
        // 3 s is under the inline limit: the call waits (on the test clock) and then goes out
        assertThat(http.get(server.url("/feed"), Map.of()).status()).isEqualTo(200);
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void mastodonIsoResetAndBlueskyEpochResetAreHonoured() {
        server.on(
                "/m",
                status(
                        429,
                        "X-RateLimit-Limit",
                        "300",
                        "X-RateLimit-Remaining",
                        "0",
                        "X-RateLimit-Reset",
                        "2026-01-01T00:05:00.212100Z"));
        server.on(
                "/b",
                status(
                        429,
                        "RateLimit-Remaining",
                        "0",
                        "RateLimit-Reset",
                        String.valueOf(T0.plusSeconds(600).getEpochSecond())));
        // one client each: both paths are on the same host, which the first 429 already holds back
        assertThat(failure(() -> client(TestHttp.policy()).get(server.url("/m"), Map.of()))
                        .retryAt())
                .isEqualTo(Instant.parse("2026-01-01T00:05:00.212100Z"));
        assertThat(failure(() -> client(TestHttp.policy()).get(server.url("/b"), Map.of()))
                        .retryAt())
                .isEqualTo(T0.plusSeconds(600));
    }

    @Test
    void anExhaustedBudgetOnA200SlowsTheNextRequestDown() throws Exception {
        server.on(
                "/x",
                ok(
                        "application/json",
                        "{}".getBytes(),
                        "x-rate-limit-remaining",
                        "0",
                        "x-rate-limit-reset",
                        String.valueOf(T0.plusSeconds(900).getEpochSecond())));
        PoliteHttpClient http = client(TestHttp.policy());
        http.get(server.url("/x"), Map.of());
        assertThat(failure(() -> http.get(server.url("/x"), Map.of())).failure())
                .isEqualTo(Failure.BACKED_OFF);
        assertThat(server.requests("/x")).hasSize(1);
    }

    @Test
    void errorsBackOffExponentiallyWithJitterAndOpenTheBreaker() {
        server.on("/down", status(500));
        HttpPolicy policy = TestHttp.policy()
                .withBackoff(Duration.ofSeconds(10), Duration.ofMinutes(10))
                .withBreaker(3, Duration.ofMinutes(5));
        PoliteHttpClient http = client(policy);
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            FetchException e = failure(() -> http.get(server.url("/down"), Map.of()));
            assertThat(e.failure()).isEqualTo(Failure.HTTP_STATUS);
            waits.add(Duration.between(clock.instant(), e.retryAt()));
            clock.advance(waits.get(i));
        }
        // equal jitter: within [step/2, step], step doubling
        assertThat(waits.get(0)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
        assertThat(waits.get(1)).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));
        // the third failure opened the breaker for five minutes: no request goes out meanwhile
        assertThat(waits.get(2)).isEqualTo(Duration.ofMinutes(5));
        int sent = server.requests("/down").size();
        clock.advance(Duration.ofMinutes(-4));
        assertThat(failure(() -> http.get(server.url("/down"), Map.of())).failure())
                .isEqualTo(Failure.BREAKER_OPEN);
        assertThat(server.requests("/down")).hasSize(sent);
        // after the open period one probe goes out; it fails, so the breaker opens again at once
        clock.advance(Duration.ofMinutes(5));
        failure(() -> http.get(server.url("/down"), Map.of()));
        assertThat(server.requests("/down")).hasSize(sent + 1);
        assertThat(failure(() -> http.get(server.url("/down"), Map.of())).failure())
                .isEqualTo(Failure.BREAKER_OPEN);
    }

    @Test
    void minimumIntervalBetweenRequestsToOneHost() throws Exception {
        server.on("/a", ok("text/plain", "a".getBytes()));
        PoliteHttpClient http = client(TestHttp.policy().withMinInterval(Duration.ofSeconds(2)));
        http.get(server.url("/a"), Map.of());
        http.get(server.url("/a"), Map.of());
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void oneRequestAtATimePerHost() throws Exception {
        // counted while the handler works and before it answers: once the client has the answer it
        // may rightly send the next request while the server thread is still closing the exchange
        java.util.concurrent.atomic.AtomicInteger working = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger mostAtOnce = new java.util.concurrent.atomic.AtomicInteger();
        server.on("/slow", ex -> {
            mostAtOnce.accumulateAndGet(working.incrementAndGet(), Math::max);
            try {
                Thread.sleep(30); // holds the request open so overlap would show
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                working.decrementAndGet();
            }
            ok("text/plain", "ok".getBytes()).write(ex);
        });
        PoliteHttpClient http = TestHttp.client();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Void>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(CompletableFuture.runAsync(
                        () -> {
                            try {
                                http.get(server.url("/slow"), Map.of());
                            } catch (FetchException e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        pool));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.requests("/slow")).hasSize(8);
        assertThat(mostAtOnce.get()).isEqualTo(1);
    }

    @Test
    void aGzipBombIsCutAtTheCapWithBoundedHeap() {
        byte[] bomb = FixtureServer.gzip(new byte[64 * 1024 * 1024]); // ~64 KB on the wire, 64 MiB inflated
        server.on("/bomb", body(200, bomb, "Content-Type", "application/rss+xml", "Content-Encoding", "gzip"));
        PoliteHttpClient http = TestHttp.client();
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = mem.getHeapMemoryUsage().getUsed();
        long start = System.nanoTime();
        FetchException e = failure(() -> http.get(server.url("/bomb"), Map.of()));
        long took = System.nanoTime() - start;
        long grew = mem.getHeapMemoryUsage().getUsed() - before;
        assertThat(e.failure()).isEqualTo(Failure.TOO_LARGE);
        assertThat(e.getMessage()).contains("after decompression");
        assertThat(Duration.ofNanos(took)).isLessThan(Duration.ofSeconds(1));
        assertThat(grew).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void a50MegabyteResponseIsCutWithAndWithoutContentLength() {
        server.on("/chunked", FixtureServer.stream("application/rss+xml", 50L * 1024 * 1024, (byte) 'a'));
        server.on("/sized", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, 50L * 1024 * 1024);
            ex.getResponseBody().close();
        });
        PoliteHttpClient http = TestHttp.client();
        assertThat(failure(() -> http.get(server.url("/chunked"), Map.of())).failure())
                .isEqualTo(Failure.TOO_LARGE);
        assertThat(failure(() -> http.get(server.url("/sized"), Map.of())).failure())
                .isEqualTo(Failure.TOO_LARGE);
    }

    @Test
    void aStalledBodyTimesOut() {
        server.on("/stall", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 100);
            ex.getResponseBody().write("partial".getBytes(StandardCharsets.UTF_8));
            ex.getResponseBody().flush();
            try {
                Thread.sleep(3000); // the server stalls mid-body
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        PoliteHttpClient http = TestHttp.client(
                TestHttp.policy().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(1)),
                java.time.Clock.systemUTC(),
                Sleeper.REAL);
        long start = System.nanoTime();
        assertThat(failure(() -> http.get(server.url("/stall"), Map.of())).failure())
                .isEqualTo(Failure.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void redirectsAreFollowedAndAPermanentMoveIsReported() throws Exception {
        server.on("/old", status(301, "Location", "/new")).on("/new", ok("text/plain", "here".getBytes()));
        HttpResponse r = client(TestHttp.policy()).get(server.url("/old"), Map.of());
        assertThat(r.bodyUtf8()).isEqualTo("here");
        assertThat(r.movedTo()).isEqualTo(server.url("/new"));
        assertThat(r.requests()).isEqualTo(2);
    }

    @Test
    void redirectsAreLimited() {
        server.on("/loop", status(302, "Location", "/loop"));
        FetchException e = failure(() -> client(TestHttp.policy()).get(server.url("/loop"), Map.of()));
        assertThat(e.getMessage()).contains("more than 5 redirects");
        assertThat(server.requests("/loop")).hasSize(6);
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedAtEveryHop() {
        List<String> targets = List.of(
                "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.1/",
                "http://[::1]:80/",
                "http://192.168.1.1/",
                "http://172.16.0.1/",
                "http://0.0.0.0/",
                "http://[fd00::1]/",
                "http://[::ffff:10.0.0.1]/",
                "http://127.1/",
                "http://localhost:" + server.url("").split(":")[2]);
        PoliteHttpClient http = client(TestHttp.policy());
        for (String target : targets) {
            server.on("/go", status(302, "Location", target));
            FetchException e = failure(() -> http.get(server.url("/go"), Map.of()));
            assertThat(e.failure()).as(target).isEqualTo(Failure.REFUSED_ADDRESS);
        }
        // "localhost" resolves to the very server that is allowed by address literal, and is still refused
        assertThat(server.requests())
                .allSatisfy(s -> assertThat(s.pathAndQuery()).isEqualTo("/go"));
    }

    @Test
    void privateTargetsAreRefusedUnlessAllowed() throws Exception {
        server.on("/x", ok("text/plain", "x".getBytes()));
        PoliteHttpClient strict = client(TestHttp.policy().withPrivateHostsAllowed(java.util.Set.of()));
        assertThat(failure(() -> strict.get(server.url("/x"), Map.of())).failure())
                .isEqualTo(Failure.REFUSED_ADDRESS);
        PoliteHttpClient open = client(
                TestHttp.policy().withPrivateHostsAllowed(java.util.Set.of()).withAllowPrivateAddresses(true));
        assertThat(open.get(server.url("/x"), Map.of()).bodyUtf8()).isEqualTo("x");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aNon2xxIsAFailureThatNamesTheStatus() {
        server.on("/gone", status(410));
        FetchException e = failure(() -> client(TestHttp.policy()).get(server.url("/gone"), Map.of()));
        assertThat(e.status()).isEqualTo(410);
        await().atMost(Duration.ofSeconds(1))
                .until(() -> server.requests("/gone").size() == 1);
    }
}
