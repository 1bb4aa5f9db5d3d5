package io.denialwatch.stream;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.stream.analysis.SimpleCueAnalyzer;
import io.denialwatch.stream.pipeline.PipelineMetrics;
import io.denialwatch.stream.pipeline.StreamSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * One stream instance in a child JVM, for the fail-over test: args BOOTSTRAP STATE_DIR PERSONS_FILE.
 * Prints {@code STATE <state>} on every state change; runs until killed.
 */
public final class StreamInstanceMain {
    private StreamInstanceMain() {}

    public static void main(String[] args) throws InterruptedException {
        Settings s = Settings.load(
                null,
                Map.of(),
                Map.of(
                        Settings.BOOTSTRAP.key(),
                        args[0],
                        Settings.DATA_DIR.key(),
                        args[1],
                        Settings.STREAM_APP_ID.key(),
                        "failover-test",
                        // a killed instance's partitions move after this long, not after the 45 s default
                        "kafka.session.timeout.ms",
                        "6000",
                        "kafka.heartbeat.interval.ms",
                        "1000"));
        Gazetteer g = Gazetteer.load(Path.of(args[2]));
        var topology = DenialTopology.build(new DenialTopology.Parts(
                StreamRole.topics(s),
                new SimpleCueAnalyzer(g),
                g,
                StreamSettings.from(s),
                PipelineMetrics.noop(),
                null));
        StreamRole role = new StreamRole(topology, s, new SimpleMeterRegistry());
        role.streams().setStateListener((now, before) -> System.out.println("STATE " + now));
        role.start();
        new CountDownLatch(1).await();
    }
}
