package io.denialwatch.ingest.http;

import java.time.Duration;

/** Waits; injected so that tests of Retry-After and back-off advance a clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(Math.max(0, d.toMillis()));

    void sleep(Duration duration) throws InterruptedException;
}
