package io.denialwatch.sink;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Alert;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code sink} role: follows {@code dw.alerts} and puts every alert in front of the desk:
 * the live page and API, a JSONL file if configured, and one readable line on the terminal.
 */
public final class SinkRole implements AutoCloseable {
    private final AlertBoard board = new AlertBoard();
    private final AlertFeed feed;
    private final JsonlAlertWriter jsonl;
    private final DeskServer desk;
    private final Thread feedThread;

    public SinkRole(Settings settings, PrometheusMeterRegistry registry, PrintStream terminal) throws IOException {
        Topics topics = new Topics(settings.get(Settings.TOPIC_PREFIX));
        String out = settings.get(Settings.SINK_ALERTS_OUT);
        this.jsonl = out == null || out.isBlank() ? null : new JsonlAlertWriter(Path.of(out));
        List<Consumer<Alert>> outputs = new ArrayList<>();
        if (jsonl != null) {
            outputs.add(jsonl::write);
        }
        if (terminal != null) {
            outputs.add(a -> terminal.println(AlertLine.of(a)));
        }
        this.feed = new AlertFeed(settings.kafkaProperties(), topics.alerts.name(), board, outputs, registry);
        this.desk = new DeskServer(settings.get(Settings.SINK_BIND), settings.getInt(Settings.SINK_PORT), board, registry,
                feed::assigned);
        this.feedThread = new Thread(feed, "alert-feed");
    }

    public void start() {
        feedThread.start();
    }

    public AlertBoard board() {
        return board;
    }

    public AlertFeed feed() {
        return feed;
    }

    public int port() {
        return desk.port();
    }

    @Override
    public void close() throws IOException {
        feed.close();
        try {
            feedThread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        desk.close();
        if (jsonl != null) {
            jsonl.close();
        }
    }
}
