package io.denialwatch.app;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.metrics.MetricsSetup;
import io.denialwatch.stream.StreamRole;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code denialwatch stream}: the Kafka Streams role, one instance per container. */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = "Run the stream role: analyse dw.posts, join denials to stories, write dw.alerts "
                + "(exactly once). Start several with the same stream.application.id to share the work.")
final class StreamCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        Settings s = config.load(Map.of());
        KafkaClients.ensureTopics(s);
        var registry = MetricsSetup.prometheus("stream");
        CountDownLatch stop = new CountDownLatch(1);
        try (StreamRole role = new StreamRole(Components.topology(s, registry), s, registry)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                role.close();
                stop.countDown();
            }, "stream-shutdown"));
            role.start();
            stop.await();
        }
        return 0;
    }
}
