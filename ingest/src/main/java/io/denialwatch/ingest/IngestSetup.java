package io.denialwatch.ingest;

import io.denialwatch.ingest.http.PoliteHttpClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;

/** Builds the poller over every connector, for the worker and the one-shot fetch alike. */
public final class IngestSetup {
    private IngestSetup() {}

    public static SourcePoller poller(PoliteHttpClient http, MeterRegistry registry, Clock clock) {
        return new SourcePoller(
                new Connectors(http, clock, Connectors.xTokenFromEnvironment()),
                new IngestMetrics(registry, clock),
                clock);
    }
}
