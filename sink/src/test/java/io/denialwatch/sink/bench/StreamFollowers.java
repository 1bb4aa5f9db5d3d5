package io.denialwatch.sink.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many open desk streams, followed without a thread each: for every live alert received, how long
 * after its {@code created_at} (the moment the benchmark produced it) it arrived.
 */
final class StreamFollowers implements AutoCloseable {
    private static final String CREATED = "\"created_at\":\"";

    final Latencies delivery = new Latencies();
    final AtomicInteger synced = new AtomicInteger();
    final AtomicInteger refetches = new AtomicInteger();
    private final List<Flow.Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final HttpClient http = HttpClient.newBuilder().executor(threads).build();

    StreamFollowers(String base, int count) {
        for (int i = 0; i < count; i++) {
            http.sendAsync(
                    HttpRequest.newBuilder(URI.create(base + "/api/alerts/stream"))
                            .build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(new Follower()));
        }
    }

    private final class Follower implements Flow.Subscriber<String> {
        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscriptions.add(s);
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("event: synced")) {
                synced.incrementAndGet();
            } else if (line.startsWith("event: refetch")) {
                refetches.incrementAndGet();
            } else if (line.startsWith("data: ")) {
                int at = line.lastIndexOf(CREATED);
                if (at > 0) {
                    Instant created = Instant.parse(
                            line.substring(at + CREATED.length(), line.indexOf('"', at + CREATED.length())));
                    delivery.add(
                            java.time.Duration.between(created, Instant.now()).toNanos() / 1000);
                }
            }
        }

        @Override
        public void onError(Throwable t) {
            // closed at the end
        }

        @Override
        public void onComplete() {
            // the sink closed the stream
        }
    }

    @Override
    public void close() {
        subscriptions.forEach(Flow.Subscription::cancel);
        threads.shutdownNow();
    }
}
