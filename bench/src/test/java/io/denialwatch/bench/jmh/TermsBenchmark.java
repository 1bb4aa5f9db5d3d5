package io.denialwatch.bench.jmh;

import io.denialwatch.common.model.Post;
import io.denialwatch.common.text.TextFold;
import io.denialwatch.stream.join.Terms;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Normalisation and term extraction of one post's text (100–600 characters, ar/en/fr), next to
 * the floor of any normalisation: {@code String.toLowerCase} of the same text.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TermsBenchmark {
    private List<String> texts;
    private Terms terms;
    private int i;

    @Setup
    public void setUp() {
        texts = BenchTexts.posts(1000, 1024).stream().map(Post::fullText).toList();
        terms = Terms.bundled();
    }

    private String next() {
        return texts.get(i++ & 1023);
    }

    @Benchmark
    public String baselineToLowerCase() {
        return next().toLowerCase(Locale.ROOT);
    }

    @Benchmark
    public String fold() {
        return TextFold.fold(next());
    }

    @Benchmark
    public Set<String> termsOf() {
        return terms.of(next());
    }
}
