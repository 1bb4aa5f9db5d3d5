package io.denialwatch.sink.bench;

import java.util.Arrays;

/** Latencies in microseconds, recorded from many threads; percentiles by sorting (a few hundred thousand at most). */
final class Latencies {
    private long[] values = new long[1 << 12];
    private int size;

    synchronized void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = micros;
    }

    synchronized int count() {
        return size;
    }

    /** The {@code p}-th percentile in milliseconds (nearest rank), or NaN when nothing was recorded. */
    synchronized double millis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1000.0;
    }

    /** "p50 / p95 / p99 ms (n)". */
    String summary() {
        return String.format("%.1f / %.1f / %.1f ms (n=%d)", millis(50), millis(95), millis(99), count());
    }
}
