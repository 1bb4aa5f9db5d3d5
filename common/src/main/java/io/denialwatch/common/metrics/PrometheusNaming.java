package io.denialwatch.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps {@code /metrics} acceptable to Prometheus' own linter ({@code promtool check metrics}),
 * mostly against what Kafka's clients register:
 * <ul>
 * <li>meters counted in nanoseconds or milliseconds ({@code io.time.ns.avg}, {@code start.time.ms},
 * the JVM's {@code process.cpu.time}) are dropped: Prometheus wants seconds, and a filter can rename
 * a meter but not rescale it. Every such Kafka meter has a rate or ratio beside it.</li>
 * <li>a {@code count} suffix on something that is not a histogram ({@code connection.count},
 * {@code system.cpu.count}) becomes {@code number};</li>
 * <li>meters without help text get their name as help.</li>
 * </ul>
 */
public final class PrometheusNaming implements MeterFilter {
    private static final Set<String> SUB_SECOND_UNITS =
            Set.of("ns", "us", "ms", "nanoseconds", "microseconds", "milliseconds");
    private static final Pattern UNIT_SEGMENT = Pattern.compile("(^|\\.)(ns|us|ms)(\\.|$)");

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        boolean subSecond = UNIT_SEGMENT.matcher(id.getName()).find()
                || (id.getBaseUnit() != null && SUB_SECOND_UNITS.contains(id.getBaseUnit()));
        return subSecond ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        String name = id.getName();
        if (name.endsWith(".count")) {
            name = name.substring(0, name.length() - ".count".length()) + ".number";
        }
        String description = id.getDescription() == null || id.getDescription().isBlank()
                ? id.getName().replace('.', ' ')
                : id.getDescription();
        if (name.equals(id.getName()) && description.equals(id.getDescription())) {
            return id;
        }
        return new Meter.Id(name, Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), description, id.getType());
    }
}
