package io.denialwatch.bench.jmh;

import io.denialwatch.bench.SyntheticWatchList;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.analysis.AnalyzerConfig;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import io.denialwatch.stream.analysis.PostAnalyzer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CPU per post of the analyser on the pipeline benchmark's posts, for watch lists of several
 * sizes (arguments; default 100 1000 10000). The sizes take turns round by round in one JVM and
 * the time is this thread's CPU time, so that a shared machine's load weighs on every size alike
 * and scheduling delays do not count. Each size is measured twice a round: the whole analysis
 * ({@code analyze}) and the join's ({@code analyzeForJoin}, which the stream role runs). Not a
 * test: run it by hand (see BENCHMARKS.md).
 */
public final class AnalysisCostMain {

    private static final int POSTS = 10_000;
    private static final int WARM_UP_ROUNDS = 6;
    private static final int ROUNDS = 15;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private AnalysisCostMain() {}

    public static void main(String[] args) {
        int[] sizes = args.length == 0
                ? new int[] {100, 1000, 10000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        PostAnalyzer[] analyzers = new PostAnalyzer[sizes.length];
        List<List<Post>> posts = new ArrayList<>();
        for (int s = 0; s < sizes.length; s++) {
            Gazetteer g = Gazetteer.parse(SyntheticWatchList.yaml(SyntheticWatchList.persons(sizes[s])));
            analyzers[s] = new MultilingualAnalyzer(g, AnalyzerConfig.defaults());
            posts.add(BenchTexts.posts(sizes[s], POSTS));
        }
        // per size, the whole analysis and the join's (which skips matching for posts about no one)
        double[][][] micros = new double[sizes.length][2][ROUNDS];
        // per size, the persons found in one pass of the whole analysis over its posts
        long[] persons = new long[sizes.length];
        for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
            for (int s = 0; s < sizes.length; s++) {
                for (int kind = 0; kind < 2; kind++) {
                    long start = CPU.getCurrentThreadCpuTime();
                    long found = 0;
                    for (Post p : posts.get(s)) {
                        found += (kind == 0 ? analyzers[s].analyze(p) : analyzers[s].analyzeForJoin(p))
                                .persons()
                                .size();
                    }
                    if (kind == 0) {
                        persons[s] = found;
                    }
                    if (round >= 0) {
                        micros[s][kind][round] = (CPU.getCurrentThreadCpuTime() - start) / 1_000.0 / POSTS;
                    }
                }
            }
        }
        for (int s = 0; s < sizes.length; s++) {
            for (int kind = 0; kind < 2; kind++) {
                Arrays.sort(micros[s][kind]);
                System.out.printf(
                        "%,7d persons, %-16s median %.2f µs/post, best round %.2f µs/post (CPU, %d rounds of %,d posts)%n",
                        sizes[s],
                        kind == 0 ? "analyze:" : "analyzeForJoin:",
                        micros[s][kind][ROUNDS / 2],
                        micros[s][kind][0],
                        ROUNDS,
                        POSTS);
            }
        }
        for (int s = 0; s < sizes.length; s++) {
            System.out.printf("%,7d persons: %,d persons found in the %,d posts%n", sizes[s], persons[s], POSTS);
        }
    }
}
