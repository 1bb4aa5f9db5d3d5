package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Alert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the tests that kill and scale roles read back from {@code dw.alerts}. */
final class AlertsTopic {

    private AlertsTopic() {}

    /** Reads dw.alerts as the desk and the chaos suite do (committed only): one alert per denial, each revision once. */
    static void assertExactlyOneAlertPerDenial(String bootstrap, Set<String> expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, Set<String>> alertIdsByDenial = new HashMap<>();
        List<String> revisions = new ArrayList<>();
        Map<String, Alert> latest = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor("dw.alerts").stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition()))
                    .toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            await("dw.alerts read to its end").atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    Alert a = Json.read(r.value(), Alert.class);
                    latest.merge(a.alertId(), a, (x, y) -> y.revision() >= x.revision() ? y : x);
                    revisions.add(a.alertId() + "@" + a.revision());
                }
                return parts.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
            });
        }
        // a news report read before the first-hand denial it reports waited on the desk (revision 0),
        // then was folded into that alert: no alert of its own
        latest.values().stream()
                .filter(Alert::standsAlone)
                .forEach(a -> alertIdsByDenial
                        .computeIfAbsent(a.denial().postId(), k -> new HashSet<>())
                        .add(a.alertId()));
        assertThat(alertIdsByDenial.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(alertIdsByDenial.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        assertThat(revisions).as("each revision of each alert written once").doesNotHaveDuplicates();
    }
}
