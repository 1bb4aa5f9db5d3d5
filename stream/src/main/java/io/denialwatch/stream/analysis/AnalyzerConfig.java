package io.denialwatch.stream.analysis;

import java.nio.file.Path;

/**
 * Settings of {@link MultilingualAnalyzer}.
 *
 * @param threshold    denial score at or above which a post is a denial (default 0.5)
 * @param extraLexicon a desk's own lexicon file merged into the bundled ones, or null
 * @param maxChars     only this many chars of a post are analysed (default 20,000): a denial
 *                     says what it denies early, and the cap keeps hostile posts in bounded time
 */
public record AnalyzerConfig(double threshold, Path extraLexicon, int maxChars) {

    /** The calibrated model's threshold (detector-model.json). */
    public static final double DEFAULT_THRESHOLD = DetectorModel.bundled().threshold();

    public static final int DEFAULT_MAX_CHARS = 20_000;

    public AnalyzerConfig {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in [0,1], was " + threshold);
        }
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
        }
    }

    public static AnalyzerConfig defaults() {
        return new AnalyzerConfig(DEFAULT_THRESHOLD, null, DEFAULT_MAX_CHARS);
    }

    public AnalyzerConfig withThreshold(double t) {
        return new AnalyzerConfig(t, extraLexicon, maxChars);
    }
}
