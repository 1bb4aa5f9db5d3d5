package io.denialwatch.stream.pipeline;

import io.denialwatch.common.config.Settings;
import java.time.Duration;

/**
 * What the topology needs from configuration, read once; the values were checked when the
 * configuration was loaded.
 *
 * @param lookback     how far before a denial a story may have been published
 * @param grace        how long after a denial a late-arriving story may still revise its alert
 * @param maxStories   stories kept per person (the most recent)
 * @param topK         ranked stories per alert
 * @param futureSkew   how far in the future {@code published_at} may be before {@code fetched_at} is used
 * @param foldReported how long after a first-hand denial a news report of the same denial is
 *                     folded into its alert instead of raising a new one
 * @param reportHold   how long (wall clock) a news report of a denial waits for the first-hand
 *                     denial before it becomes an alert of its own
 */
public record StreamSettings(
        Duration lookback,
        Duration grace,
        int maxStories,
        int topK,
        Duration futureSkew,
        Duration foldReported,
        Duration reportHold) {

    public static StreamSettings defaults() {
        return from(Settings.defaults());
    }

    public static StreamSettings from(Settings s) {
        return new StreamSettings(
                s.get(Settings.STREAM_LOOKBACK),
                s.get(Settings.STREAM_GRACE),
                s.get(Settings.STREAM_MAX_STORIES),
                s.get(Settings.STREAM_TOP_K),
                s.get(Settings.STREAM_FUTURE_SKEW),
                s.get(Settings.STREAM_FOLD_REPORTED),
                s.get(Settings.STREAM_REPORT_HOLD));
    }
}
