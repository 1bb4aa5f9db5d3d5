package io.denialwatch.ingest.connectors;

import io.denialwatch.ingest.http.PoliteHttpClient;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.SourceDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Polls one source once through its connector and accounts for it in the metrics. */
public final class SourcePoller implements Poller {
    private final Connectors connectors;
    private final IngestMetrics metrics;
    private final Clock clock;

    public SourcePoller(Connectors connectors, IngestMetrics metrics, Clock clock) {
        this.connectors = connectors;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Over every connector, for the worker and the one-shot fetch alike. */
    public static SourcePoller overAllConnectors(PoliteHttpClient http, MeterRegistry registry, Clock clock) {
        return new SourcePoller(
                new Connectors(http, clock, Connectors.xTokenFromEnvironment()),
                new IngestMetrics(registry, clock),
                clock);
    }

    @Override
    public FetchResult poll(SourceDefinition source, Cursor cursor) throws FetchException {
        Instant start = clock.instant();
        try {
            FetchResult result =
                    connectors.forKind(source.kind()).fetch(source, cursor == null ? Cursor.EMPTY : cursor);
            metrics.fetched(source, result, Duration.between(start, clock.instant()));
            return result;
        } catch (FetchException e) {
            metrics.failed(source, e, Duration.between(start, clock.instant()));
            throw e;
        } catch (RuntimeException e) {
            // a connector bug on odd input must not stop a worker: report it like bad content
            FetchException wrapped = new FetchException(
                    FetchException.Failure.PARSE,
                    "unexpected " + e.getClass().getSimpleName() + " while reading " + source.id() + ": "
                            + e.getMessage(),
                    e);
            metrics.failed(source, wrapped, Duration.between(start, clock.instant()));
            throw wrapped;
        }
    }
}
