package io.denialwatch.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

class KafkaMetersTest {
    private static Metric metric(MetricName name, double value) {
        return new Metric() {
            @Override
            public MetricName metricName() {
                return name;
            }

            @Override
            public Object metricValue() {
                return value;
            }
        };
    }

    @Test
    void aMetricKafkaCreatesLateIsOnTheScrapeWithinSeconds() {
        PrometheusMeterRegistry registry = MetricsSetup.prometheus("test");
        MockProducer<String, String> producer = new MockProducer<>();
        MetricName early = new MetricName("record-send-total", "producer-metrics", "", Map.of("client-id", "p"));
        producer.setMockMetrics(early, metric(early, 1));
        try (KafkaMeters meters = KafkaMeters.of(producer, registry)) {
            assertThat(registry.scrape()).contains("kafka_producer_record_send_total{");
            // as a consumer's lag per partition, which exists only after its first fetch
            MetricName late = new MetricName(
                    "records-lag", "consumer-fetch-manager-metrics", "", Map.of("client-id", "p", "topic", "dw.posts"));
            producer.setMockMetrics(late, metric(late, 7));
            // Micrometer's own default would look again after a minute, not within ten seconds
            await("the late metric on the scrape")
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> registry.scrape().contains("topic=\"dw.posts\"} 7.0"));
        }
        assertThat(registry.scrape()).doesNotContain("kafka_producer_record_send_total{");
    }
}
