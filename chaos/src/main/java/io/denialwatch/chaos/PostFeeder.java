package io.denialwatch.chaos;

import io.denialwatch.common.ProgressDeadline;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Post;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces the generated posts to {@code dw.posts} at a steady pace while the faults happen, the
 * way an ingest worker would: idempotent, acks from all replicas, keyed by post id. A send that
 * fails (the broker was down longer than the delivery timeout) is sent again: a post that
 * arrives twice is the stream's job to take once, a post that never arrives would make the
 * ground truth wrong.
 */
public final class PostFeeder implements Runnable, AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final List<Post> posts;
    private final Duration pace;
    private final Queue<Post> failed = new ConcurrentLinkedQueue<>();
    private final AtomicInteger acked = new AtomicInteger();
    private final AtomicInteger resent = new AtomicInteger();
    private volatile boolean hurry;
    private volatile boolean running = true;

    public PostFeeder(Properties kafka, String topic, List<Post> posts, Duration spreadOver) {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.posts = posts;
        this.pace = posts.isEmpty() ? Duration.ZERO : spreadOver.dividedBy(posts.size());
    }

    @Override
    public void run() {
        try {
            for (Post post : posts) {
                if (!running) {
                    return;
                }
                send(post);
                retryFailed();
                if (!hurry) {
                    Thread.sleep(pace.toMillis());
                }
            }
            while (running && acked.get() < posts.size()) {
                retryFailed();
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(Post post) {
        producer.send(new ProducerRecord<>(topic, post.id(), Json.writeBytes(post)), (meta, error) -> {
            if (error == null) {
                acked.incrementAndGet();
            } else {
                failed.add(post);
            }
        });
    }

    private void retryFailed() {
        Post again;
        while ((again = failed.poll()) != null) {
            resent.incrementAndGet();
            send(again);
        }
    }

    /** Sends what is left without pacing (the faults are over). */
    public void hurry() {
        hurry = true;
    }

    public boolean allAcked() {
        return acked.get() >= posts.size();
    }

    public int acked() {
        return acked.get();
    }

    public int resent() {
        return resent.get();
    }

    /** Waits until every post is acknowledged. */
    /** Waits while acknowledgements keep coming: {@code stall} without a new one ends the wait (ProgressDeadline). */
    public boolean awaitAllAcked(Duration stall) throws InterruptedException {
        ProgressDeadline wait = new ProgressDeadline(stall, stall.multipliedBy(4));
        while (!allAcked() && wait.worthWaiting(acked.get())) {
            Thread.sleep(100);
        }
        return allAcked();
    }

    @Override
    public void close() {
        running = false;
        producer.close(Duration.ofSeconds(10));
    }
}
