package io.denialwatch.common.metrics;

import io.denialwatch.common.config.Settings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Prometheus registry every role exposes on {@code /metrics}, with the JVM's own meters bound,
 * names that pass {@code promtool check metrics} and carry their units ({@link PrometheusNaming},
 * {@link UnitSuffixes}), and no meter lost in silence: one that the registry refuses is logged as an
 * error and counted in {@code dw_metrics_registration_failures_total}.
 */
public final class MetricsSetup {
    private static final Logger log = LoggerFactory.getLogger(MetricsSetup.class);

    private MetricsSetup() {}

    /** A role's registry; its Kafka clients use the topics of {@code topics.prefix}. */
    public static PrometheusMeterRegistry prometheus(String role, Settings s) {
        return prometheus(role, s.get(Settings.TOPIC_PREFIX));
    }

    /** A registry whose Kafka clients, if any, use the default topics. */
    public static PrometheusMeterRegistry prometheus(String role) {
        return prometheus(role, Settings.TOPIC_PREFIX.defaultValue());
    }

    private static PrometheusMeterRegistry prometheus(String role, String topicPrefix) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // first, so that every meter registered later is filtered and named the way promtool accepts
        registry.config()
                .namingConvention(new UnitSuffixes(registry.config().namingConvention()))
                .meterFilter(new PrometheusNaming(topicPrefix))
                .commonTags("role", role);
        Counter failures = Counter.builder("dw.metrics.registration.failures")
                .description("meters the registry refused (each is logged as an error)")
                .register(registry);
        registry.config().onMeterRegistrationFailed((id, reason) -> {
            failures.increment();
            log.error("metrics: {} not registered: {}", describe(id), reason);
        });
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        return registry;
    }

    private static String describe(Meter.Id id) {
        return id.getName() + id.getTags();
    }
}
