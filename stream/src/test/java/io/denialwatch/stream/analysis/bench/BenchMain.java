package io.denialwatch.stream.analysis.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs the analysis benchmarks on one thread; see BENCHMARKS.md for the command. */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(AnalyzerBenchmark.class.getSimpleName())
                        .threads(1)
                        .build())
                .run();
    }
}
