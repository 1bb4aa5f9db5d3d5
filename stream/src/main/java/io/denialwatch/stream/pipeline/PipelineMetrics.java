package io.denialwatch.stream.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The stream's own counters, beside the Kafka Streams metrics that are bound separately. */
public final class PipelineMetrics {
    public final Counter postsIn;
    public final Counter duplicates;
    public final Counter deadLetters;
    public final Counter denials;
    public final Counter alerts;
    public final Counter revisions;
    public final Counter foldedReports;

    public PipelineMetrics(MeterRegistry registry) {
        postsIn = Counter.builder("dw_stream_posts")
                .description("posts read from dw.posts")
                .register(registry);
        duplicates = Counter.builder("dw_stream_duplicates")
                .description("re-delivered posts dropped, among those that concern a watched person")
                .register(registry);
        deadLetters = Counter.builder("dw_stream_deadletters")
                .description("records sent to the dead-letter topic")
                .register(registry);
        denials = Counter.builder("dw_stream_denials")
                .description("(denial, person) pairs seen")
                .register(registry);
        alerts = Counter.builder("dw_stream_alerts")
                .description("new alerts emitted")
                .register(registry);
        revisions = Counter.builder("dw_stream_alert_revisions")
                .description("alerts revised by a late story")
                .register(registry);
        foldedReports = Counter.builder("dw_stream_folded_reports")
                .description("news reports of a denial already alerted first-hand")
                .register(registry);
    }

    public static PipelineMetrics noop() {
        return new PipelineMetrics(new SimpleMeterRegistry());
    }
}
