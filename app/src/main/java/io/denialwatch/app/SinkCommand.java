package io.denialwatch.app;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.metrics.MetricsSetup;
import io.denialwatch.sink.SinkRole;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code denialwatch sink}: the desk — page, API, JSONL — fed by dw.alerts. */
@Command(
        name = "sink",
        mixinStandardHelpOptions = true,
        description = "Run the sink role: follow dw.alerts and serve the live desk page, its API and metrics.")
final class SinkCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--port", paramLabel = "N", description = "port of the desk (0 picks a free one; default 8080)")
    Integer port;

    @Option(names = "--alerts-out", paramLabel = "FILE", description = "also append every alert to this JSONL file")
    Path alertsOut;

    @Override
    public Integer call() throws Exception {
        Map<String, String> o = new HashMap<>();
        if (port != null) {
            o.put(Settings.SINK_PORT.key(), port.toString());
        }
        if (alertsOut != null) {
            o.put(Settings.SINK_ALERTS_OUT.key(), alertsOut.toString());
        }
        Settings s = config.load(o);
        KafkaClients.ensureTopics(s);
        CountDownLatch stop = new CountDownLatch(1);
        SinkRole sink =
                new SinkRole(KafkaClients.named(s, "denialwatch-sink"), MetricsSetup.prometheus("sink", s), System.out);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                sink.close();
                            } catch (Exception e) {
                                System.err.println("sink: " + e.getMessage());
                            }
                            stop.countDown();
                        },
                        "sink-shutdown"));
        sink.start();
        System.out.println("desk: http://" + s.get(Settings.SINK_BIND) + ":" + sink.port() + "/");
        stop.await();
        return 0;
    }
}
