package io.denialwatch.sink.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value computed at most once per period, by one caller while the others wait for it: for what
 * every page load asks and what barely changes between two of them (the persons and their counts,
 * a scan of the whole store).
 */
final class Recent<T> {
    private final Supplier<T> compute;
    private final Duration period;
    private final Clock clock;
    private T value;
    private Instant staleAt = Instant.MIN;

    Recent(Supplier<T> compute, Duration period, Clock clock) {
        this.compute = compute;
        this.period = period;
        this.clock = clock;
    }

    synchronized T get() {
        Instant now = clock.instant();
        if (value == null || !now.isBefore(staleAt)) {
            value = compute.get();
            staleAt = now.plus(period);
        }
        return value;
    }
}
