package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an operator reads off a role's {@code /metrics}, beyond what promtool checks: each Kafka
 * client named for its role, each topic's lag once and under the topic's own name, a unit in every
 * name that measures a time or a size, and no meter the registry refused.
 */
final class MetricsScrape {
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern TIME = Pattern.compile("_(latency|time|duration|lateness)(_|$)");
    private static final Pattern SIZE = Pattern.compile("^kafka_.*(_(size|capacity|usage)(_|$)|_mem$)");

    private final String scrape;

    MetricsScrape(String scrape) {
        this.scrape = scrape;
    }

    /** The label sets of the series of metric {@code name}. */
    List<Map<String, String>> series(String name) {
        return scrape.lines()
                .filter(l -> l.startsWith(name + "{"))
                .map(l -> {
                    Matcher m = LABEL.matcher(l.substring(0, l.lastIndexOf('}')));
                    Map<String, String> labels = new java.util.TreeMap<>();
                    while (m.find()) {
                        labels.put(m.group(1), m.group(2));
                    }
                    return (Map<String, String>) labels;
                })
                .toList();
    }

    /** The topics of the consumers' lag series; fails on a partition reported twice. */
    Set<String> lagTopics() {
        List<Map<String, String>> lag = series("kafka_consumer_fetch_manager_records_lag");
        List<String> partitions = lag.stream()
                .map(l -> l.get("client_id") + " " + l.get("partition") + " "
                        + l.get("topic").replace('.', '_'))
                .toList();
        assertThat(partitions).as("lag series per client and partition").doesNotHaveDuplicates();
        return lag.stream().map(l -> l.get("topic")).collect(Collectors.toSet());
    }

    /** Every Kafka client's id begins with one of {@code prefixes} (denialwatch-sink…, never consumer-null-1). */
    void clientsNamed(String... prefixes) {
        Set<String> ids = scrape.lines()
                .flatMap(l -> LABEL.matcher(l).results())
                .filter(m -> m.group(1).equals("client_id"))
                .map(m -> m.group(2))
                .collect(Collectors.toSet());
        assertThat(ids)
                .as("client ids")
                .isNotEmpty()
                .allMatch(id -> List.of(prefixes).stream().anyMatch(id::startsWith));
    }

    /** A time is in seconds and a size in bytes, by name; the registry refused no meter. */
    void unitsNamedAndNothingRefused() {
        List<String> names = scrape.lines()
                .filter(l -> l.startsWith("# TYPE "))
                .map(l -> l.split(" ")[2])
                .toList();
        assertThat(names)
                .as("times without seconds in their names")
                .noneMatch(n -> TIME.matcher(n).find() && !n.contains("seconds"));
        assertThat(names)
                .as("sizes without bytes in their names")
                .noneMatch(n -> SIZE.matcher(n).find() && !n.contains("bytes"));
        assertThat(series("dw_metrics_registration_failures_total")).hasSize(1);
        assertThat(scrape).containsPattern("(?m)^dw_metrics_registration_failures_total\\{[^}]*\\} 0\\.0$");
    }
}
