package io.denialwatch.ingest.connectors;

import static io.denialwatch.ingest.FixtureServer.ok;
import static io.denialwatch.ingest.FixtureServer.withEtag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.denialwatch.ingest.FixtureServer;
import io.denialwatch.ingest.Fixtures;
import io.denialwatch.ingest.ManualClock;
import io.denialwatch.ingest.TestHttp;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.model.SourceKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IngestMetricsTest {
    @Test
    void fetchesItemsBytes304sFreshnessAndFailuresAreCounted() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2025-11-15T08:00:00Z"));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (FixtureServer server = new FixtureServer()) {
            server.on(
                            "/ar",
                            withEtag("application/rss+xml", Fixtures.bytes("synthetic/arabic-outlet.rss.xml"), "\"e\""))
                    .on("/bad", ok("application/rss+xml", "<rss><channel>".getBytes()));
            SourcePoller poller = new SourcePoller(
                    TestHttp.connectors(TestHttp.client(TestHttp.policy(), clock, clock.sleeper()), clock),
                    new IngestMetrics(registry, clock),
                    clock);
            SourceDefinition ar =
                    new SourceDefinition("ar", SourceKind.RSS, server.url("/ar"), null, null, null, null, true);
            FetchResult first = poller.poll(ar, Cursor.EMPTY);
            poller.poll(ar, first.cursor());
            clock.advance(Duration.ofHours(1));
            SourceDefinition bad =
                    new SourceDefinition("bad", SourceKind.RSS, server.url("/bad"), null, null, null, null, true);
            assertThatThrownBy(() -> poller.poll(bad, Cursor.EMPTY)).isInstanceOf(FetchException.class);
        }
        assertThat(registry.get("dw.ingest.fetches")
                        .tags("source", "ar", "outcome", "ok")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("dw.ingest.fetches")
                        .tags("source", "ar", "outcome", "not_modified")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("dw.ingest.not.modified")
                        .tags("source", "ar")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("dw.ingest.items")
                        .tags("source", "ar")
                        .counter()
                        .count())
                .isEqualTo(2);
        assertThat(registry.get("dw.ingest.bytes")
                        .tags("source", "ar")
                        .counter()
                        .count())
                .isGreaterThan(1000);
        assertThat(registry.get("dw.ingest.fetch.latency")
                        .tags("source", "ar")
                        .timer()
                        .count())
                .isEqualTo(2);
        assertThat(registry.get("dw.ingest.fetches")
                        .tags("source", "bad", "outcome", "parse")
                        .counter()
                        .count())
                .isEqualTo(1);
        // newest item 2025-11-15T06:30Z, clock now 09:00Z
        assertThat(registry.get("dw.ingest.freshness.seconds")
                        .tags("source", "ar")
                        .gauge()
                        .value())
                .isEqualTo(Duration.ofMinutes(150).toSeconds());
    }
}
