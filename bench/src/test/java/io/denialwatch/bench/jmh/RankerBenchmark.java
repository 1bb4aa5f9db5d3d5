package io.denialwatch.bench.jmh;

import io.denialwatch.bench.PostGenerator;
import io.denialwatch.common.model.Post;
import io.denialwatch.common.model.RankedStory;
import io.denialwatch.stream.join.EncodedStory;
import io.denialwatch.stream.join.StoryRanker;
import io.denialwatch.stream.join.StoryRecord;
import io.denialwatch.stream.join.Terms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * Ranking one denial against a person's full story index (500 stories, the default cap per
 * person) as the join does it: from the bytes the index holds, wrapped afresh for every ranking
 * as a range scan returns them. Baseline: walking the same stories' texts once.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RankerBenchmark {
    private final StoryRanker ranker = new StoryRanker();
    private List<StoryRecord> stories;
    private List<byte[]> filed;
    private List<StoryRanker.DenialView> denials;
    private int i;

    @Setup
    public void setUp() {
        Terms terms = Terms.bundled();
        stories = new ArrayList<>();
        for (Post p : BenchTexts.posts(1, 500, PostGenerator.Kind.PERSON_STORY)) {
            Set<String> all = terms.of(p.fullText());
            stories.add(new StoryRecord(
                    p.id(),
                    p.url(),
                    "Reuters",
                    Set.of("reuters"),
                    p.publishedAt(),
                    p.lang(),
                    p.title(),
                    p.text(),
                    Terms.withoutNames(all),
                    Terms.names(all),
                    Terms.quotes(p.fullText()),
                    false,
                    "alias"));
        }
        filed = stories.stream().map(s -> EncodedStory.of(s).bytes()).toList();
        denials = new ArrayList<>();
        for (Post p : BenchTexts.posts(1, 16, PostGenerator.Kind.DENIAL)) {
            denials.add(new StoryRanker.DenialView(
                    terms.of(p.fullText()),
                    new LinkedHashSet<>(Set.of("reuters")),
                    Terms.quotes(p.fullText()),
                    p.publishedAt().plusSeconds(86_400)));
        }
    }

    @Benchmark
    public List<RankedStory> rank500() {
        List<EncodedStory> candidates = new ArrayList<>(filed.size());
        for (byte[] b : filed) {
            candidates.add(EncodedStory.SERDE.deserializer().deserialize("dw-stories", b));
        }
        return ranker.rank(denials.get(i++ & 15), candidates, 5);
    }

    /** What any ranking must at least do: look at each story's text once. */
    @Benchmark
    public int baselineWalk500() {
        int n = 0;
        for (StoryRecord s : stories) {
            n += s.text().toLowerCase(Locale.ROOT).length();
        }
        return n;
    }
}
