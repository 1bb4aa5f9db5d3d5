package io.denialwatch.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OpsServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(OpsServer ops, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(ops.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesMetricsAndNamesTheFailingReadinessCheck() throws Exception {
        PrometheusMeterRegistry registry = MetricsSetup.prometheus("test");
        registry.counter("dw.test.things").increment(3);
        AtomicBoolean running = new AtomicBoolean(false);
        try (OpsServer ops =
                new OpsServer("127.0.0.1", 0, registry, Map.of("alive", () -> true), Map.of("running", running::get))) {
            HttpResponse<String> metrics = get(ops, "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(metrics.body()).contains("dw_test_things_total{role=\"test\"} 3.0", "jvm_memory_used_bytes");
            // promtool rejects these names; UnitSuffixes renames them, PrometheusNaming drops them
            assertThat(metrics.body()).doesNotContain("system_cpu_count", "process_cpu_time_ns");

            assertThat(get(ops, "/health/live").statusCode()).isEqualTo(200);
            HttpResponse<String> notReady = get(ops, "/health/ready");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).isEqualTo("{\"status\":\"DOWN\",\"checks\":{\"running\":false}}");
            running.set(true);
            assertThat(get(ops, "/health/ready").body()).isEqualTo("{\"status\":\"UP\",\"checks\":{\"running\":true}}");
            assertThat(get(ops, "/elsewhere").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aTakenPortSaysWhichSettingMovesIt() {
        PrometheusMeterRegistry registry = MetricsSetup.prometheus("test");
        try (OpsServer first = new OpsServer("127.0.0.1", 0, registry, Map.of(), Map.of())) {
            assertThatThrownBy(() -> new OpsServer("127.0.0.1", first.port(), registry, Map.of(), Map.of()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("DW_OPS_PORT");
        }
    }
}
