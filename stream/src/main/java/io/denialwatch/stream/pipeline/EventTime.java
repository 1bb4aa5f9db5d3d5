package io.denialwatch.stream.pipeline;

import io.denialwatch.common.model.Post;
import java.time.Duration;
import java.time.Instant;

/**
 * The time a post counts at: when it was published, unless that is missing or implausibly in
 * the future, in which case the time it was fetched (and the alert says so).
 */
public record EventTime(Instant at, boolean fromFetchedAt) {

    public static final String FLAG = "timestamp_from_fetched_at";

    public static EventTime of(Post post, Duration futureSkew, Instant now) {
        Instant published = post.publishedAt();
        Instant reference = post.fetchedAt() != null ? post.fetchedAt() : now;
        if (published != null && !published.isAfter(reference.plus(futureSkew))) {
            // Kafka refuses a negative record timestamp, and an archive may hold a text from before
            // 1970: it counts at the epoch, older than any look-back reaches, instead of failing the task
            return new EventTime(published.isBefore(Instant.EPOCH) ? Instant.EPOCH : published, false);
        }
        Instant fallback = post.fetchedAt() != null ? post.fetchedAt() : now;
        return new EventTime(fallback, true);
    }
}
