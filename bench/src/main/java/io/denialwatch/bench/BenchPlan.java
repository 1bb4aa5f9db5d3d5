package io.denialwatch.bench;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What one bench run measures and for how long.
 *
 * @param persons             watch-list size of the main measurement
 * @param partitions          partitions of the main measurement's topics
 * @param posts               posts preloaded for the throughput runs (ours and pass-through)
 * @param limit               longest measured window of a throughput run
 * @param loads               fixed loads (posts/s) of the latency runs
 * @param warmup              unmeasured lead-in of each latency run
 * @param window              measured part of each latency run
 * @param sweeps              which growth sweeps to run: gazetteer, lookback, partitions
 * @param gazetteerSizes      watch-list sizes of the gazetteer sweep
 * @param lookbackDays        days of stories already in the store, for the look-back sweep
 * @param partitionCounts     partition counts of the partitions sweep
 * @param sweepPosts          posts measured at each sweep point
 * @param sweepLimit          longest measured window at each sweep point
 * @param lookbackPersons     persons whose stories fill the look-back
 * @param storiesPerPersonDay stories per person and day in the look-back fill
 * @param budget              wall time after which no further sweep point is started
 */
public record BenchPlan(
        int persons,
        int partitions,
        long posts,
        Duration limit,
        List<Integer> loads,
        Duration warmup,
        Duration window,
        Set<String> sweeps,
        List<Integer> gazetteerSizes,
        List<Integer> lookbackDays,
        List<Integer> partitionCounts,
        long sweepPosts,
        Duration sweepLimit,
        int lookbackPersons,
        int storiesPerPersonDay,
        long seed,
        Duration budget) {

    public static final Set<String> ALL_SWEEPS = Set.of("gazetteer", "lookback", "partitions");

    /** The documented full run: about 11 minutes on 2 cores. */
    public static BenchPlan full() {
        return new BenchPlan(
                1000,
                6,
                1_000_000,
                Duration.ofSeconds(90),
                List.of(1000, 5000, 20000),
                Duration.ofSeconds(10),
                Duration.ofSeconds(60),
                ALL_SWEEPS,
                List.of(100, 1000, 10000, 100000),
                List.of(1, 7, 14, 30),
                List.of(1, 3, 6, 12),
                100_000,
                Duration.ofSeconds(45),
                300,
                10,
                42,
                Duration.ofMinutes(45));
    }

    /** Fewer posts and sweep points; sweep points that would start after 3.5 minutes are skipped. */
    public static BenchPlan quick() {
        return new BenchPlan(
                1000,
                6,
                200_000,
                Duration.ofSeconds(25),
                List.of(1000, 5000, 20000),
                Duration.ofSeconds(3),
                Duration.ofSeconds(10),
                ALL_SWEEPS,
                List.of(100, 10000),
                List.of(1, 30),
                List.of(1, 12),
                20_000,
                Duration.ofSeconds(12),
                100,
                10,
                42,
                Duration.ofSeconds(210));
    }
}
