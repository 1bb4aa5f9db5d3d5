package io.denialwatch.chaos;

import io.denialwatch.common.json.Json;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Alert;
import io.denialwatch.stream.DenialTopology;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads back what the pipeline committed, the way Kafka's own EOS system tests do: every alert
 * with {@code read_committed}, then the transaction state of every partition the pipeline
 * writes. It prints no record content, only counts.
 */
public final class Verifier implements AutoCloseable {
    private static final Set<TransactionState> UNFINISHED =
            Set.of(TransactionState.ONGOING, TransactionState.PREPARE_COMMIT, TransactionState.PREPARE_ABORT);

    private final Properties kafka;
    private final String topicPrefix;
    private final Topics topics;
    private final String applicationId;
    private final Admin admin;

    public Verifier(Properties kafka, String topicPrefix, String applicationId) {
        this.kafka = kafka;
        this.topicPrefix = topicPrefix;
        this.topics = new Topics(topicPrefix);
        this.applicationId = applicationId;
        this.admin = Admin.create(kafka);
    }

    /** Every committed alert record, from the beginning to the last stable offset. */
    public AlertTally readAlerts() {
        AlertTally tally = new AlertTally();
        for (ConsumerRecord<String, byte[]> r : readCommitted(topics.alerts.name())) {
            if (r.value() == null) {
                continue;
            }
            try {
                Alert a = Json.read(r.value(), Alert.class);
                if (a == null || a.alertId() == null) {
                    tally.unreadable();
                } else {
                    tally.add(a.alertId(), a.revision());
                }
            } catch (IOException e) {
                tally.unreadable();
            }
        }
        return tally;
    }

    public long deadLetters() {
        return readCommitted(topics.deadletter.name()).size();
    }

    private List<ConsumerRecord<String, byte[]>> readCommitted(String topic) {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c =
                new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition()))
                    .toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts); // read_committed: the last stable offsets
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end within 60 s");
                }
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Whether the stream application has committed past the end of its input and of its
     * repartition topics: nothing produced so far is still waiting to be processed.
     */
    public boolean streamCaughtUp() throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata()
                    .get();
            List<String> inputs = DenialTopology.inputs(topics, applicationId);
            for (var e : offsets(inputs, OffsetSpec.latest(), IsolationLevel.READ_UNCOMMITTED)
                    .entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                if (e.getValue() > 0 && (c == null || c.offset() < e.getValue())) {
                    return false;
                }
            }
            return true;
        } catch (ExecutionException e) {
            return false; // a topic or the group is not there yet, or the broker is restarting
        }
    }

    /** Number of consumer-group members of the stream application (all instances joined when 3). */
    public int streamMembers() throws InterruptedException {
        try {
            return admin.describeConsumerGroups(List.of(applicationId))
                    .all()
                    .get()
                    .get(applicationId)
                    .members()
                    .size();
        } catch (ExecutionException e) {
            return 0;
        }
    }

    /** Partitions and transactions left open. */
    public record Hanging(List<TopicPartition> partitions, List<String> transactions) {
        public int count() {
            return partitions.size() + transactions.size();
        }
    }

    /**
     * Partitions of the pipeline's topics (dw.* and the stream's internal topics) whose last
     * stable offset is behind their end offset, and transactions not yet finished.
     */
    public Hanging hanging() throws InterruptedException, ExecutionException {
        List<String> names = admin.listTopics().names().get().stream()
                .filter(n -> n.startsWith(topicPrefix) || n.startsWith(applicationId + "-"))
                .sorted()
                .toList();
        Map<TopicPartition, Long> stable = offsets(names, OffsetSpec.latest(), IsolationLevel.READ_COMMITTED);
        Map<TopicPartition, Long> end = offsets(names, OffsetSpec.latest(), IsolationLevel.READ_UNCOMMITTED);
        List<TopicPartition> behind = end.keySet().stream()
                .filter(tp -> stable.getOrDefault(tp, -1L) < end.get(tp))
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList();
        List<String> open = new ArrayList<>();
        for (TransactionListing t : admin.listTransactions().all().get()) {
            if (UNFINISHED.contains(t.state())) {
                open.add(t.transactionalId());
            }
        }
        return new Hanging(behind, open);
    }

    /** Waits until nothing hangs (dead producers' transactions are aborted on their timeout). */
    public Hanging awaitSettled(Duration timeout) throws InterruptedException, ExecutionException {
        Instant deadline = Instant.now().plus(timeout);
        Hanging h = hanging();
        while (h.count() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            h = hanging();
        }
        return h;
    }

    private Map<TopicPartition, Long> offsets(List<String> names, OffsetSpec spec, IsolationLevel isolation)
            throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(names)
                .allTopicNames()
                .get()
                .forEach((name, d) ->
                        d.partitions().forEach(p -> request.put(new TopicPartition(name, p.partition()), spec)));
        Map<TopicPartition, Long> out = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(isolation))
                .all()
                .get()
                .forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
