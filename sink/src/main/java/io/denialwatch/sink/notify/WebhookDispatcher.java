package io.denialwatch.sink.notify;

import io.denialwatch.common.LogSafe;
import io.denialwatch.common.model.Alert;
import io.denialwatch.sink.feed.Backoff;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes alerts to the webhook targets. Each target has its own thread and bounded queue, so a
 * slow or dead target only delays itself: the others and the store never wait on it. A failed
 * delivery (network error, 429 or 5xx) is retried with doubling waits; a full queue drops the
 * newest alert for that target and counts it.
 */
public final class WebhookDispatcher implements Consumer<Alert>, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int QUEUE = 1_000;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(2);

    private final List<Delivery> deliveries;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public WebhookDispatcher(List<WebhookTarget> targets, MeterRegistry registry) {
        this.deliveries = targets.stream().map(t -> new Delivery(t, registry)).toList();
    }

    /** Queues the alert for every target that wants it; never blocks. */
    @Override
    public void accept(Alert alert) {
        for (Delivery d : deliveries) {
            if (d.target.wants(alert)) {
                d.submit(alert);
            }
        }
    }

    @Override
    public void close() {
        deliveries.forEach(d -> d.executor.shutdownNow());
    }

    private final class Delivery {
        final WebhookTarget target;
        final ThreadPoolExecutor executor;
        final Counter delivered;
        final Counter retried;
        final Counter failed;
        final Counter dropped;

        Delivery(WebhookTarget target, MeterRegistry registry) {
            this.target = target;
            this.executor = new ThreadPoolExecutor(
                    1,
                    1,
                    0,
                    TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(QUEUE),
                    r -> {
                        Thread t = new Thread(r, "webhook-" + target.name());
                        t.setDaemon(true);
                        return t;
                    },
                    (r, ex) -> drop());
            this.delivered = counter(registry, "dw_webhook_delivered", "alerts a webhook target accepted");
            this.retried = counter(registry, "dw_webhook_retries", "webhook tries repeated after a failure");
            this.failed = counter(registry, "dw_webhook_failed", "alerts given up on after every try");
            this.dropped =
                    counter(registry, "dw_webhook_dropped", "alerts dropped because the target's queue was full");
        }

        private Counter counter(MeterRegistry registry, String name, String description) {
            return Counter.builder(name)
                    .tag("target", target.name())
                    .description(description)
                    .register(registry);
        }

        void drop() {
            dropped.increment();
        }

        void submit(Alert alert) {
            if (!executor.isShutdown()) {
                executor.execute(() -> deliver(alert));
            }
        }

        private void deliver(Alert alert) {
            HttpRequest request = HttpRequest.newBuilder(target.url())
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "denialwatch")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            WebhookMessages.body(target.format(), alert), StandardCharsets.UTF_8))
                    .build();
            Backoff backoff = new Backoff(target.initialBackoff(), MAX_BACKOFF);
            for (int attempt = 1; attempt <= target.maxAttempts(); attempt++) {
                String problem;
                try {
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    if (status / 100 == 2) {
                        delivered.increment();
                        return;
                    }
                    if (status != 429 && status < 500) {
                        failed.increment(); // the target refuses this message: trying again will not help
                        log.warn(
                                "webhook {} refused alert {} with HTTP {}",
                                LogSafe.of(target.name()),
                                LogSafe.of(alert.alertId()),
                                status);
                        return;
                    }
                    problem = "HTTP " + status;
                } catch (IOException e) {
                    problem = e.getClass().getSimpleName();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (attempt == target.maxAttempts()) {
                    break;
                }
                retried.increment();
                try {
                    // this thread serves only this target: waiting here delays nobody else
                    TimeUnit.MILLISECONDS.sleep(backoff.next().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                log.debug("webhook {} retry {} after {}", LogSafe.of(target.name()), attempt, problem);
            }
            failed.increment();
            log.warn(
                    "webhook {} gave up on alert {} after {} tries",
                    LogSafe.of(target.name()),
                    LogSafe.of(alert.alertId()),
                    target.maxAttempts());
        }
    }
}
