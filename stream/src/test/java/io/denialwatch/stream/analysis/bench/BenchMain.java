package io.denialwatch.stream.analysis.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs an analysis benchmark on one thread: {@code AnalyzerBenchmark}, or the one named as the
 * argument ({@code -Dbench.include=WatchListScaleBenchmark}); see BENCHMARKS.md for the command.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(args.length > 0 ? args[0] : AnalyzerBenchmark.class.getSimpleName())
                        .threads(1)
                        .build())
                .run();
    }
}
