package io.denialwatch.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.NamingConvention;
import java.util.regex.Pattern;

/**
 * Prometheus names with the unit Prometheus' conventions expect, for the meters that do not say
 * theirs (Kafka's, mostly), and one tag key for one idea. A naming convention, not a filter: it
 * changes only what {@code /metrics} shows, so Micrometer's Kafka binders still find the meters
 * they registered under Kafka's own names when they look again (a renamed meter would be
 * registered anew at every look).
 * <ul>
 * <li>Kafka's sizes are bytes: {@code fetch.size.avg} is {@code fetch_size_avg_bytes}, as are
 * {@code *.capacity}, {@code *.usage} and {@code *.mem}; {@code byte} is {@code bytes}
 * ({@code incoming_bytes_total}); {@code metadata.age} is in seconds.</li>
 * <li>a {@code count} suffix on something that is not a histogram ({@code connection.count},
 * {@code system.cpu.count}) becomes {@code number}: {@code _count} is the histograms'.</li>
 * <li>Kafka Streams names a store's tag after the store's kind ({@code rocksdb-state-id},
 * {@code rocksdb-window-state-id}, {@code in-memory-state-id}…) while giving their meters one name:
 * Prometheus requires one set of tag keys per name, so all of them are {@code state_id}.</li>
 * </ul>
 */
final class UnitSuffixes implements NamingConvention {
    private static final Pattern KAFKA_SIZE = Pattern.compile("^kafka\\..*(\\.(size|capacity|usage)(\\.|$)|\\.mem$)");
    private static final Pattern BYTE = Pattern.compile("\\.byte(\\.|$)");
    private static final Pattern STORE_ID = Pattern.compile("[a-z.]*\\.state\\.id");

    private final NamingConvention prometheus;

    UnitSuffixes(NamingConvention prometheus) {
        this.prometheus = prometheus;
    }

    @Override
    public String name(String name, Meter.Type type, String baseUnit) {
        return prometheus.name(withUnit(name), type, baseUnit);
    }

    static String withUnit(String name) {
        String n = BYTE.matcher(name).replaceAll(".bytes$1");
        if (n.endsWith(".count")) {
            n = n.substring(0, n.length() - ".count".length()) + ".number";
        }
        if (KAFKA_SIZE.matcher(n).find() && !n.contains(".bytes")) {
            n = n + ".bytes";
        }
        if (n.startsWith("kafka.") && n.endsWith(".metadata.age")) {
            n = n + ".seconds";
        }
        return n;
    }

    @Override
    public String tagKey(String key) {
        return prometheus.tagKey(STORE_ID.matcher(key).matches() ? "state.id" : key);
    }

    @Override
    public String tagValue(String value) {
        return prometheus.tagValue(value);
    }
}
