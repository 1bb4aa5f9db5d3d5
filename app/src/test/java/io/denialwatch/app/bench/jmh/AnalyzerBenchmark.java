package io.denialwatch.app.bench.jmh;

import io.denialwatch.app.BenchCommand;
import io.denialwatch.app.bench.SyntheticWatchList;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.analysis.PostAnalyzer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Analysis of one post by the analyser the {@code stream} role is wired with, against a watch
 * list of {@code persons}; sample mode, so the report has the median. Baseline: lower-casing the
 * same text.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyzerBenchmark {
    @Param({"100", "10000"})
    public int persons;

    private PostAnalyzer analyzer;
    private List<Post> posts;
    private int i;

    @Setup
    public void setUp() {
        Gazetteer g = Gazetteer.parse(SyntheticWatchList.yaml(SyntheticWatchList.persons(persons)));
        analyzer = BenchCommand.wiring().analyzer(g, Settings.defaults());
        posts = BenchTexts.posts(persons, 1024);
    }

    @Benchmark
    public Analysis analyze() {
        return analyzer.analyze(posts.get(i++ & 1023));
    }

    @Benchmark
    public String baselineToLowerCase() {
        return posts.get(i++ & 1023).fullText().toLowerCase(Locale.ROOT);
    }
}
