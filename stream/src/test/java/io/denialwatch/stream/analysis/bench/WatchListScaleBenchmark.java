package io.denialwatch.stream.analysis.bench;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The watch list at scale: a generated import-shaped list ({@link GeneratedWatchList}) of 1,000
 * and 100,000 entities, in a JVM of at most 1 GB of heap. {@code analyze}: time per post over a mix
 * of generated posts (sample mode, so JMH reports the median). {@code load}: reading the file and
 * building the analyser from it, as a role does at start (single shot). The setup prints the cold
 * load time and the heap the loaded analyser keeps (after a full GC).
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
public class WatchListScaleBenchmark {

    @Param({"1000", "100000"})
    int entities;

    private Path file;
    private MultilingualAnalyzer analyzer;
    private List<Post> posts;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("watchlist-" + entities + "-", ".yaml");
        Files.writeString(file, GeneratedWatchList.yaml(entities));
        posts = GeneratedWatchList.posts(entities, 2_000);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long before = heapAfterGc();
        long wall0 = System.nanoTime();
        long cpu0 = cpu.getCurrentThreadCpuTime();
        Gazetteer g = Gazetteer.load(file);
        long wall1 = System.nanoTime();
        long cpu1 = cpu.getCurrentThreadCpuTime();
        analyzer = new MultilingualAnalyzer(g);
        long wall2 = System.nanoTime();
        long cpu2 = cpu.getCurrentThreadCpuTime();
        System.out.printf(
                "%n%,d entities (%,d bytes of YAML), cold: read %.1f s (CPU %.1f s), analyser built %.1f s (CPU %.1f"
                        + " s), retained heap %,d MB%n",
                entities,
                Files.size(file),
                (wall1 - wall0) / 1e9,
                (cpu1 - cpu0) / 1e9,
                (wall2 - wall1) / 1e9,
                (cpu2 - cpu1) / 1e9,
                (heapAfterGc() - before) >> 20);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    private MultilingualAnalyzer build() {
        return new MultilingualAnalyzer(Gazetteer.load(file));
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Analysis analyze() {
        Post p = posts.get(next);
        next = next + 1 == posts.size() ? 0 : next + 1;
        return analyzer.analyze(p);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    public MultilingualAnalyzer load() {
        return build();
    }
}
