package io.denialwatch.sink.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.denialwatch.broker.EmbeddedKafkaBroker;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.kafka.TopicAdmin;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Alert;
import io.denialwatch.sink.Alerts;
import io.denialwatch.sink.store.AlertBoard;
import io.denialwatch.sink.store.AlertStore;
import io.denialwatch.sink.store.Database;
import io.denialwatch.sink.store.TestPostgres;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink stopped between the database commit and the offset commit: the restarted sink stores
 * the same batch again, and the store ends with every alert and every revision exactly once.
 */
class StoreFeedTest {
    private static final String GROUP = "sink-restart-test";

    @TempDir
    static Path dir;

    private static EmbeddedKafkaBroker broker;
    private static TestPostgres pg;
    private static Database db;
    private static final Topics topics = new Topics("dw.");

    @BeforeAll
    static void up() throws Exception {
        broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
        pg = TestPostgres.start();
        db = Database.open(pg.url(), pg.user(), pg.password());
        try (Admin admin = Admin.create(kafka())) {
            TopicAdmin.ensureTopics(admin, topics, 2, (short) 1, Duration.ofSeconds(60));
        }
    }

    @AfterAll
    static void down() throws Exception {
        db.close();
        pg.close();
        broker.close();
    }

    private static Properties kafka() {
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        return p;
    }

    @Test
    void aCrashBetweenDatabaseCommitAndOffsetCommitLosesNothingAndDuplicatesNothing() throws Exception {
        List<Alert> sent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sent.add(Alerts.simple("restart-" + i, 1, "denial " + i));
        }
        sent.add(Alerts.simple("restart-1", 2, "denial 1, revised"));
        Properties pp = kafka();
        pp.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (var producer = new KafkaProducer<>(pp, new StringSerializer(), new ByteArraySerializer())) {
            for (Alert a : sent) {
                producer.send(new ProducerRecord<>(topics.alerts.name(), a.alertId(), Json.writeBytes(a)));
            }
            producer.flush();
        }

        AlertStore store = new AlertStore(db.writes());
        StoreFeed first = feed(store, new AlertBoard());
        first.afterStore(() -> {
            throw new IllegalStateException("simulated crash after the database commit");
        });
        AtomicReference<Throwable> crash = new AtomicReference<>();
        Thread t1 = new Thread(first, "feed-1");
        t1.setUncaughtExceptionHandler((t, e) -> crash.set(e));
        t1.start();
        t1.join(60_000);
        assertThat(crash.get()).hasMessageContaining("simulated crash");
        long storedBeforeRestart = count("SELECT count(*) FROM alert_revisions");
        assertThat(storedBeforeRestart)
                .as("the crashed batch reached the database")
                .isPositive();
        assertThat(committed()).as("but no offset was committed").isEmpty();

        AlertBoard board = new AlertBoard();
        StoreFeed second = feed(store, board);
        Thread t2 = new Thread(second, "feed-2");
        t2.start();
        try {
            Map<TopicPartition, Long> ends = ends();
            await().atMost(Duration.ofSeconds(60)).until(() -> second.hasReached(ends));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(committed()).isEqualTo(ends));
        } finally {
            second.close();
            t2.join(10_000);
        }
        assertThat(count("SELECT count(*) FROM alerts")).isEqualTo(6);
        assertThat(count("SELECT count(DISTINCT alert_id) FROM alerts")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM alert_revisions")).isEqualTo(7);
        assertThat(count("SELECT revision FROM alerts WHERE alert_id = 'restart-1'"))
                .isEqualTo(2);
        // what the first run had already stored is not news again: only the rest reaches the live board
        assertThat(board.since(0).orElseThrow()).hasSize((int) (7 - storedBeforeRestart));
    }

    private static StoreFeed feed(AlertStore store, AlertBoard board) {
        return new StoreFeed(
                kafka(),
                GROUP,
                topics.alerts.name(),
                store,
                board,
                List.of(),
                new SimpleMeterRegistry(),
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)));
    }

    private static Map<TopicPartition, Long> committed() throws Exception {
        try (Admin admin = Admin.create(kafka())) {
            Map<TopicPartition, Long> out = new HashMap<>();
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata()
                    .get();
            offsets.forEach((tp, o) -> {
                if (o != null) {
                    out.put(tp, o.offset());
                }
            });
            return out;
        }
    }

    private static Map<TopicPartition, Long> ends() throws Exception {
        try (Admin admin = Admin.create(kafka())) {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            for (int p = 0; p < 2; p++) {
                request.put(new TopicPartition(topics.alerts.name(), p), OffsetSpec.latest());
            }
            Map<TopicPartition, Long> out = new HashMap<>();
            admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .all()
                    .get()
                    .forEach((tp, info) -> out.put(tp, info.offset()));
            return out;
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
