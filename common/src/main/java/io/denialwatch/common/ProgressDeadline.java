package io.denialwatch.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A wait sized by progress, not by the wall clock alone: it gives up only when nothing has moved
 * for {@code stall}, or at {@code cap} whatever happens. On a machine whose other core is busy a
 * fixed deadline fails a run that is slow but still delivering; this one waits as long as alerts
 * keep arriving, and still fails fast when they stop.
 */
public final class ProgressDeadline {
    private final Clock clock;
    private final Duration stall;
    private final Instant cap;
    private long progress = Long.MIN_VALUE;
    private Instant deadline;

    public ProgressDeadline(Duration stall, Duration cap) {
        this(stall, cap, Clock.systemUTC());
    }

    ProgressDeadline(Duration stall, Duration cap, Clock clock) {
        this.clock = clock;
        this.stall = stall;
        Instant now = clock.instant();
        this.cap = now.plus(cap);
        this.deadline = min(now.plus(stall), this.cap);
    }

    /**
     * Notes how far the awaited work has got (a count that grows as it advances: alerts read, rows
     * stored) and says whether waiting on is still worth it.
     */
    public boolean worthWaiting(long current) {
        Instant now = clock.instant();
        if (current > progress) {
            progress = current;
            deadline = min(now.plus(stall), cap);
        }
        return now.isBefore(deadline);
    }

    /** For the message of a wait that gave up: what it waited for and how long nothing moved. */
    public String why() {
        return clock.instant().isBefore(cap)
                ? "no progress for " + stall.toSeconds() + " s (at " + progress + ")"
                : "still progressing (at " + progress + ") but past the cap";
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
