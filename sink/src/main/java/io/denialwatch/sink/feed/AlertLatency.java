package io.denialwatch.sink.feed;

import io.denialwatch.common.model.Alert;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * End-to-end latency of the pipeline as the desk sees it: from the moment the denial's post
 * entered the pipeline ({@code denial.entered_at}, its append time on {@code dw.posts}, to the
 * millisecond) to the moment its alert was written out. A histogram, so a dashboard can take
 * p50/p99 across every sink and over any window.
 *
 * <p>Not from {@code published_at}: a source publishes with second precision and is polled
 * minutes apart, so that would measure the sources, and a replayed archive would pin the top
 * bucket. Replayed posts carry no entry time and are left out. So are alerts created or posts
 * entered before this sink started (on start the sink re-reads the whole compacted topic, and a
 * stream reprocessing old posts is catching up, not answering), and revisions, which measure a
 * late story, not the denial.
 */
public final class AlertLatency {
    private final Timer sinceEntered;
    private final Clock clock;
    private final Instant startedAt;

    public AlertLatency(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.startedAt = clock.instant();
        this.sinceEntered = Timer.builder("dw.sink.alert.latency")
                .description(
                        "time from the denial's post entering dw.posts to its alert written by the sink (live posts only)")
                .tag("since", "entered")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry);
    }

    /** Call once the alert has been written to every output. */
    public void written(Alert alert) {
        if (alert.revision() != 1
                || alert.createdAt() == null
                || alert.createdAt().isBefore(startedAt)
                || alert.denial() == null
                || alert.denial().enteredAt() == null) {
            return;
        }
        Instant entered = alert.denial().enteredAt();
        Instant now = clock.instant();
        if (!entered.isBefore(startedAt) && !entered.isAfter(now)) {
            sinceEntered.record(Duration.between(entered, now));
        }
    }
}
