package io.denialwatch.ingest.http;

import io.denialwatch.common.LogSafe;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchException.Failure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The one way ingest talks HTTP. Per host: one request at a time, a minimum gap, the server's
 * Retry-After and rate-limit headers, exponential back-off with jitter after errors, and a circuit
 * breaker. Per request: connect, read and whole-call timeouts, a cap on the decompressed body, and
 * redirects followed by hand so every hop passes the SSRF guard again.
 *
 * <p>A host that must not be asked for longer than {@link HttpPolicy#maxInlineWait()} makes the call
 * fail at once with {@link Failure#BACKED_OFF} and its retry time, so one slow host never holds a
 * worker thread.
 */
public final class PoliteHttpClient {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Set<Integer> RETRYABLE = Set.of(408, 500, 502, 503, 504);

    private final OkHttpClient http;
    private final HttpPolicy policy;
    private final AddressGuard guard;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final MeterRegistry registry;
    private final Map<String, HostState> hosts = new ConcurrentHashMap<>();

    public PoliteHttpClient(HttpPolicy policy, MeterRegistry registry) {
        this(policy, registry, Clock.systemUTC(), Sleeper.REAL, RandomGenerator.getDefault(), Dns.SYSTEM);
    }

    public PoliteHttpClient(
            HttpPolicy policy, MeterRegistry registry, Clock clock, Sleeper sleeper, RandomGenerator random, Dns dns) {
        this.policy = policy;
        this.registry = registry;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
        this.guard = new AddressGuard(policy.allowPrivateAddresses(), policy.privateHostsAllowed());
        this.http = new OkHttpClient.Builder()
                .connectTimeout(policy.connectTimeout())
                .readTimeout(policy.readTimeout())
                .callTimeout(policy.callTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .dns(new GuardedDns(guard, dns))
                .build();
    }

    public HttpPolicy policy() {
        return policy;
    }

    /** GET with the given extra headers (validators, authorisation); follows redirects itself. */
    public HttpResponse get(String url, Map<String, String> headers) throws FetchException {
        HttpUrl current = HttpUrl.parse(url);
        if (current == null) {
            throw new FetchException(Failure.INVALID_SOURCE, "not an http(s) URL: " + LogSafe.of(url));
        }
        String movedTo = null;
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            Response response = null;
            try {
                response = execute(current, headers);
                int status = response.code();
                if (REDIRECTS.contains(status)) {
                    HttpUrl next = redirectTarget(current, response);
                    if ((status == 301 || status == 308) && hop == 0) {
                        movedTo = next.toString();
                    }
                    current = next;
                    continue;
                }
                byte[] body = status == 304 ? new byte[0] : readCapped(response.body(), current);
                return new HttpResponse(status, response.headers(), body, current.toString(), movedTo, hop + 1);
            } finally {
                if (response != null) {
                    response.close();
                }
            }
        }
        throw new FetchException(
                Failure.HTTP_STATUS, "more than " + policy.maxRedirects() + " redirects from " + LogSafe.of(url));
    }

    private HttpUrl redirectTarget(HttpUrl from, Response response) throws FetchException {
        String location = response.header("Location");
        HttpUrl next = location == null ? null : from.resolve(location);
        if (next == null) {
            throw new FetchException(
                    Failure.HTTP_STATUS,
                    "redirect " + response.code() + " without a usable Location",
                    response.code(),
                    null,
                    null);
        }
        if (from.isHttps() && !next.isHttps()) {
            throw new FetchException(
                    Failure.REFUSED_ADDRESS, "refused a redirect from https to http: " + LogSafe.of(next));
        }
        return next;
    }

    /** One request to one host, under that host's gate; the response is returned open. */
    private Response execute(HttpUrl url, Map<String, String> headers) throws FetchException {
        try {
            guard.checkLiteralHost(url.host());
        } catch (RefusedAddressException e) {
            throw new FetchException(Failure.REFUSED_ADDRESS, e.getMessage(), e);
        }
        String hostKey = url.host() + ":" + url.port();
        HostState host = hosts.computeIfAbsent(hostKey, k -> register(k, new HostState()));
        try {
            host.gate.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(Failure.NETWORK, "interrupted", e);
        }
        try {
            awaitTurn(hostKey, host);
            Request.Builder rb = new Request.Builder().url(url).header("User-Agent", policy.userAgent());
            headers.forEach(rb::header);
            host.started(clock.instant());
            Response response;
            try {
                response = http.newCall(rb.build()).execute();
            } catch (IOException e) {
                throw transportFailure(hostKey, host, e);
            }
            try {
                return judge(hostKey, host, response);
            } catch (FetchException e) {
                response.close();
                throw e;
            }
        } finally {
            host.gate.release();
        }
    }

    /** Waits for the host's minimum gap or back-off when short; fails fast when long. */
    private void awaitTurn(String hostKey, HostState host) throws FetchException {
        Instant now = clock.instant();
        if (!host.breakerAllows(now)) {
            throw new FetchException(
                    Failure.BREAKER_OPEN,
                    "circuit open for " + hostKey + " until " + host.openUntil(),
                    0,
                    host.openUntil(),
                    null);
        }
        Instant start = host.earliestStart(policy.minInterval());
        Duration wait = Duration.between(now, start);
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        if (wait.compareTo(policy.maxInlineWait()) > 0) {
            rateLimitedWaits(hostKey).increment();
            throw new FetchException(Failure.BACKED_OFF, hostKey + " asked us to wait until " + start, 0, start, null);
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(Failure.NETWORK, "interrupted", e);
        }
    }

    private Response judge(String hostKey, HostState host, Response response) throws FetchException {
        int status = response.code();
        Instant now = clock.instant();
        Instant resume = RateLimitHeaders.resumeAt(status, response::header, now);
        if (status == 429 || (status == 503 && resume != null)) {
            if (resume == null) {
                resume = host.failed(now, policy, random);
            } else {
                host.notBefore(resume);
            }
            rateLimitedWaits(hostKey).increment();
            throw new FetchException(
                    Failure.RATE_LIMITED,
                    hostKey + " answered " + status + "; retry after " + resume,
                    status,
                    resume,
                    null);
        }
        if (RETRYABLE.contains(status)) {
            Instant retry = host.failed(now, policy, random);
            throw new FetchException(Failure.HTTP_STATUS, hostKey + " answered " + status, status, retry, null);
        }
        // a 2xx that says the budget is spent: honour the reset before the next request
        host.notBefore(resume);
        if (status >= 400) {
            host.succeeded(); // the host works; this resource does not
            throw new FetchException(
                    Failure.HTTP_STATUS,
                    "HTTP " + status + " from " + LogSafe.of(response.request().url()),
                    status,
                    null,
                    null);
        }
        host.succeeded();
        return response;
    }

    private FetchException transportFailure(String hostKey, HostState host, IOException e) {
        Throwable refused = e;
        while (refused != null && !(refused instanceof RefusedAddressException)) {
            refused = refused.getCause();
        }
        if (refused != null) {
            return new FetchException(Failure.REFUSED_ADDRESS, refused.getMessage(), e);
        }
        Instant retry = host.failed(clock.instant(), policy, random);
        Failure f = e instanceof InterruptedIOException ? Failure.TIMEOUT : Failure.NETWORK;
        return new FetchException(f, hostKey + ": " + LogSafe.of(e.toString()), 0, retry, e);
    }

    /** Reads at most the cap of decompressed bytes; never buffers more than the cap. */
    private byte[] readCapped(ResponseBody body, HttpUrl url) throws FetchException {
        long cap = policy.maxBodyBytes();
        if (body == null) {
            return new byte[0];
        }
        // a declared length over the cap fails before reading (OkHttp drops it when it decodes gzip)
        if (body.contentLength() > cap) {
            throw tooLarge(url, cap);
        }
        Buffer buffer = new Buffer();
        try {
            BufferedSource source = body.source();
            long total = 0;
            long n;
            while ((n = source.read(buffer, 64 * 1024)) != -1) {
                total += n;
                if (total > cap) {
                    throw tooLarge(url, cap);
                }
            }
            return buffer.readByteArray();
        } catch (InterruptedIOException e) {
            throw new FetchException(Failure.TIMEOUT, "timed out reading " + LogSafe.of(url), e);
        } catch (IOException e) {
            throw new FetchException(Failure.NETWORK, "failed reading " + LogSafe.of(url) + ": " + LogSafe.of(e), e);
        } finally {
            buffer.clear();
        }
    }

    private static FetchException tooLarge(HttpUrl url, long cap) {
        return new FetchException(
                Failure.TOO_LARGE,
                "response from " + LogSafe.of(url) + " exceeds " + cap + " bytes after decompression; cut");
    }

    private HostState register(String hostKey, HostState state) {
        Gauge.builder("dw.ingest.breaker.state", state, s -> s.breaker().ordinal())
                .description("circuit breaker per host: 0 closed, 1 half-open, 2 open")
                .tag("host", hostKey)
                .register(registry);
        return state;
    }

    private Counter rateLimitedWaits(String hostKey) {
        return Counter.builder("dw.ingest.rate.limited")
                .description("requests held back by a host's limits")
                .tag("host", hostKey)
                .register(registry);
    }

    /**
     * Opens a WebSocket ({@code ws://} or {@code wss://}) through the same guard: the host's literal
     * address and resolved names are checked like any request, and an open breaker or back-off
     * refuses the connection.
     */
    public WebSocket openWebSocket(String url, WebSocketListener listener) throws FetchException {
        HttpUrl target = HttpUrl.parse(url.replaceFirst("^(?i)ws", "http"));
        if (target == null) {
            throw new FetchException(Failure.INVALID_SOURCE, "not a ws(s) URL: " + LogSafe.of(url));
        }
        try {
            guard.checkLiteralHost(target.host());
        } catch (RefusedAddressException e) {
            throw new FetchException(Failure.REFUSED_ADDRESS, e.getMessage(), e);
        }
        String hostKey = target.host() + ":" + target.port();
        HostState host = hosts.computeIfAbsent(hostKey, k -> register(k, new HostState()));
        Instant now = clock.instant();
        if (!host.breakerAllows(now) || host.earliestStart(Duration.ZERO).isAfter(now)) {
            Instant retry = host.earliestStart(Duration.ZERO);
            throw new FetchException(Failure.BACKED_OFF, hostKey + " is held back until " + retry, 0, retry, null);
        }
        return http.newWebSocket(
                new Request.Builder()
                        .url(target)
                        .header("User-Agent", policy.userAgent())
                        .build(),
                listener);
    }

    /** Lets WebSocket users report a failed connection like any other host failure. */
    public Instant hostFailed(String url) {
        HttpUrl u = HttpUrl.parse(url.replaceFirst("^(?i)ws", "http"));
        if (u == null) {
            return clock.instant();
        }
        HostState host = hosts.computeIfAbsent(u.host() + ":" + u.port(), k -> register(k, new HostState()));
        host.gate.acquireUninterruptibly();
        try {
            return host.failed(clock.instant(), policy, random);
        } finally {
            host.gate.release();
        }
    }

    /** Closes idle connections; the client holds no other resources. */
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
