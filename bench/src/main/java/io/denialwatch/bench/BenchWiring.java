package io.denialwatch.bench;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.stream.analysis.PostAnalyzer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.Topology;

/**
 * The parts the bench measures, taken from the command's own wiring, so that it always measures
 * the topology and analyser the {@code stream} role runs, and the {@code sink} role itself.
 */
public interface BenchWiring {
    Topology topology(Settings settings, MeterRegistry registry);

    PostAnalyzer analyzer(Gazetteer gazetteer, Settings settings);

    /** Starts the {@code sink} role on these settings: its feed of the alerts topic, its store and its API. */
    RunningSink sink(Settings settings) throws IOException;

    /** A started sink, as the bench sees it: an API on loopback and how far it has read. */
    interface RunningSink extends AutoCloseable {
        /** Port of its desk and API. */
        int port();

        /** Whether it has read the alerts topic up to these offsets. */
        boolean hasReached(Map<TopicPartition, Long> offsets);

        @Override
        void close() throws IOException;
    }
}
