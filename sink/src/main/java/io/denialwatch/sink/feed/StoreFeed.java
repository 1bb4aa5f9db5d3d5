package io.denialwatch.sink.feed;

import io.denialwatch.common.LogSafe;
import io.denialwatch.common.model.Alert;
import io.denialwatch.sink.store.AlertBoard;
import io.denialwatch.sink.store.AlertStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's reader with a database: a member of the sink's consumer group that stores each
 * polled batch in one PostgreSQL transaction and commits the Kafka offsets only after that
 * transaction has committed. A crash in between makes the next owner of the partitions store the
 * batch again, which changes nothing (the store's upsert is idempotent). When PostgreSQL is down
 * the feed rewinds to the failed batch, pauses its partitions (still polling, so it stays in the
 * group), probes the database with growing waits and resumes where it stopped.
 */
public final class StoreFeed extends FeedLoop {
    private static final Logger log = LoggerFactory.getLogger(StoreFeed.class);

    private final AlertStore store;
    private final AlertBoard board;
    private final List<Consumer<Alert>> outputs;
    private final Backoff backoff;
    private final Counter rejected;
    private final Counter outages;
    private volatile Runnable afterStore = () -> {};
    private volatile boolean storeDown;
    private Instant retryAt;

    public StoreFeed(
            Properties kafka,
            String groupId,
            String topic,
            AlertStore store,
            AlertBoard board,
            List<Consumer<Alert>> outputs,
            MeterRegistry registry,
            Backoff backoff) {
        super(
                kafka,
                Map.of(
                        ConsumerConfig.GROUP_ID_CONFIG,
                        groupId,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        "500"),
                topic,
                registry);
        this.store = store;
        this.board = board;
        this.outputs = outputs;
        this.backoff = backoff;
        this.rejected = Counter.builder("dw_sink_store_rejected")
                .description("alerts the database refused (skipped)")
                .register(registry);
        this.outages = Counter.builder("dw_sink_store_outages")
                .description("times the sink paused for the database")
                .register(registry);
        Gauge.builder("dw_sink_store_down", this, f -> f.storeDown ? 1 : 0)
                .description("1 while the sink waits for PostgreSQL")
                .register(registry);
    }

    @Override
    void start() {
        consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> parts) {
                forgetPositions(parts);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> parts) {
                assigned = true;
                if (storeDown) {
                    consumer.pause(parts);
                }
            }
        });
    }

    @Override
    void step() {
        if (storeDown) {
            waitForStore();
            return;
        }
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
        if (!records.isEmpty()) {
            take(records);
        }
        if (!storeDown) {
            publishPositions(consumer.assignment());
        }
    }

    private void take(ConsumerRecords<String, byte[]> records) {
        List<Alert> batch = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            Alert a = reader.read(r);
            if (a != null) {
                batch.add(a);
            }
        }
        List<Alert> changed;
        try {
            changed = storeAll(batch);
        } catch (SQLException e) {
            pauseFor(records, e);
            return;
        }
        afterStore.run();
        // announced once stored, without waiting for the offset commit: if that commit is lost,
        // the batch is stored again, changes nothing, and so is not announced twice
        board.acceptAll(changed);
        for (Alert a : changed) {
            alertsIn.increment();
            outputs.forEach(o -> o.accept(a));
            latency.written(a);
        }
        try {
            consumer.commitSync(nextOffsets(records));
        } catch (CommitFailedException e) {
            // the partitions moved to another member, which stores the batch again: harmless
            log.info("offsets not committed after a rebalance: {}", LogSafe.of(e.getMessage()));
        }
    }

    /** The batch in one transaction; if the data (not the database) is at fault, alert by alert, skipping the bad ones. */
    private List<Alert> storeAll(List<Alert> batch) throws SQLException {
        try {
            return store.apply(batch);
        } catch (SQLException e) {
            if (AlertStore.unavailable(e)) {
                throw e;
            }
            List<Alert> changed = new ArrayList<>();
            for (Alert a : batch) {
                try {
                    changed.addAll(store.apply(List.of(a)));
                } catch (SQLException one) {
                    if (AlertStore.unavailable(one)) {
                        throw one;
                    }
                    rejected.increment();
                    log.warn(
                            "alert {} r{} refused by the database: {}",
                            LogSafe.of(a.alertId()),
                            a.revision(),
                            LogSafe.of(one.getMessage()));
                }
            }
            return changed;
        }
    }

    private void pauseFor(ConsumerRecords<String, byte[]> records, SQLException e) {
        for (TopicPartition tp : records.partitions()) {
            consumer.seek(tp, records.records(tp).get(0).offset());
        }
        consumer.pause(consumer.assignment());
        storeDown = true;
        outages.increment();
        Duration wait = backoff.next();
        retryAt = Instant.now().plus(wait);
        log.warn(
                "PostgreSQL unavailable ({}); consumption paused, retrying in {} ms",
                LogSafe.of(e.getMessage()),
                wait.toMillis());
    }

    private void waitForStore() {
        consumer.poll(Duration.ofMillis(200)); // paused: returns nothing, keeps the group membership alive
        if (Instant.now().isBefore(retryAt)) {
            return;
        }
        if (!store.reachable()) {
            retryAt = Instant.now().plus(backoff.next());
            return;
        }
        storeDown = false;
        backoff.reset();
        consumer.resume(consumer.assignment());
        log.info("PostgreSQL is back; consumption resumed");
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        for (TopicPartition tp : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> rs = records.records(tp);
            out.put(tp, new OffsetAndMetadata(rs.get(rs.size() - 1).offset() + 1));
        }
        return out;
    }

    /** A fault-injection point for tests: runs after the database commit, before the offset commit. */
    void afterStore(Runnable hook) {
        this.afterStore = hook;
    }

    public boolean storeDown() {
        return storeDown;
    }
}
