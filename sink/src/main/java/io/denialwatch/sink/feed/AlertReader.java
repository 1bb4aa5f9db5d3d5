package io.denialwatch.sink.feed;

import io.denialwatch.common.LogSafe;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Alert;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a {@code dw.alerts} record into an alert; a record that is not one is counted, logged and skipped. */
public final class AlertReader {
    private static final Logger log = LoggerFactory.getLogger(AlertReader.class);

    private final Counter unreadable;

    public AlertReader(MeterRegistry registry) {
        this.unreadable = Counter.builder("dw_sink_unreadable_alerts")
                .description("records on dw.alerts that are not alerts")
                .register(registry);
    }

    /** The alert, or {@code null} for a tombstone or a record that is not an alert. */
    public Alert read(ConsumerRecord<String, byte[]> r) {
        if (r.value() == null) {
            return null;
        }
        Alert alert;
        try {
            alert = Json.read(r.value(), Alert.class);
        } catch (IOException e) {
            unreadable.increment();
            log.warn(
                    "skipping unreadable record {}-{}@{}: {}",
                    r.topic(),
                    r.partition(),
                    r.offset(),
                    LogSafe.of(LogSafe.firstLine(e.getMessage())));
            return null;
        }
        if (alert == null
                || alert.alertId() == null
                || alert.denial() == null
                || alert.person() == null
                || alert.person().id() == null) {
            unreadable.increment();
            return null;
        }
        return alert;
    }
}
