package io.denialwatch.ingest.connectors;

import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.ItemRejection;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.text.FeedEncoding;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ingest meters: fetches by source and outcome, items, bytes, latency, 304s, and per-source
 * freshness (seconds since the newest item) so a dashboard shows a source going quiet. Host-level
 * meters (rate-limited waits, breaker state) live in the HTTP client.
 */
public final class IngestMetrics {
    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, Instant> newestBySource = new ConcurrentHashMap<>();

    public IngestMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public void fetched(SourceDefinition source, FetchResult result, Duration took) {
        outcome(source, result.notModified() ? "not_modified" : "ok", took);
        if (result.notModified()) {
            Counter.builder("dw.ingest.not.modified")
                    .description("fetches answered 304 Not Modified")
                    .tag("source", source.id())
                    .register(registry)
                    .increment();
        }
        Counter.builder("dw.ingest.items")
                .description("new posts fetched")
                .tag("source", source.id())
                .tag("kind", source.kind().id())
                .register(registry)
                .increment(result.posts().size());
        Counter.builder("dw.ingest.bytes")
                .description("response bytes read, after decompression")
                .baseUnit("bytes")
                .tag("source", source.id())
                .register(registry)
                .increment(result.bytes());
        newest(source, result.cursor().newestItemAt());
        rejected(source, result.rejected());
    }

    /**
     * Items refused one by one, by reason, and the runs of U+FFFD among them: a feed whose bytes
     * are read in the wrong encoding shows here rather than as garbled posts.
     */
    private void rejected(SourceDefinition source, List<ItemRejection> rejections) {
        for (ItemRejection r : rejections) {
            Counter.builder("dw.ingest.items.rejected")
                    .description("items read but refused (dead-lettered)")
                    .tag("source", source.id())
                    .tag("reason", r.reason())
                    .register(registry)
                    .increment();
            int runs = FeedEncoding.replacementRuns(r.payload());
            if (runs > 0) {
                Counter.builder("dw.ingest.replacement.runs")
                        .description("runs of U+FFFD in items: bytes not readable in the feed's encoding")
                        .tag("source", source.id())
                        .register(registry)
                        .increment(runs);
            }
        }
    }

    public void failed(SourceDefinition source, FetchException e, Duration took) {
        outcome(source, e.failure().tag(), took);
    }

    /** Registers the freshness gauge of a source once, and moves its newest-item time forward. */
    public void newest(SourceDefinition source, Instant newestItemAt) {
        if (newestItemAt == null) {
            return;
        }
        if (newestBySource.put(source.id(), newestItemAt) == null) {
            Gauge.builder(
                            "dw.ingest.freshness.seconds",
                            newestBySource,
                            m -> m.containsKey(source.id())
                                    ? Duration.between(m.get(source.id()), clock.instant())
                                            .toSeconds()
                                    : Double.NaN)
                    .description("seconds since the newest item of the source")
                    .tag("source", source.id())
                    .baseUnit("seconds")
                    .register(registry);
        }
        newestBySource.merge(source.id(), newestItemAt, (a, b) -> a.isAfter(b) ? a : b);
    }

    private void outcome(SourceDefinition source, String outcome, Duration took) {
        Counter.builder("dw.ingest.fetches")
                .description("fetches by source and outcome")
                .tag("source", source.id())
                .tag("outcome", outcome)
                .register(registry)
                .increment();
        Timer.builder("dw.ingest.fetch.latency")
                .description("time of one poll of one source, all pages")
                .tag("source", source.id())
                .register(registry)
                .record(took);
    }
}
