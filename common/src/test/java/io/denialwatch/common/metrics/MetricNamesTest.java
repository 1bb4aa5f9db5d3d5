package io.denialwatch.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What /metrics shows of meters named the way Kafka's binders name them. */
class MetricNamesTest {
    private final PrometheusMeterRegistry registry = MetricsSetup.prometheus("test");

    private void gauge(String name, String... tags) {
        Gauge.builder(name, () -> 1.0).tags(tags).register(registry);
    }

    private List<String> families() {
        return registry.scrape()
                .lines()
                .filter(l -> l.startsWith("# TYPE "))
                .map(l -> l.split(" ")[2])
                .toList();
    }

    @Test
    void kafkaSizesSayBytesAndAgesSeconds() {
        gauge("kafka.consumer.fetch.manager.fetch.size.avg");
        gauge("kafka.stream.state.block.cache.capacity");
        gauge("kafka.stream.state.estimate.table.readers.mem");
        gauge("kafka.stream.state.num.entries.active.mem.table");
        gauge("kafka.producer.buffer.available.bytes");
        gauge("kafka.producer.metadata.age");
        FunctionCounter.builder("kafka.consumer.incoming.byte.total", this, t -> 3)
                .register(registry);
        assertThat(families())
                .contains(
                        "kafka_consumer_fetch_manager_fetch_size_avg_bytes",
                        "kafka_stream_state_block_cache_capacity_bytes",
                        "kafka_stream_state_estimate_table_readers_mem_bytes",
                        // a number of entries, not a size
                        "kafka_stream_state_num_entries_active_mem_table",
                        "kafka_producer_buffer_available_bytes",
                        "kafka_producer_metadata_age_seconds",
                        "kafka_consumer_incoming_bytes_total");
    }

    @Test
    void kafkaTimesWithoutAUnitAreLeftOut() {
        gauge("kafka.producer.request.latency.avg");
        gauge("kafka.consumer.time.between.poll.max");
        gauge("kafka.stream.state.iterator.duration.avg");
        gauge("kafka.stream.task.record.lateness.max");
        gauge("kafka.consumer.last.poll.seconds.ago");
        assertThat(families()).noneMatch(f -> f.startsWith("kafka_") && !f.contains("seconds"));
        assertThat(families()).contains("kafka_consumer_last_poll_seconds_ago");
    }

    @Test
    void aTopicIsReportedUnderItsOwnNameOnly() {
        gauge("kafka.consumer.fetch.manager.records.lag", "topic", "dw.alerts", "partition", "0");
        gauge("kafka.consumer.fetch.manager.records.lag", "topic", "dw_alerts", "partition", "0");
        gauge(
                "kafka.consumer.fetch.manager.records.lag",
                "topic",
                "denialwatch-stream-by-person-repartition",
                "partition",
                "0");
        assertThat(registry.scrape().lines().filter(l -> l.startsWith("kafka_consumer_fetch_manager_records_lag{")))
                .hasSize(2)
                .noneMatch(l -> l.contains("dw_alerts"));
    }

    @Test
    void storesOfEveryKindShareOneTagKey() {
        gauge("kafka.stream.state.block.cache.usage", "rocksdb.window.state.id", "a");
        gauge("kafka.stream.state.block.cache.usage", "rocksdb.state.id", "b");
        assertThat(registry.scrape())
                .contains(
                        "kafka_stream_state_block_cache_usage_bytes{role=\"test\",state_id=\"a\"}",
                        "kafka_stream_state_block_cache_usage_bytes{role=\"test\",state_id=\"b\"}",
                        "dw_metrics_registration_failures_total{role=\"test\"} 0.0");
    }

    @Test
    void aRefusedMeterIsCountedNotLostInSilence() {
        gauge("dw.test.thing", "a", "1");
        gauge("dw.test.thing", "b", "2");
        assertThat(registry.scrape())
                .contains("dw_metrics_registration_failures_total{role=\"test\"} 1.0")
                .doesNotContain("b=\"2\"");
    }
}
