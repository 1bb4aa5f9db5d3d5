package io.denialwatch.bench;

import io.denialwatch.stream.StreamRole;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a Streams application over posts already waiting in its input topic and measures its
 * steady-state rate: from the first commit past a warm-up (start-up, rebalance and the JIT
 * compiling the hot code are excluded) until it has committed every post and drained its
 * internal topics, or until the time limit, whichever comes first.
 */
final class ThroughputRun {
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration START_LIMIT = Duration.ofSeconds(90);
    /**
     * The share of the posts processed before the window opens. Until the JIT has compiled the
     * hot paths, code runs interpreted, many times slower: in a window of seconds that would
     * measure the compiler, not the topology.
     */
    private static final int WARM_UP_FRACTION = 5;

    /**
     * @param posts        posts processed in the measured window
     * @param drained      everything was processed (false: the time limit ended the window)
     * @param heapPeakMb   highest heap use seen in the window (whole process: broker included)
     */
    record Result(
            long posts,
            double seconds,
            double postsPerS,
            boolean drained,
            double streamCpuMsPer1000,
            double processCpuMsPer1000,
            long heapPeakMb,
            StateSize state,
            double load) {}

    private ThroughputRun() {}

    /**
     * @param already   posts of the input topic the application had committed before this run
     * @param toProcess posts to process in this run
     * @param internal  the application's internal topics that must be drained too
     */
    static Result measure(
            StreamRole role,
            GroupProgress progress,
            String postsTopic,
            List<String> internal,
            long already,
            long toProcess,
            Duration limit,
            Path appStateDir)
            throws InterruptedException {
        Mark origin = new Mark(ProcessMeter.read(), already); // before this run has committed anything
        Mark first = null; // at the first commit
        Mark warm = null; // at the first commit past the warm-up
        long heapPeak = 0;
        long c;
        boolean drained = false;
        while (true) {
            LockSupport.parkNanos(POLL.toNanos());
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            c = progress.committed(postsTopic);
            heapPeak = Math.max(heapPeak, ProcessMeter.heapUsedBytes());
            if (first == null && c > already) {
                first = new Mark(ProcessMeter.read(), c);
            }
            if (warm == null) {
                if (c > already + toProcess / WARM_UP_FRACTION) {
                    warm = new Mark(ProcessMeter.read(), c);
                } else if (System.nanoTime() - origin.reading().wallNanos() > START_LIMIT.toNanos()) {
                    throw new IllegalStateException("the stream did not get past its warm-up within " + START_LIMIT
                            + " (state " + role.state() + ")");
                }
                continue;
            }
            if (c >= already + toProcess && (internal.isEmpty() || progress.caughtUp(internal))) {
                drained = true;
                break;
            }
            if (System.nanoTime() - warm.reading().wallNanos() > limit.toNanos()) {
                break;
            }
        }
        ProcessMeter.Reading end = ProcessMeter.read();
        Mark start = windowStart(c, origin, first, warm);
        long posts = c - start.committed();
        double seconds = end.seconds(start.reading());
        return new Result(
                posts,
                seconds,
                posts / seconds,
                drained,
                end.streamCpuMsPer1000(start.reading(), posts),
                end.processCpuMsPer1000(start.reading(), posts),
                heapPeak >> 20,
                StateSize.of(role.streams(), appStateDir),
                ProcessMeter.systemLoad());
    }

    /** A reading taken when the application had committed {@code committed} posts. */
    record Mark(ProcessMeter.Reading reading, long committed) {}

    /**
     * Where the measured window opens: at the first commit past the warm-up; in a run too short
     * to commit again after it, at the first commit; and when that one already covered every
     * post (a slow start on a busy machine), when the run began. A window that counts start-up
     * measures less than the steady rate, but a window with no posts measures nothing at all.
     */
    static Mark windowStart(long committedAtEnd, Mark origin, Mark first, Mark warm) {
        for (Mark m : new Mark[] {warm, first}) {
            if (m != null && m.committed() < committedAtEnd) {
                return m;
            }
        }
        return origin;
    }
}
