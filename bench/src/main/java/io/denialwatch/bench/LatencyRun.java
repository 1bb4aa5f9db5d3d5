package io.denialwatch.bench;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Post;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * End-to-end latency at a fixed load: posts are produced at {@code rate} per second, each
 * stamped with the time it was sent ({@code fetched_at}); a {@code read_committed} consumer on
 * the alerts topic records, for every denial sent in the measured window, how long after sending
 * its alert became visible. The running stream role is the one under test.
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

    /**
     * @param sentPerS   posts per second actually produced in the window
     * @param missing    denials whose alert had not arrived {@link #DRAIN_LIMIT} after the window
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

    static Result run(
            Settings s,
            String postsTopic,
            String alertsTopic,
            PostGenerator generator,
            int rate,
            Duration warmup,
            Duration window,
            Answers answers)
            throws InterruptedException {
        Set<String> expected = ConcurrentHashMap.newKeySet();
        Histogram histogram = new Histogram(3_600_000L, 3);
        AtomicReference<Exception> producerFailure = new AtomicReference<>();
        AtomicLong sentInWindow = new AtomicLong();
        try (KafkaConsumer<String, String> consumer = alertConsumer(s)) {
            List<TopicPartition> parts = consumer.partitionsFor(alertsTopic).stream()
                    .map(p -> new TopicPartition(alertsTopic, p.partition()))
                    .toList();
            consumer.assign(parts);
            consumer.seekToEnd(parts);
            parts.forEach(consumer::position); // resolve the end now, before anything is produced

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
                            expected,
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
                if (end != null && (expected.isEmpty() || now > drainDeadline)) {
                    break;
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                    record(r.value(), answers, expected, histogram);
                }
            }
            if (producerFailure.get() != null) {
                throw new IllegalStateException(
                        "paced producer failed: " + producerFailure.get(), producerFailure.get());
            }
            long sent = sentInWindow.get();
            double seconds = window.toNanos() / 1e9;
            return new Result(
                    rate,
                    sent / seconds,
                    histogram.getTotalCount(),
                    expected.size(),
                    ms(histogram, 50),
                    ms(histogram, 99),
                    ms(histogram, 99.9),
                    histogram.getMaxValue(),
                    end.streamCpuMsPer1000(start, sent),
                    end.processCpuMsPer1000(start, sent),
                    heapPeak >> 20,
                    ProcessMeter.systemLoad());
        }
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile);
    }

    private static void record(String value, Answers answers, Set<String> expected, Histogram histogram) {
        long received = System.currentTimeMillis();
        try {
            Post p = answers.answered(value);
            if (p != null && p.fetchedAt() != null && expected.remove(p.id())) {
                histogram.recordValue(Math.max(0, received - p.fetchedAt().toEpochMilli()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreadable record on the output topic: " + e.getMessage(), e);
        }
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
            Set<String> expected,
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
                        expected.add(post.id());
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

    private static KafkaConsumer<String, String> alertConsumer(Settings s) {
        Properties p = s.kafkaProperties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }
}
