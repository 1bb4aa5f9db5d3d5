package io.denialwatch.ingest.http;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.random.RandomGenerator;

/**
 * What one host has told us: when it may be asked again (rate limit, back-off, minimum gap) and
 * whether its circuit breaker is open. One request at a time per host: callers hold {@link #gate}
 * around each request, so the fields are only written under it.
 */
final class HostState {
    enum Breaker {
        CLOSED,
        HALF_OPEN,
        OPEN
    }

    final Semaphore gate = new Semaphore(1, true);
    private volatile Breaker breaker = Breaker.CLOSED;
    private Instant openUntil = Instant.MIN;
    private Instant notBefore = Instant.MIN;
    private Instant lastRequest = Instant.MIN;
    private int consecutiveFailures;

    Breaker breaker() {
        return breaker;
    }

    /** Whether a request may go out now; moves an expired open breaker to half-open (one probe). */
    boolean breakerAllows(Instant now) {
        if (breaker == Breaker.OPEN) {
            if (now.isBefore(openUntil)) {
                return false;
            }
            breaker = Breaker.HALF_OPEN;
        }
        return true;
    }

    Instant openUntil() {
        return openUntil;
    }

    /** Earliest instant the next request may start. */
    Instant earliestStart(Duration minInterval) {
        Instant gap = lastRequest.equals(Instant.MIN) ? Instant.MIN : lastRequest.plus(minInterval);
        return gap.isAfter(notBefore) ? gap : notBefore;
    }

    void started(Instant now) {
        lastRequest = now;
    }

    void notBefore(Instant at) {
        if (at != null && at.isAfter(notBefore)) {
            notBefore = at;
        }
    }

    void succeeded() {
        consecutiveFailures = 0;
        breaker = Breaker.CLOSED;
    }

    /** Records a failure: exponential back-off with jitter, and the breaker opens past the threshold. */
    Instant failed(Instant now, HttpPolicy policy, RandomGenerator random) {
        consecutiveFailures++;
        long base = policy.backoffBase().toMillis();
        long max = policy.backoffMax().toMillis();
        long exp = base << Math.min(consecutiveFailures - 1, 20);
        long ceiling = Math.max(0, Math.min(max, exp < 0 ? max : exp));
        // "equal jitter": at least half the step, so a retry storm cannot collapse to zero waits
        long wait = ceiling / 2 + (ceiling / 2 > 0 ? random.nextLong(ceiling / 2 + 1) : 0);
        Instant resume = now.plusMillis(wait);
        notBefore(resume);
        if (breaker == Breaker.HALF_OPEN || consecutiveFailures >= policy.breakerThreshold()) {
            breaker = Breaker.OPEN;
            openUntil = now.plus(policy.breakerOpenFor());
            notBefore(openUntil);
        }
        return notBefore;
    }
}
