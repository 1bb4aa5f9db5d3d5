package io.denialwatch.bench;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.stream.analysis.PostAnalyzer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.Topology;

/**
 * The parts the bench measures, taken from the command's own wiring, so that it always measures
 * the topology and analyser the {@code stream} role runs.
 */
public interface BenchWiring {
    Topology topology(Settings settings, MeterRegistry registry);

    PostAnalyzer analyzer(Gazetteer gazetteer, Settings settings);
}
