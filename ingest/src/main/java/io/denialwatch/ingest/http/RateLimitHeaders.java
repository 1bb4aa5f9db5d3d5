package io.denialwatch.ingest.http;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * Reads the different ways servers say "not before": {@code Retry-After} (delta seconds or an
 * HTTP date, RFC 9110 §10.2.3), Mastodon's {@code X-RateLimit-Reset} (an ISO-8601 instant),
 * Bluesky's {@code RateLimit-Reset} and X's {@code x-rate-limit-reset} (epoch seconds). All become
 * one instant.
 */
public final class RateLimitHeaders {
    /** Below this, a number in a reset header is a delta (IETF draft) rather than epoch seconds. */
    private static final long EPOCH_THRESHOLD = 1_000_000_000L;
    /** Slow down while this many requests remain, rather than wait for the 429. */
    static final long LOW_REMAINING = 1;

    private RateLimitHeaders() {}

    /** {@code Retry-After} as an instant, or {@code null} when absent or unreadable. */
    public static Instant retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            return now.plus(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(v));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A reset header in any of the three shapes, or {@code null}. */
    public static Instant reset(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.chars().allMatch(Character::isDigit)) {
                long n = Long.parseLong(v);
                return n >= EPOCH_THRESHOLD ? Instant.ofEpochSecond(n) : now.plusSeconds(n);
            }
            return Instant.parse(v);
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    /**
     * When the response says to wait: Retry-After first, then a rate-limit reset when the
     * remaining budget is exhausted (or the status is 429, which Mastodon sends without Retry-After).
     */
    public static Instant resumeAt(int status, UnaryOperator<String> header, Instant now) {
        Instant retry = retryAfter(header.apply("Retry-After"), now);
        if (retry != null) {
            return retry;
        }
        for (String family : new String[] {"X-RateLimit-", "RateLimit-", "x-rate-limit-"}) {
            String remaining = header.apply(family + "Remaining");
            Instant reset = reset(header.apply(family + "Reset"), now);
            if (reset == null) {
                continue;
            }
            if (status == 429 || exhausted(remaining)) {
                return reset;
            }
        }
        return null;
    }

    private static boolean exhausted(String remaining) {
        if (remaining == null) {
            return false;
        }
        try {
            return Long.parseLong(remaining.trim()) < LOW_REMAINING;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
