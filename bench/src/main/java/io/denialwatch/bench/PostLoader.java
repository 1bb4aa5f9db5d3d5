package io.denialwatch.bench;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Post;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces posts to the posts topic, keyed by post id as every ingest producer does. Every send
 * is checked: a benchmark over silently lost records would measure nothing.
 */
final class PostLoader implements AutoCloseable {
    /** Makes the next post to send. */
    interface Source {
        Post next();
    }

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final AtomicLong acked = new AtomicLong();
    private long sent;

    PostLoader(Settings s, String topic) {
        Properties p = s.kafkaProperties();
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(128 * 1024));
        // KAFKA-15591 (Kafka 4.4): on a just-created topic a retried first batch can spin on
        // OUT_OF_ORDER_SEQUENCE until the delivery timeout; one request in flight avoids it
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
    }

    void send(Post post) {
        throwIfFailed();
        producer.send(new ProducerRecord<>(topic, post.id(), Json.writeBytes(post)), (md, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            } else {
                acked.incrementAndGet();
            }
        });
        sent++;
    }

    /** Sends {@code n} posts as fast as the producer takes them and waits until all are acknowledged. */
    long sendAll(Source source, long n) {
        for (long i = 0; i < n; i++) {
            send(source.next());
        }
        flush();
        return n;
    }

    void flush() {
        producer.flush();
        throwIfFailed();
        if (acked.get() != sent) {
            throw new IllegalStateException("only " + acked.get() + " of " + sent + " posts were acknowledged");
        }
    }

    private void throwIfFailed() {
        Exception e = failure.get();
        if (e != null) {
            throw new IllegalStateException("producing posts failed: " + e, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
