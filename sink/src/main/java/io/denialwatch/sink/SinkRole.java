package io.denialwatch.sink;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Alert;
import io.denialwatch.sink.feed.AlertFeed;
import io.denialwatch.sink.feed.Backoff;
import io.denialwatch.sink.feed.FeedProgress;
import io.denialwatch.sink.feed.StoreFeed;
import io.denialwatch.sink.notify.AlertLine;
import io.denialwatch.sink.notify.JsonlAlertWriter;
import io.denialwatch.sink.notify.WebhookConfig;
import io.denialwatch.sink.notify.WebhookDispatcher;
import io.denialwatch.sink.query.AlertFilter;
import io.denialwatch.sink.query.AlertQuery;
import io.denialwatch.sink.store.AlertBoard;
import io.denialwatch.sink.store.AlertStore;
import io.denialwatch.sink.store.Database;
import io.denialwatch.sink.store.MemoryAlerts;
import io.denialwatch.sink.store.MemoryQuery;
import io.denialwatch.sink.store.StoreQuery;
import io.denialwatch.sink.web.DeskServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code sink} role: follows {@code dw.alerts} and puts every alert in front of the desk:
 * the PostgreSQL store when {@code postgres.url} is set, the live page and API, webhooks, a
 * JSONL file if configured, and one readable line on the terminal.
 *
 * <p>With PostgreSQL the sink is a consumer group member that commits offsets after the database
 * does, and keeps no history in memory; without it, it re-reads the compacted topic on every start
 * and keeps the history in memory ({@link MemoryAlerts}).
 */
public final class SinkRole implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SinkRole.class);
    private final AlertBoard board = new AlertBoard();
    private final Database database;
    private final FeedProgress progress;
    private final AutoCloseable feed;
    private final JsonlAlertWriter jsonl;
    private final WebhookDispatcher webhooks;
    private final AlertQuery query;
    private final DeskServer desk;
    private final Thread feedThread;

    public SinkRole(Settings settings, PrometheusMeterRegistry registry, PrintStream terminal) throws IOException {
        SinkSettings c = SinkSettings.from(settings);
        Topics topics = c.topics();
        this.jsonl = c.alertsOut().isEmpty()
                ? null
                : new JsonlAlertWriter(c.alertsOut().get());
        this.webhooks = c.webhooksFile().isEmpty()
                ? null
                : new WebhookDispatcher(WebhookConfig.load(c.webhooksFile().get()), registry);
        List<Consumer<Alert>> outputs = new ArrayList<>();
        if (jsonl != null) {
            outputs.add(jsonl::write);
        }
        if (terminal != null) {
            outputs.add(a -> terminal.println(AlertLine.of(a)));
        }
        Runnable feedLoop;
        if (c.postgresUrl().isBlank()) {
            this.database = null;
            MemoryAlerts memory = new MemoryAlerts(board);
            AlertFeed f = new AlertFeed(c.kafka(), topics.alerts.name(), memory, outputs, registry);
            if (webhooks != null) {
                // without a store every start re-reads the whole topic: only what comes after that
                // catch-up is news for the webhooks
                outputs.add(a -> {
                    if (f.caughtUp()) {
                        webhooks.accept(a);
                    }
                });
            }
            this.feed = f;
            this.progress = f;
            feedLoop = f;
            this.query = new MemoryQuery(memory, Clock.systemUTC());
        } else {
            this.database = Database.open(c.postgresUrl(), c.postgresUser(), c.postgresPassword());
            // no refill of anything in memory: after a restart the page reads its first page from the store
            AlertStore store = new AlertStore(database.writes());
            if (webhooks != null) {
                outputs.add(webhooks); // the feed hands on only what changed the store: each revision once
            }
            StoreFeed f = new StoreFeed(
                    c.kafka(),
                    c.group(),
                    topics.alerts.name(),
                    store,
                    board,
                    outputs,
                    registry,
                    new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30)));
            this.feed = f;
            this.progress = f;
            feedLoop = f;
            this.query = new StoreQuery(database.dataSource(), store, board, Clock.systemUTC());
        }
        this.feedThread = new Thread(feedLoop, "alert-feed");
        // a feed loop that died leaves a page that never changes: not live, so it gets restarted
        this.desk = new DeskServer(
                c.bind(),
                c.port(),
                board,
                query,
                registry,
                this::feedRunning,
                () -> feedThread.isAlive() && progress.assigned(),
                c.token());
    }

    public void start() {
        feedThread.start();
    }

    /** The feed of alerts runs, or has not been started yet. */
    boolean feedRunning() {
        return feedThread.getState() == Thread.State.NEW || feedThread.isAlive();
    }

    public AlertBoard board() {
        return board;
    }

    /** How many alerts the desk's store holds. */
    public long alerts() {
        return query.search(AlertFilter.all().withPage(1, 0)).total();
    }

    /** How far the sink has read dw.alerts. */
    public FeedProgress feed() {
        return progress;
    }

    public int port() {
        return desk.port();
    }

    @Override
    public void close() throws IOException {
        try {
            feed.close();
        } catch (Exception e) {
            log.warn("closing the alert feed: {}", e.getMessage());
        }
        try {
            feedThread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        desk.close();
        if (webhooks != null) {
            webhooks.close();
        }
        if (jsonl != null) {
            jsonl.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
