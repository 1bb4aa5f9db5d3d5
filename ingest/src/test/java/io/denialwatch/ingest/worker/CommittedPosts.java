package io.denialwatch.ingest.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Post;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The posts topic as a read_committed reader sees it, checked for doubles and gaps. */
final class CommittedPosts {
    private static final Pattern ITEM = Pattern.compile("feeds.example/(\\d+)/(\\d+)");
    final Map<String, Integer> countById = new HashMap<>();
    final Map<Integer, Set<Integer>> itemsByFeed = new HashMap<>();

    static CommittedPosts read(Properties kafka, String topic) throws Exception {
        CommittedPosts out = new CommittedPosts();
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> c =
                new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition()))
                    .toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            Instant deadline = Instant.now().plusSeconds(60);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                // a reader stuck short of the end is a failure, not a shorter list of posts to check
                assertThat(Instant.now())
                        .as(
                                "reading %s to its end %s within 60 s, at %s",
                                topic,
                                end,
                                parts.stream()
                                        .map(tp -> tp + "@" + c.position(tp))
                                        .toList())
                        .isBefore(deadline);
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    out.countById.merge(r.key(), 1, Integer::sum);
                    Matcher m = ITEM.matcher(Json.read(r.value(), Post.class).url());
                    if (m.find()) {
                        out.itemsByFeed
                                .computeIfAbsent(Integer.parseInt(m.group(1)), k -> new HashSet<>())
                                .add(Integer.parseInt(m.group(2)));
                    }
                }
            }
        }
        return out;
    }

    /** No post twice, and each feed's items an unbroken run from item 0: nothing lost in between. */
    void assertExactlyOnce(int feeds, String after) {
        assertThat(countById.entrySet().stream()
                        .filter(e -> e.getValue() > 1)
                        .map(Map.Entry::getKey)
                        .toList())
                .as("posts produced twice")
                .isEmpty();
        assertThat(itemsByFeed).hasSize(feeds);
        itemsByFeed.forEach((feed, items) -> assertThat(items)
                .as("items of feed " + feed)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.range(0, items.size()).boxed().toList()));
        System.out.printf(
                "%s: %d posts from %d feeds, none twice, none missing%n", after, countById.size(), itemsByFeed.size());
    }
}
