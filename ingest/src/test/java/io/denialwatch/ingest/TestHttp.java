package io.denialwatch.ingest;

import io.denialwatch.ingest.connectors.Connectors;
import io.denialwatch.ingest.http.HttpPolicy;
import io.denialwatch.ingest.http.PoliteHttpClient;
import io.denialwatch.ingest.http.Sleeper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.SplittableRandom;
import okhttp3.Dns;

/** HTTP clients for tests: the loopback fixture server is the only private host allowed. */
public final class TestHttp {
    private TestHttp() {}

    public static HttpPolicy policy() {
        return HttpPolicy.defaults()
                .withPrivateHostsAllowed(Set.of("127.0.0.1"))
                .withMinInterval(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    public static PoliteHttpClient client(HttpPolicy policy, Clock clock, Sleeper sleeper) {
        return new PoliteHttpClient(
                policy, new SimpleMeterRegistry(), clock, sleeper, new SplittableRandom(42), Dns.SYSTEM);
    }

    public static PoliteHttpClient client() {
        return client(policy(), Clock.systemUTC(), Sleeper.REAL);
    }

    public static Connectors connectors(PoliteHttpClient http, Clock clock) {
        return new Connectors(http, clock, () -> "test-token");
    }
}
