package io.denialwatch.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which meters {@code /metrics} leaves out, on purpose (docs/operations.md lists them), and help
 * text for those that have none. The names of the others are {@link UnitSuffixes}'.
 * <ul>
 * <li>meters counted in nanoseconds or milliseconds by name or base unit ({@code io.time.ns.avg},
 * {@code start.time.ms}, the JVM's {@code process.cpu.time}): Prometheus wants seconds, and a filter
 * can rename a meter but not rescale it;</li>
 * <li>for the same reason Kafka's times, whose names carry no unit at all ({@code
 * request.latency.avg}, {@code record.queue.time.max}, {@code iterator.duration.avg},
 * {@code record.lateness.max}): milliseconds in most groups, nanoseconds in Kafka Streams' state
 * stores. The end-to-end latency that matters to a desk is denialwatch's own
 * {@code dw_sink_alert_latency_seconds};</li>
 * <li>the second copy of every per-topic series that Kafka's consumer keeps for a topic whose
 * name has a dot, under the name with underscores ({@code dw_alerts} beside {@code dw.alerts};
 * deprecated by Kafka). Every topic of an installation begins with {@code topics.prefix}, so a
 * topic that begins with that prefix spelt with underscores is such a copy.</li>
 * </ul>
 */
final class PrometheusNaming implements MeterFilter {
    private static final Set<String> SUB_SECOND_UNITS =
            Set.of("ns", "us", "ms", "nanoseconds", "microseconds", "milliseconds");
    private static final Pattern UNIT_SEGMENT = Pattern.compile("(^|\\.)(ns|us|ms)(\\.|$)");
    private static final Pattern KAFKA_TIME = Pattern.compile("^kafka\\..*\\.(latency|time|duration|lateness)(\\.|$)");
    private static final Pattern SECONDS = Pattern.compile("(^|\\.)seconds(\\.|$)");

    /** The underscore spelling of {@code topics.prefix}, or null when the prefix has no dot. */
    private final String deprecatedTopicPrefix;

    PrometheusNaming(String topicPrefix) {
        this.deprecatedTopicPrefix = topicPrefix.contains(".") ? topicPrefix.replace('.', '_') : null;
    }

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        return subSecond(id) || kafkaTime(id.getName()) || deprecatedTopicCopy(id)
                ? MeterFilterReply.DENY
                : MeterFilterReply.NEUTRAL;
    }

    private static boolean subSecond(Meter.Id id) {
        return UNIT_SEGMENT.matcher(id.getName()).find()
                || (id.getBaseUnit() != null && SUB_SECOND_UNITS.contains(id.getBaseUnit()));
    }

    private static boolean kafkaTime(String name) {
        return KAFKA_TIME.matcher(name).find() && !SECONDS.matcher(name).find();
    }

    private boolean deprecatedTopicCopy(Meter.Id id) {
        String topic = id.getTag("topic");
        return deprecatedTopicPrefix != null && topic != null && topic.startsWith(deprecatedTopicPrefix);
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        if (id.getDescription() != null && !id.getDescription().isBlank()) {
            return id;
        }
        return new Meter.Id(
                id.getName(),
                Tags.of(id.getTagsAsIterable()),
                id.getBaseUnit(),
                id.getName().replace('.', ' '),
                id.getType());
    }
}
