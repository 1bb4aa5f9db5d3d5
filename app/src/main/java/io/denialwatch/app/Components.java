package io.denialwatch.app;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.stream.DenialTopology;
import io.denialwatch.stream.analysis.AnalyzerConfig;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import io.denialwatch.stream.analysis.PostAnalyzer;
import io.denialwatch.stream.pipeline.PipelineMetrics;
import io.denialwatch.stream.pipeline.StreamSettings;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.Topology;

/** How the command assembles the parts of a role from configuration: the one place that wiring lives. */
final class Components {
    private Components() {}

    static Gazetteer gazetteer(Settings s) {
        return Gazetteer.load(s.get(Settings.PERSONS_FILE));
    }

    static PostAnalyzer analyzer(Gazetteer g, Settings s) {
        // the threshold was calibrated with the weights: a fixed default here would undo that
        double threshold = s.get(Settings.DETECT_THRESHOLD).orElse(AnalyzerConfig.DEFAULT_THRESHOLD);
        return new MultilingualAnalyzer(
                g,
                new AnalyzerConfig(
                        threshold, s.get(Settings.DETECT_LEXICON).orElse(null), AnalyzerConfig.DEFAULT_MAX_CHARS));
    }

    static DenialTopology.Parts topologyParts(Settings s, MeterRegistry registry) {
        Gazetteer g = gazetteer(s);
        return new DenialTopology.Parts(
                new Topics(s.get(Settings.TOPIC_PREFIX)),
                analyzer(g, s),
                g,
                StreamSettings.from(s),
                new PipelineMetrics(registry),
                null);
    }

    static Topology topology(Settings s, MeterRegistry registry) {
        return DenialTopology.build(topologyParts(s, registry));
    }
}
