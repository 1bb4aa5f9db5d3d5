package io.denialwatch.ingest.worker;

import io.denialwatch.common.json.Json;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.ingest.model.SourceDefinition;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The watched sources as the compacted sources topic holds them, with the health workers report. */
public final class SourcesCatalog {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Properties kafka;
    private final Topics topics;

    public SourcesCatalog(Properties kafka, Topics topics) {
        this.kafka = kafka;
        this.topics = topics;
    }

    /** One source and how it is doing. */
    public record Status(SourceDefinition source, SourceHealth health) {}

    /**
     * Publishes the definitions, keyed by id; with {@code prune}, sources no longer listed are
     * deleted (tombstoned) so workers stop polling them. Returns the number of tombstones.
     */
    public int load(List<SourceDefinition> sources, boolean prune) throws InterruptedException {
        Set<String> ids = sources.stream().map(SourceDefinition::id).collect(Collectors.toSet());
        List<String> gone = prune
                ? current().keySet().stream().filter(id -> !ids.contains(id)).toList()
                : List.of();
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        // one request in flight: a load often comes right after the topics were created, when a first
        // NOT_LEADER answer can otherwise leave later batches out of sequence until they time out
        // (KAFKA-15591, fixed in Kafka 4.5); a sources file is small, so nothing is lost in speed
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (SourceDefinition s : sources) {
                sent.add(producer.send(new ProducerRecord<>(topics.sources.name(), s.id(), Json.writeBytes(s))));
            }
            for (String id : gone) {
                sent.add(producer.send(new ProducerRecord<>(topics.sources.name(), id, null)));
            }
            producer.flush();
            for (Future<RecordMetadata> f : sent) {
                f.get(); // a lost definition must fail the command, not pass silently
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "could not publish sources: " + e.getCause().getMessage(), e.getCause());
        }
        return gone.size();
    }

    public List<Status> list() {
        Map<String, SourceDefinition> defs = current();
        Map<String, byte[]> health = CompactedTopicReader.readAll(kafka, topics.ingestHealth.name(), TIMEOUT);
        List<Status> out = new ArrayList<>();
        for (SourceDefinition d : defs.values()) {
            SourceHealth h = SourceHealth.none(d.id());
            byte[] raw = health.get(d.id());
            if (raw != null) {
                try {
                    h = Json.read(raw, SourceHealth.class);
                } catch (IOException e) {
                    // an unreadable health record reads as "never polled"
                }
            }
            out.add(new Status(d, h));
        }
        out.sort(Comparator.comparing(s -> s.source().id()));
        return out;
    }

    private Map<String, SourceDefinition> current() {
        Map<String, SourceDefinition> defs = new java.util.HashMap<>();
        CompactedTopicReader.readAll(kafka, topics.sources.name(), TIMEOUT).forEach((id, raw) -> {
            try {
                defs.put(id, Json.read(raw, SourceDefinition.class));
            } catch (IOException e) {
                // skipped: workers skip it too
            }
        });
        return defs;
    }
}
