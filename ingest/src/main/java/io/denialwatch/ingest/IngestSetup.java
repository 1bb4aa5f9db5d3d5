package io.denialwatch.ingest;

import io.denialwatch.common.config.Settings;
import io.denialwatch.ingest.http.HttpPolicy;
import io.denialwatch.ingest.http.PoliteHttpClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;

/** Builds the HTTP policy and the poller from configuration, for the worker and the commands alike. */
public final class IngestSetup {
    private IngestSetup() {}

    public static HttpPolicy policy(Settings settings) {
        Duration timeout = settings.getDuration(Settings.INGEST_TIMEOUT);
        return HttpPolicy.defaults()
                .withMinInterval(settings.getDuration(Settings.INGEST_MIN_INTERVAL))
                .withMaxBodyBytes(
                        Long.parseLong(settings.get(Settings.INGEST_MAX_BODY).trim()))
                .withTimeouts(
                        HttpPolicy.defaults().connectTimeout(),
                        HttpPolicy.defaults().readTimeout(),
                        timeout)
                .withBackoff(settings.getDuration(Settings.INGEST_BACKOFF), Duration.ofHours(1))
                .withAllowPrivateAddresses(Boolean.parseBoolean(
                        settings.get(Settings.INGEST_ALLOW_PRIVATE).trim()));
    }

    public static SourcePoller poller(PoliteHttpClient http, MeterRegistry registry, Clock clock) {
        return new SourcePoller(
                new Connectors(http, clock, Connectors.xTokenFromEnvironment()),
                new IngestMetrics(registry, clock),
                clock);
    }
}
