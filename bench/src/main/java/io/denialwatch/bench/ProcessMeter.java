package io.denialwatch.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU and heap of this JVM (which also hosts the broker, the producer and the checker) and CPU
 * of the Kafka Streams threads alone, read between two points in time.
 */
final class ProcessMeter {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    /** A reading: wall time, process CPU, Streams threads' CPU, all in nanoseconds. */
    record Reading(long wallNanos, long processCpuNanos, long streamCpuNanos) {
        /** CPU milliseconds spent per 1,000 posts between {@code start} and this reading. */
        double processCpuMsPer1000(Reading start, long posts) {
            return posts == 0 ? Double.NaN : (processCpuNanos - start.processCpuNanos) / 1e6 / posts * 1000;
        }

        double streamCpuMsPer1000(Reading start, long posts) {
            return posts == 0 ? Double.NaN : (streamCpuNanos - start.streamCpuNanos) / 1e6 / posts * 1000;
        }

        double seconds(Reading start) {
            return (wallNanos - start.wallNanos) / 1e9;
        }
    }

    private ProcessMeter() {}

    static Reading read() {
        return new Reading(System.nanoTime(), processCpuNanos(), streamThreadsCpuNanos());
    }

    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** CPU of the live Kafka Streams processing threads (named {@code <client id>-StreamThread-<n>}). */
    static long streamThreadsCpuNanos() {
        long sum = 0;
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t != null && t.getThreadName().contains("-StreamThread-")) {
                long cpu = THREADS.getThreadCpuTime(t.getThreadId());
                if (cpu > 0) {
                    sum += cpu;
                }
            }
        }
        return sum;
    }

    static long heapUsedBytes() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** Heap still in use after a full collection: what the running parts really hold. */
    static long liveHeapBytes() {
        System.gc();
        return heapUsedBytes();
    }

    /** Time the JIT compilers have spent compiling so far, summed over its threads (0 when the JVM cannot say). */
    static long compileMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    static double systemLoad() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
