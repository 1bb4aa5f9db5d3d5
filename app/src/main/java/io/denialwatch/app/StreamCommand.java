package io.denialwatch.app;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.metrics.MetricsSetup;
import io.denialwatch.common.metrics.OpsServer;
import io.denialwatch.stream.StreamRole;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code denialwatch stream}: the Kafka Streams role, one instance per container. */
@Command(
        name = "stream",
        mixinStandardHelpOptions = true,
        description = {
            "Run the stream role: analyse dw.posts, join denials to stories, write dw.alerts "
                    + "(exactly once). Start several with the same stream.application.id to share the work.",
            "Serves /metrics, /health/live and /health/ready on ops.bind:ops.port (default 127.0.0.1:9464). "
                    + "SIGTERM closes it cleanly: it commits, leaves the group and exits."
        })
final class StreamCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        Settings s = config.load(Map.of());
        KafkaClients.ensureTopics(s);
        var registry = MetricsSetup.prometheus("stream", s);
        CountDownLatch stop = new CountDownLatch(1);
        StreamRole role = new StreamRole(Components.topology(s, registry), s, registry);
        OpsServer ops;
        try {
            ops = OpsServer.start(
                    s, registry, Map.of("streams_alive", role::live), Map.of("streams_running", role::ready));
        } catch (IllegalStateException e) {
            role.close();
            System.err.println("stream: " + e.getMessage());
            return 2;
        }
        Thread hook = new Thread(
                () -> {
                    role.close();
                    ops.close();
                    System.out.println("stream: stopped");
                    stop.countDown();
                },
                "stream-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        role.start();
        System.out.println("stream: metrics and health on " + ops.url());
        stop.await();
        return 0;
    }
}
