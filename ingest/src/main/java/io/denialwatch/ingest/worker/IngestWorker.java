package io.denialwatch.ingest.worker;

import io.denialwatch.common.LogSafe;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.metrics.KafkaMeters;
import io.denialwatch.common.model.DeadLetter;
import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.connectors.Poller;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchException.Failure;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.ItemRejection;
import io.denialwatch.ingest.model.SourceDefinition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ingest worker. Workers form a consumer group over the compacted sources topic, so each polls
 * the sources of the partitions it owns, and a rebalance moves sources when a worker joins or dies.
 *
 * <p>Exactly-once hand-off: each sources partition has its own transactional producer
 * ({@code transactional.id} = group + partition), and the posts of a poll go out in one transaction
 * with the cursor that covers them. The new owner of a partition first calls
 * {@code initTransactions()}, which fences the old owner and aborts whatever it left open, then
 * restores cursors with {@code read_committed}. So a crashed worker's half-written poll vanishes
 * together with its cursor, and the next owner re-fetches exactly what was not committed.
 *
 * <p>Bad content (unparseable feeds, oversized bodies, invalid posts) becomes a dead letter and a
 * health record; it never stops the loop and never blocks the good items of other sources.
 */
public final class IngestWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IngestWorker.class);
    /** Bigger posts are refused at the edge so the topology never meets a record it cannot handle. */
    static final int MAX_POST_BYTES = 256 * 1024;

    /**
     * @param kafka              client properties (bootstrap servers and any security settings)
     * @param threads            fetches in flight at once
     * @param transactionTimeout how long a crashed worker's open transaction can hold readers back
     */
    public record Config(
            Properties kafka,
            Topics topics,
            String groupId,
            String workerId,
            int threads,
            Duration transactionTimeout) {}

    private final Config config;
    private final Poller poller;
    private final Clock clock;
    private final MeterRegistry registry;
    private final ExecutorService fetchers;
    private final Thread loop;
    private final ConcurrentLinkedQueue<Completed> completed = new ConcurrentLinkedQueue<>();
    private final Set<Integer> ownedPartitions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger ownedCount = new AtomicInteger();
    private final AtomicLong epochs = new AtomicLong();
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;

    // loop thread only
    private final Map<String, OwnedSource> owned = new HashMap<>();
    private final Map<Integer, KafkaProducer<String, byte[]>> producers = new HashMap<>();
    private final Map<Integer, KafkaMeters> producerMeters = new HashMap<>();
    private Map<String, byte[]> restoredCursors = Map.of();
    private Map<String, byte[]> restoredHealth = Map.of();

    public IngestWorker(Config config, Poller poller, MeterRegistry registry, Clock clock) {
        this.config = config;
        this.poller = poller;
        this.registry = registry;
        this.clock = clock;
        this.fetchers = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "ingest-fetch-" + config.workerId());
            t.setDaemon(true);
            return t;
        });
        Gauge.builder("dw.ingest.sources.owned", ownedCount, AtomicInteger::get)
                .description("sources this worker polls")
                .register(registry);
        this.loop = new Thread(this::run, "ingest-worker-" + config.workerId());
    }

    public IngestWorker start() {
        loop.start();
        return this;
    }

    /**
     * Whether the worker's loop still runs. It ends on close, and on an error it cannot recover
     * from (logged): the process then does no work, and its liveness check must say so.
     */
    public boolean loopAlive() {
        return loop.isAlive();
    }

    public String workerId() {
        return config.workerId();
    }

    /** Partitions of the sources topic this worker owns now. */
    public Set<Integer> ownedPartitions() {
        return Set.copyOf(ownedPartitions);
    }

    public int ownedSources() {
        return ownedCount.get();
    }

    /**
     * The worker's Kafka client properties, the client named for the worker ({@code
     * denialwatch-ingest-<worker>}, or what the operator set as {@code kafka.client.id}) and
     * {@code suffix}: metrics and broker logs then say which worker's client it is, where Kafka's
     * own name would be {@code consumer-ingest-1} or {@code producer-…}.
     */
    private Properties clientProperties(String suffix) {
        Properties p = new Properties();
        p.putAll(config.kafka());
        String base = config.kafka().getProperty(CommonClientConfigs.CLIENT_ID_CONFIG, clientId(config.workerId()));
        p.put(CommonClientConfigs.CLIENT_ID_CONFIG, base + suffix);
        return p;
    }

    /** The name of a worker's Kafka clients when the operator named none. */
    public static String clientId(String workerId) {
        return "denialwatch-ingest-" + workerId;
    }

    private void run() {
        Properties p = clientProperties("");
        p.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // only moved partitions are revoked, so the others keep polling through a rebalance
        p.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        p.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000");
        p.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "1000");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        KafkaMeters consumerMeters = KafkaMeters.of(consumer, registry);
        try {
            consumer.subscribe(List.of(config.topics().sources.name()), new Rebalance());
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    define(r);
                }
                writeCompleted();
                dispatchDue();
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            log.error("ingest worker {} stopped: {}", config.workerId(), LogSafe.of(e), e);
        } finally {
            try {
                consumerMeters.close();
                consumer.close(Duration.ofSeconds(5));
            } finally {
                producerMeters.values().forEach(KafkaMeters::close);
                producerMeters.clear();
                producers.values().forEach(pr -> pr.close(Duration.ofSeconds(5)));
                producers.clear();
            }
        }
    }

    /** A source definition arrived (or was deleted) on a partition we own. */
    private void define(ConsumerRecord<String, byte[]> r) {
        String id = r.key();
        if (id == null) {
            return;
        }
        SourceDefinition def = null;
        if (r.value() != null) {
            try {
                def = Json.read(r.value(), SourceDefinition.class);
            } catch (IOException | RuntimeException e) {
                log.warn("unreadable source definition {}: {}", LogSafe.of(id), LogSafe.of(e.getMessage()));
                badDefinition(r, e);
                return;
            }
        }
        OwnedSource existing = owned.get(id);
        if (existing != null && def != null && existing.definition.equals(def)) {
            return;
        }
        if (def == null || !def.enabled()) {
            owned.remove(id);
        } else {
            Cursor cursor =
                    existing != null ? existing.cursor : restore(restoredCursors.get(id), Cursor.class, Cursor.EMPTY);
            SourceHealth health = existing != null
                    ? existing.health
                    : restore(restoredHealth.get(id), SourceHealth.class, SourceHealth.none(id));
            owned.put(
                    id,
                    new OwnedSource(
                            def, r.partition(), epochs.incrementAndGet(), cursor, health, firstDue(def, cursor)));
        }
        ownedCount.set(owned.size());
    }

    /** An unreadable definition is a dead letter, written under the partition's producer like everything else. */
    private void badDefinition(ConsumerRecord<String, byte[]> r, Exception e) {
        KafkaProducer<String, byte[]> producer = producers.get(r.partition());
        counter("dw.ingest.deadletters", "reason", "bad_definition").increment();
        if (producer == null) {
            return;
        }
        try {
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(
                    config.topics().deadletter.name(),
                    r.key(),
                    Json.writeBytes(DeadLetter.of(
                            "ingest.sources",
                            "unreadable source definition: " + e.getMessage(),
                            r.topic() + "-" + r.partition() + "@" + r.offset(),
                            new String(r.value(), StandardCharsets.UTF_8)))));
            producer.commitTransaction();
        } catch (ProducerFencedException | InvalidProducerEpochException fenced) {
            dropPartition(r.partition());
        } catch (KafkaException k) {
            abortQuietly(producer);
        }
    }

    /** A moved source keeps its rhythm: due one interval after its last fetch, whoever made it. */
    private Instant firstDue(SourceDefinition def, Cursor cursor) {
        Instant now = clock.instant();
        if (cursor.lastFetchedAt() == null) {
            return now;
        }
        Instant due = cursor.lastFetchedAt().plus(def.effectiveInterval());
        return due.isBefore(now) ? now : due;
    }

    private void dispatchDue() {
        Instant now = clock.instant();
        for (OwnedSource s : owned.values()) {
            if (!s.inFlight && !s.nextDue.isAfter(now)) {
                s.inFlight = true;
                SourceDefinition def = s.definition;
                Cursor cursor = s.cursor;
                long epoch = s.epoch;
                fetchers.execute(() -> {
                    try {
                        FetchResult result = poller.poll(def, cursor);
                        completed.add(new Completed(def.id(), epoch, result, null, clock.instant()));
                    } catch (FetchException e) {
                        completed.add(new Completed(def.id(), epoch, null, e, clock.instant()));
                    } catch (RuntimeException e) {
                        completed.add(new Completed(
                                def.id(),
                                epoch,
                                null,
                                new FetchException(
                                        Failure.PARSE,
                                        "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                                        e),
                                clock.instant()));
                    }
                });
            }
        }
    }

    /** Writes every finished fetch, one transaction per sources partition. */
    private void writeCompleted() {
        Map<Integer, List<Completed>> byPartition = new HashMap<>();
        for (Completed c; (c = completed.poll()) != null; ) {
            OwnedSource s = owned.get(c.sourceId());
            if (s == null || s.epoch != c.epoch()) {
                continue; // moved or redefined meanwhile: the new owner re-fetches from the committed cursor
            }
            s.inFlight = false;
            byPartition.computeIfAbsent(s.partition, k -> new ArrayList<>()).add(c);
        }
        byPartition.forEach(this::writeTransaction);
    }

    private void writeTransaction(int partition, List<Completed> batch) {
        KafkaProducer<String, byte[]> producer = producers.get(partition);
        if (producer == null) {
            return;
        }
        Topics t = config.topics();
        Map<OwnedSource, Cursor> newCursors = new HashMap<>();
        Map<OwnedSource, SourceHealth> newHealth = new HashMap<>();
        try {
            producer.beginTransaction();
            for (Completed c : batch) {
                OwnedSource s = owned.get(c.sourceId());
                if (c.error() != null) {
                    failed(producer, s, c, newHealth);
                    continue;
                }
                for (Post post : c.result().posts()) {
                    send(producer, s, post);
                }
                for (ItemRejection r : c.result().rejected()) {
                    deadLetter(producer, r.reason() + ": " + r.message(), r.item(), r.payload(), r.reason());
                }
                producer.send(new ProducerRecord<>(
                        t.cursors.name(), s.id(), Json.writeBytes(c.result().cursor())));
                SourceHealth h = s.health.succeeded(
                        c.at(), c.result().posts().size(), c.result().cursor().newestItemAt(), config.workerId());
                producer.send(new ProducerRecord<>(t.ingestHealth.name(), s.id(), Json.writeBytes(h)));
                newCursors.put(s, c.result().cursor());
                newHealth.put(s, h);
            }
            producer.commitTransaction();
            counter("dw.ingest.transactions", "outcome", "committed").increment();
        } catch (ProducerFencedException | InvalidProducerEpochException e) {
            // another worker owns this partition now; it will fetch from the last committed cursor
            log.warn("worker {} fenced on partition {}; dropping its sources", config.workerId(), partition);
            dropPartition(partition);
            return;
        } catch (KafkaException e) {
            log.warn("transaction on partition {} failed, will re-fetch: {}", partition, LogSafe.of(e));
            counter("dw.ingest.transactions", "outcome", "aborted").increment();
            abortQuietly(producer);
            for (Completed c : batch) {
                OwnedSource s = owned.get(c.sourceId());
                s.nextDue = clock.instant().plusSeconds(5);
            }
            return;
        }
        for (Completed c : batch) {
            OwnedSource s = owned.get(c.sourceId());
            if (newCursors.containsKey(s)) {
                s.cursor = newCursors.get(s);
            }
            if (newHealth.containsKey(s)) {
                s.health = newHealth.get(s);
            }
            s.nextDue = nextDue(s, c);
        }
    }

    private void send(KafkaProducer<String, byte[]> producer, OwnedSource s, Post post) {
        Topics t = config.topics();
        String invalid = post.invalidReason();
        byte[] value = invalid == null ? Json.writeBytes(post) : null;
        if (invalid == null && value.length > MAX_POST_BYTES) {
            invalid = "post of " + value.length + " bytes exceeds " + MAX_POST_BYTES;
        }
        if (invalid != null) {
            deadLetter(producer, invalid, s.definition.url() + " " + post.id(), post.text(), "content");
            return;
        }
        producer.send(new ProducerRecord<>(t.posts.name(), post.id(), value));
    }

    private void failed(
            KafkaProducer<String, byte[]> producer,
            OwnedSource s,
            Completed c,
            Map<OwnedSource, SourceHealth> newHealth) {
        FetchException e = c.error();
        if (e.failure() == Failure.BACKED_OFF) {
            return; // our own politeness, not the source's fault
        }
        log.info("source {} failed ({}): {}", LogSafe.of(s.id()), e.failure().tag(), LogSafe.of(e.getMessage()));
        if (e.isBadContent()) {
            deadLetter(producer, e.failure().tag() + ": " + e.getMessage(), s.definition.url(), null, "content");
        }
        SourceHealth h = s.health.failed(c.at(), e.failure().tag() + ": " + e.getMessage(), config.workerId());
        producer.send(new ProducerRecord<>(config.topics().ingestHealth.name(), s.id(), Json.writeBytes(h)));
        newHealth.put(s, h);
    }

    private void deadLetter(
            KafkaProducer<String, byte[]> producer, String reason, String where, String payload, String tag) {
        DeadLetter dl = DeadLetter.of("ingest", reason, where, payload);
        producer.send(new ProducerRecord<>(config.topics().deadletter.name(), where, Json.writeBytes(dl)));
        counter("dw.ingest.deadletters", "reason", tag).increment();
    }

    private Instant nextDue(OwnedSource s, Completed c) {
        Duration every = s.definition.effectiveInterval();
        // up to a tenth of the interval of jitter, so sources loaded together do not fire together forever
        long jitterMs = ThreadLocalRandom.current().nextLong(Math.max(1, every.toMillis() / 10));
        Instant regular = c.at().plus(every).plusMillis(jitterMs);
        Instant retry = c.error() == null ? null : c.error().retryAt();
        if (retry != null && (c.error().failure() == Failure.BACKED_OFF || retry.isAfter(regular))) {
            return retry;
        }
        return regular;
    }

    private void dropPartition(int partition) {
        owned.values().removeIf(s -> s.partition == partition);
        ownedCount.set(owned.size());
        ownedPartitions.remove(partition);
        KafkaMeters meters = producerMeters.remove(partition);
        if (meters != null) {
            meters.close();
        }
        KafkaProducer<String, byte[]> producer = producers.remove(partition);
        if (producer != null) {
            producer.close(Duration.ZERO);
        }
    }

    private KafkaProducer<String, byte[]> producerFor(int partition) {
        // one producer per owned partition: each needs a name of its own
        Properties p = clientProperties("-" + config.topics().sources.name() + "-" + partition);
        p.put(
                ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                config.groupId() + "-" + config.topics().sources.name() + "-" + partition);
        p.put(
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                String.valueOf(config.transactionTimeout().toMillis()));
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // KAFKA-15591 (before Kafka 4.5): with several requests in flight, a NOT_LEADER answer just after
        // topic creation can leave later batches out of sequence until the delivery timeout; polls are
        // small, so one request at a time costs nothing that matters
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        // fences the previous owner and aborts the transaction it may have left open
        producer.initTransactions();
        return producer;
    }

    private static <T> T restore(byte[] json, Class<T> type, T fallback) {
        if (json == null) {
            return fallback;
        }
        try {
            return Json.read(json, type);
        } catch (IOException e) {
            return fallback;
        }
    }

    private static void abortQuietly(KafkaProducer<String, byte[]> producer) {
        try {
            producer.abortTransaction();
        } catch (KafkaException e) {
            log.debug("abort failed", e);
        }
    }

    private Counter counter(String name, String tag, String value) {
        return Counter.builder(name).tag(tag, value).register(registry);
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // results still in flight for these sources are dropped by their epoch check
            partitions.forEach(tp -> dropPartition(tp.partition()));
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            onPartitionsRevoked(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            for (TopicPartition tp : partitions) {
                KafkaProducer<String, byte[]> producer = producerFor(tp.partition());
                producers.put(tp.partition(), producer);
                producerMeters.put(tp.partition(), KafkaMeters.of(producer, registry));
            }
            Duration timeout = Duration.ofSeconds(30);
            restoredCursors = CompactedTopicReader.readAll(
                    clientProperties("-restore"), config.topics().cursors.name(), timeout);
            restoredHealth = CompactedTopicReader.readAll(
                    clientProperties("-restore"), config.topics().ingestHealth.name(), timeout);
            // definitions are re-read from the start: the topic is compacted and offsets are never committed
            consumer.seekToBeginning(partitions);
            partitions.forEach(tp -> ownedPartitions.add(tp.partition()));
            log.info("worker {} now owns sources partitions {}", config.workerId(), ownedPartitions);
        }
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        try {
            loop.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fetchers.shutdownNow();
    }
}
