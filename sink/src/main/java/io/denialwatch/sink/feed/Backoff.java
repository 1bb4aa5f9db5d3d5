package io.denialwatch.sink.feed;

import java.time.Duration;

/** Waits that double after each failure up to a ceiling, and start over after a success. */
public final class Backoff {
    private final Duration initial;
    private final Duration max;
    private Duration next;

    public Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** The wait before the next attempt; each call doubles the one after. */
    public synchronized Duration next() {
        Duration d = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return d;
    }

    public synchronized void reset() {
        next = initial;
    }
}
