package io.denialwatch.bench.jmh;

import io.denialwatch.bench.SyntheticWatchList;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.analysis.AnalyzerConfig;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.List;

/**
 * The heap an analyser keeps over the pipeline benchmark's generated watch list of the size given
 * (argument), after full GCs: once built, and again after analysing the benchmark's 10,000 posts
 * (what its per-word and per-name memos keep). The figure is the same from run to run, so it
 * shows what a change to the indexes costs where CPU time swings with the machine's load. Not a
 * test: run it by hand (see BENCHMARKS.md).
 */
public final class AnalyserHeapMain {

    private static final int POSTS = 10_000;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private AnalyserHeapMain() {}

    /** Heap in use after full collections (several, so that what only one of them frees is freed). */
    private static long used() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    public static void main(String[] args) throws InterruptedException {
        int size = Integer.parseInt(args[0]);
        Gazetteer list = Gazetteer.parse(SyntheticWatchList.yaml(SyntheticWatchList.persons(size)));
        List<Post> posts = BenchTexts.posts(size, POSTS);
        // the bundled lexicons, loaded once for every analyser, are not this list's
        MultilingualAnalyzer small = new MultilingualAnalyzer(
                Gazetteer.parse(SyntheticWatchList.yaml(SyntheticWatchList.persons(10))), AnalyzerConfig.defaults());
        long before = used();
        MultilingualAnalyzer analyzer = new MultilingualAnalyzer(list, AnalyzerConfig.defaults());
        long built = used();
        long found = 0;
        for (Post p : posts) {
            found += analyzer.analyze(p).persons().size();
        }
        long after = used();
        System.out.printf(
                "%,d persons: analyser kept %.1f MB built, %.1f MB after the %,d posts (%,d persons found)%n",
                size, (built - before) / 1e6, (after - before) / 1e6, POSTS, found);
        Reference.reachabilityFence(small);
    }
}
