package io.denialwatch.sink;

import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Post;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * End-to-end latency of the pipeline as the desk sees it: from the denial's {@code published_at}
 * and from its {@code fetched_at} to the moment its alert was written out. Histograms, so a
 * dashboard can take p50/p99 across every sink and over any window.
 *
 * <p>Only first revisions created since this sink started count: on start the sink re-reads the
 * whole compacted topic, and those old alerts would report the sink's downtime, not the pipeline's
 * speed. Revisions measure a late story, not the denial, so they are left out too.
 */
public final class AlertLatency {
    private final Timer sincePublished;
    private final Timer sinceFetched;
    private final Clock clock;
    private final Instant startedAt;

    public AlertLatency(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.startedAt = clock.instant();
        this.sincePublished = timer(registry, "published_at");
        this.sinceFetched = timer(registry, "fetched_at");
    }

    private static Timer timer(MeterRegistry registry, String since) {
        return Timer.builder("dw.sink.alert.latency")
                .description("time from the denial's " + since + " to its alert written by the sink")
                .tag("since", since)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofDays(2))
                .register(registry);
    }

    /** Call once the alert has been written to every output. */
    public void written(Alert alert) {
        if (alert.revision() != 1 || alert.createdAt() == null || alert.createdAt().isBefore(startedAt)
                || alert.denial() == null || alert.denial().post() == null) {
            return;
        }
        Instant now = clock.instant();
        Post post = alert.denial().post();
        record(sincePublished, post.publishedAt(), now);
        record(sinceFetched, post.fetchedAt(), now);
    }

    private static void record(Timer timer, Instant from, Instant now) {
        if (from != null && !from.isAfter(now)) {
            timer.record(Duration.between(from, now));
        }
    }
}
