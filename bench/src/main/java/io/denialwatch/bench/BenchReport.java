package io.denialwatch.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bench's output: Markdown tables ready for BENCHMARKS.md, then, as the very last line, one
 * JSON object with the headline figures.
 */
final class BenchReport {
    private final PrintStream out;
    private final List<String> throughputRows = new ArrayList<>();
    private final List<String> latencyRows = new ArrayList<>();
    private final List<String> sweepRows = new ArrayList<>();
    private final Map<String, Double> firstOfSweep = new LinkedHashMap<>();

    BenchReport(PrintStream out) {
        this.out = out;
    }

    void progress(String line) {
        out.println("bench: " + line);
        out.flush();
    }

    void throughput(String topology, ThroughputRun.Result r) {
        throughputRows.add(row(
                topology,
                r.posts(),
                f1(r.seconds()),
                f0(r.postsPerS()),
                r.drained() ? "yes" : "no",
                cores(r.streamCpuMsPer1000()),
                cores(r.processCpuMsPer1000()),
                r.heapPeakMb(),
                mb(r.state()),
                r.state().keys(),
                f2(r.load())));
        progress(String.format(Locale.ROOT, "%s: %.0f posts/s over %.1f s", topology, r.postsPerS(), r.seconds()));
    }

    /** @param topology null for ours, else a name for the topology measured */
    void latency(String topology, LatencyRun.Result r) {
        latencyRows.add(row(
                r.rate() + (topology == null ? "" : ", " + topology),
                f0(r.sentPerS()),
                r.alerts(),
                r.missing(),
                f0(r.p50Ms()),
                f0(r.p99Ms()),
                f0(r.p999Ms()),
                f0(r.maxMs()),
                cores(r.streamCpuMsPer1000()),
                cores(r.processCpuMsPer1000()),
                r.heapPeakMb(),
                f2(r.load())));
        progress(String.format(
                Locale.ROOT,
                "%s%d posts/s: p50 %.0f ms, p99 %.0f ms, p999 %.0f ms over %d alerts%s",
                topology == null ? "" : topology + ", ",
                r.rate(),
                r.p50Ms(),
                r.p99Ms(),
                r.p999Ms(),
                r.alerts(),
                r.keptUp() ? "" : ", " + r.missing() + " missing"));
    }

    void sweep(String sweep, String point, ThroughputRun.Result r) {
        Double first = firstOfSweep.putIfAbsent(sweep, r.postsPerS());
        String change = first == null ? "—" : String.format(Locale.ROOT, "%+.0f%%", (r.postsPerS() / first - 1) * 100);
        sweepRows.add(row(
                sweep,
                point,
                f0(r.postsPerS()),
                change,
                r.drained() ? "yes" : "no",
                mb(r.state()),
                r.state().keys(),
                cores(r.streamCpuMsPer1000()),
                f2(r.load())));
        progress(String.format(
                Locale.ROOT, "%s %s: %.0f posts/s, state %s MB", sweep, point, r.postsPerS(), mb(r.state())));
    }

    void tables(String machine) {
        out.println();
        out.println(machine);
        out.println();
        out.println(
                "| topology | posts measured | window (s) | posts/s | drained | stream threads CPU (cores per 1,000 posts/s) "
                        + "| process CPU (cores per 1,000 posts/s) | heap peak (MB) | state (MB on disk) | state keys | load avg |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        throughputRows.forEach(out::println);
        if (!latencyRows.isEmpty()) {
            out.println();
            out.println(
                    "| load (posts/s) | sent/s | alerts measured | alerts missing | p50 (ms) | p99 (ms) | p999 (ms) | max (ms) "
                            + "| stream threads CPU (cores per 1,000 posts/s) | process CPU (cores per 1,000 posts/s) | heap peak (MB) | load avg |");
            out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
            latencyRows.forEach(out::println);
        }
        if (!sweepRows.isEmpty()) {
            out.println();
            out.println("| sweep | point | posts/s | vs first point | drained | state (MB on disk) | state keys "
                    + "| stream threads CPU (cores per 1,000 posts/s) | load avg |");
            out.println("|---|---|---|---|---|---|---|---|---|");
            sweepRows.forEach(out::println);
        }
        out.println();
    }

    /**
     * The last line: {@code posts_per_s, passthrough_posts_per_s, ratio, p99_ms_at_5000, heap_mb,
     * skeleton_posts_per_s, skeleton_ratio, e2e_p99_ms_at_5000, e2e_path, e2e_p50_ms_at_5000}. New
     * fields go at the end, so a reader of the earlier ones is not disturbed.
     */
    void headline(BenchRunner.Headline h) {
        LatencyRun.Result e2e = h.e2eAt5000();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("posts_per_s", Math.round(h.postsPerS()));
        line.put("passthrough_posts_per_s", Math.round(h.passThroughPerS()));
        line.put("ratio", ratio(h.postsPerS(), h.passThroughPerS()));
        line.put("p99_ms_at_5000", measured(h.p99At5000()));
        line.put("heap_mb", h.heapMb());
        line.put("skeleton_posts_per_s", Math.round(h.skeletonPerS()));
        line.put("skeleton_ratio", ratio(h.postsPerS(), h.skeletonPerS()));
        line.put("e2e_p99_ms_at_5000", e2e == null ? null : measured(e2e.p99Ms()));
        line.put("e2e_path", h.e2ePath());
        line.put("e2e_p50_ms_at_5000", e2e == null ? null : measured(e2e.p50Ms()));
        try {
            // a plain mapper: an unmeasured figure stays in the object as null
            out.println(new ObjectMapper().writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    /** What the {@code e2e_} figures span, with the store the sink wrote to (e.g. "PostgreSQL 14.22 (embedded)"). */
    static String e2ePath(String store) {
        return "produced to dw.posts -> alert readable from the sink's API (GET /api/alerts, polled every "
                + ApiWatch.INTERVAL.toMillis() + " ms), the sink storing into " + store;
    }

    private static Double measured(Double ms) {
        return ms == null || ms.isNaN() ? null : ms;
    }

    private static Double ratio(double ours, double reference) {
        return reference > 0 ? Math.round(ours / reference * 1000) / 1000.0 : null;
    }

    private static String row(Object... cells) {
        StringBuilder b = new StringBuilder("|");
        for (Object c : cells) {
            b.append(' ').append(c).append(" |");
        }
        return b.toString();
    }

    private static String f0(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** CPU ms per 1,000 posts is also CPU cores busy per 1,000 posts/s, divided by 1,000. */
    private static String cores(double msPer1000) {
        return Double.isNaN(msPer1000) ? "—" : String.format(Locale.ROOT, "%.3f", msPer1000 / 1000);
    }

    private static String mb(StateSize s) {
        return String.format(Locale.ROOT, "%.1f", s.diskBytes() / 1048576.0);
    }
}
