package io.denialwatch.ingest.worker;

import java.time.Instant;

/**
 * How a source is doing, as {@code sources list} shows it. Published to the compacted
 * {@code dw.ingest.health} topic by the worker that owns the source.
 *
 * @param lastSuccessAt     last poll that worked (200 or 304)
 * @param lastErrorAt       last poll that failed, if any
 * @param lastError         its reason
 * @param itemsLastFetch    new posts in the last successful poll
 * @param newestItemAt      publication time of the newest post ever seen
 * @param worker            which worker polled it last
 */
public record SourceHealth(
        String source,
        Instant lastSuccessAt,
        Instant lastErrorAt,
        String lastError,
        int itemsLastFetch,
        Instant newestItemAt,
        String worker) {

    public static SourceHealth none(String source) {
        return new SourceHealth(source, null, null, null, 0, null, null);
    }

    public SourceHealth succeeded(Instant at, int items, Instant newest, String by) {
        return new SourceHealth(source, at, lastErrorAt, lastError, items, newest != null ? newest : newestItemAt, by);
    }

    public SourceHealth failed(Instant at, String error, String by) {
        return new SourceHealth(source, lastSuccessAt, at, error, itemsLastFetch, newestItemAt, by);
    }

    /** Seconds since the newest item, or -1 when none was ever seen. */
    public long secondsSinceNewest(Instant now) {
        return newestItemAt == null ? -1 : Math.max(0, now.getEpochSecond() - newestItemAt.getEpochSecond());
    }
}
