package io.denialwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The skeleton row of the bench is only a floor for the topology if the skeleton does the
 * topology's Kafka work: the generated share of posts filed once each, and alerts for a denial's share.
 */
class SkeletonTopologyTest {
    private static final int POSTS = 20_000;

    @TempDir
    Path state;

    @Test
    void filesTheShareOfPostsAboutSomeoneOnceEachAndAlertsOnTheDenialsShare() {
        Topics topics = new Topics("dw.");
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "skeleton-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(
                SkeletonTopology.build(topics.posts, "dw.skeleton-alerts", 1000, Duration.ofDays(31)), p)) {
            TestInputTopic<String, byte[]> posts =
                    driver.createInputTopic(topics.posts.name(), new StringSerializer(), new ByteArraySerializer());
            TestOutputTopic<String, byte[]> alerts = driver.createOutputTopic(
                    "dw.skeleton-alerts", new StringDeserializer(), new ByteArrayDeserializer());
            byte[] body = "{\"text\":\"a post\"}".getBytes(StandardCharsets.UTF_8);
            IntStream.range(0, POSTS).forEach(i -> posts.pipeInput("main-" + i, body));
            IntStream.range(0, POSTS / 10).forEach(i -> posts.pipeInput("main-" + i, body)); // delivered again

            KeyValueStore<String, byte[]> filed = driver.getKeyValueStore(SkeletonTopology.FILED);
            long filedCount = count(filed);
            long aboutSomeone = IntStream.range(0, POSTS)
                    .filter(i -> SkeletonTopology.percentile("main-" + i) < SkeletonTopology.ABOUT_SOMEONE_PERCENT)
                    .count();
            assertThat(filedCount).isEqualTo(aboutSomeone).isBetween(POSTS * 27L / 100, POSTS * 33L / 100);
            assertThat(alerts.readValuesToList()).hasSizeBetween(POSTS / 200, POSTS * 2 / 100);
        }
    }

    private static long count(KeyValueStore<String, byte[]> store) {
        long n = 0;
        try (var all = store.all()) {
            while (all.hasNext()) {
                all.next();
                n++;
            }
        }
        return n;
    }
}
