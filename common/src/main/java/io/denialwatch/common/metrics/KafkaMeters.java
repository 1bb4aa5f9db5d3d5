package io.denialwatch.common.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;

/**
 * A Kafka client's or Kafka Streams' own metrics on a registry, through Micrometer's binder
 * ({@code KafkaClientMetrics}, {@code KafkaStreamsMetrics}), looked at again every
 * {@link #REFRESH}. Kafka creates many of its metrics late — a consumer's lag per partition after
 * its first fetch, a stream task's after it is assigned — and the binder only finds them when it
 * looks again: every minute by default, which left the lag off the first minute of scrapes.
 */
public final class KafkaMeters implements AutoCloseable {
    /** Looking costs one comparison of Kafka's metric names with the last ones seen. */
    public static final Duration REFRESH = Duration.ofSeconds(1);

    private final ScheduledExecutorService scheduler;
    private final AutoCloseable binder;

    private KafkaMeters(ScheduledExecutorService scheduler, AutoCloseable binder) {
        this.scheduler = scheduler;
        this.binder = binder;
    }

    /** A producer's metrics. */
    public static KafkaMeters of(Producer<?, ?> producer, MeterRegistry registry) {
        return bind(registry, (s, every) -> new KafkaClientMetrics(producer, Tags.empty(), s, every));
    }

    /** A consumer's metrics. */
    public static KafkaMeters of(Consumer<?, ?> consumer, MeterRegistry registry) {
        return bind(registry, (s, every) -> new KafkaClientMetrics(consumer, Tags.empty(), s, every));
    }

    /**
     * Binds the binder {@code create} makes from a scheduler and a refresh interval, e.g.
     * {@code (s, every) -> new KafkaStreamsMetrics(streams, Tags.empty(), s, every)}.
     */
    public static <B extends MeterBinder & AutoCloseable> KafkaMeters bind(
            MeterRegistry registry, BiFunction<ScheduledExecutorService, Duration, B> create) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kafka-meters");
            t.setDaemon(true);
            return t;
        });
        B binder = create.apply(scheduler, REFRESH);
        binder.bindTo(registry);
        return new KafkaMeters(scheduler, binder);
    }

    /** Stops looking, then removes the client's meters (a scheduler handed to the binder is ours to stop). */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
            binder.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("closing Kafka meters", e);
        }
    }
}
