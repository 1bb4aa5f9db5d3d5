package io.denialwatch.bench;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Post;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * End-to-end latency at a fixed load: posts are produced at {@code rate} per second, each
 * stamped with the time it was sent ({@code fetched_at}, and {@code published_at} too); one or
 * more {@link Watch}es record, for every post expected to be answered (a denial's alert) that
 * was sent in the measured window, how long after sending its answer became visible there: on
 * the alerts topic ({@link TopicWatch}), or in the sink's API ({@link ApiWatch}). The running
 * stream role (and sink) are the ones under test.
 */
final class LatencyRun {
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(15);

    /** Which posts the topology under test answers on its output topic, and how to tell which post a record answers. */
    interface Answers {
        boolean expected(PostGenerator.Kind kind, Post post);

        /** The post an output record answers, or null when the record is not one to measure. */
        Post answered(String value) throws IOException;
    }

    /** Our topology: an alert for every denial; only its first revision is measured. */
    static final Answers ALERTS = new Answers() {
        @Override
        public boolean expected(PostGenerator.Kind kind, Post post) {
            return kind == PostGenerator.Kind.DENIAL;
        }

        @Override
        public Post answered(String value) throws IOException {
            Alert a = Json.read(value, Alert.class);
            return a.revision() == 1 && a.denial() != null ? a.denial().post() : null;
        }
    };

    /** Where answers become visible, looked at from outside the pipeline, as a reader would. */
    interface Watch extends AutoCloseable {
        /**
         * Looks once (waiting a few milliseconds at most) and tells {@code seen} of every answered
         * post, by id, at the time it was seen.
         */
        void look(Pending pending, Seen seen) throws IOException, InterruptedException;

        @Override
        void close();
    }

    /** The posts a watch still waits for. */
    interface Pending {
        /** Send time (epoch ms) of the oldest post still waited for; empty when none is. */
        OptionalLong oldestSentMillis();
    }

    interface Seen {
        void seen(String postId, long atMillis);
    }

    /** One watch's posts waited for and latencies. */
    private static final class Tally implements Pending, Seen {
        final Map<String, Long> waiting = new ConcurrentHashMap<>();
        final Histogram histogram = new Histogram(3_600_000L, 3);

        @Override
        public OptionalLong oldestSentMillis() {
            return waiting.values().stream().mapToLong(Long::longValue).min();
        }

        @Override
        public void seen(String postId, long atMillis) {
            Long sent = waiting.remove(postId);
            if (sent != null) {
                histogram.recordValue(Math.max(0, atMillis - sent));
            }
        }
    }

    /**
     * @param sentPerS   posts per second actually produced in the window
     * @param missing    answers not seen {@link #DRAIN_LIMIT} after the window
     */
    record Result(
            int rate,
            double sentPerS,
            long alerts,
            long missing,
            double p50Ms,
            double p99Ms,
            double p999Ms,
            double maxMs,
            double streamCpuMsPer1000,
            double processCpuMsPer1000,
            long heapPeakMb,
            double load) {
        boolean keptUp() {
            return missing == 0;
        }
    }

    private LatencyRun() {}

    /** One watch: the output topic (read_committed), as the bench has always measured. */
    static Result run(
            Settings s,
            String postsTopic,
            String alertsTopic,
            PostGenerator generator,
            int rate,
            Duration warmup,
            Duration window,
            Answers answers)
            throws InterruptedException, IOException {
        return run(
                        s,
                        postsTopic,
                        generator,
                        rate,
                        warmup,
                        window,
                        answers,
                        List.of(new TopicWatch(s, alertsTopic, answers)))
                .get(0);
    }

    /**
     * Every watch sees the same posts; one result per watch, in their order. The watches are
     * looked at in turn from one thread, and closed at the end.
     */
    static List<Result> run(
            Settings s,
            String postsTopic,
            PostGenerator generator,
            int rate,
            Duration warmup,
            Duration window,
            Answers answers,
            List<? extends Watch> watches)
            throws InterruptedException, IOException {
        List<Tally> tallies = watches.stream().map(w -> new Tally()).toList();
        AtomicReference<Exception> producerFailure = new AtomicReference<>();
        AtomicLong sentInWindow = new AtomicLong();
        try {
            long t0 = System.nanoTime();
            long windowStart = t0 + warmup.toNanos();
            long windowEnd = windowStart + window.toNanos();
            Thread producer = new Thread(
                    () -> produce(
                            s,
                            postsTopic,
                            generator,
                            answers,
                            rate,
                            t0,
                            windowStart,
                            windowEnd,
                            tallies,
                            sentInWindow,
                            producerFailure),
                    "bench-paced-producer");
            producer.setDaemon(true);
            producer.start();

            ProcessMeter.Reading start = null;
            ProcessMeter.Reading end = null;
            long heapPeak = 0;
            long drainDeadline = Long.MAX_VALUE;
            while (true) {
                long now = System.nanoTime();
                if (start == null && now >= windowStart) {
                    start = ProcessMeter.read();
                }
                if (start != null) {
                    heapPeak = Math.max(heapPeak, ProcessMeter.heapUsedBytes());
                }
                if (end == null && !producer.isAlive()) {
                    end = ProcessMeter.read();
                    drainDeadline = now + DRAIN_LIMIT.toNanos();
                }
                if (end != null && (tallies.stream().allMatch(t -> t.waiting.isEmpty()) || now > drainDeadline)) {
                    break;
                }
                for (int i = 0; i < watches.size(); i++) {
                    watches.get(i).look(tallies.get(i), tallies.get(i));
                }
            }
            if (producerFailure.get() != null) {
                throw new IllegalStateException(
                        "paced producer failed: " + producerFailure.get(), producerFailure.get());
            }
            long sent = sentInWindow.get();
            double seconds = window.toNanos() / 1e9;
            List<Result> results = new ArrayList<>();
            for (Tally t : tallies) {
                Histogram h = t.histogram;
                results.add(new Result(
                        rate,
                        sent / seconds,
                        h.getTotalCount(),
                        t.waiting.size(),
                        ms(h, 50),
                        ms(h, 99),
                        ms(h, 99.9),
                        h.getMaxValue(),
                        end.streamCpuMsPer1000(start, sent),
                        end.processCpuMsPer1000(start, sent),
                        heapPeak >> 20,
                        ProcessMeter.systemLoad()));
            }
            return results;
        } finally {
            watches.forEach(Watch::close);
        }
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile);
    }

    private static void produce(
            Settings s,
            String topic,
            PostGenerator generator,
            Answers answers,
            int rate,
            long t0,
            long windowStart,
            long windowEnd,
            List<Tally> tallies,
            AtomicLong sentInWindow,
            AtomicReference<Exception> failure) {
        try (PostLoader loader = new PostLoader(s, topic)) {
            long sent = 0;
            while (true) {
                long now = System.nanoTime();
                if (now >= windowEnd) {
                    break;
                }
                long due = (long) ((now - t0) / 1e9 * rate);
                while (sent < due) {
                    PostGenerator.Kind kind = generator.draw();
                    Instant at = Instant.ofEpochMilli(System.currentTimeMillis());
                    Post post = generator.post(kind, at, at);
                    boolean inWindow = System.nanoTime() >= windowStart;
                    if (inWindow && answers.expected(kind, post)) {
                        tallies.forEach(t -> t.waiting.put(post.id(), at.toEpochMilli()));
                    }
                    loader.send(post);
                    sent++;
                    if (inWindow) {
                        sentInWindow.incrementAndGet();
                    }
                }
                LockSupport.parkNanos(200_000);
            }
            loader.flush();
        } catch (RuntimeException e) {
            failure.set(e);
        }
    }
}
