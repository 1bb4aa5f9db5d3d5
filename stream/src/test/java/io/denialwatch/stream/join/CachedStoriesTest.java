package io.denialwatch.stream.join;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;

class CachedStoriesTest {

    private static KeyValue<String, EncodedStory> story(String key, int bytes) {
        return KeyValue.pair(key, EncodedStory.ofBytes(new byte[bytes]));
    }

    @Test
    void mirrorsWhatIsFiledAndDroppedForAKeptPersonOnly() {
        CachedStories cached = new CachedStories(1 << 20);
        cached.read("rami", List.of(story("rami/1", 100)).iterator(), kv -> kv.value);
        cached.filed("rami", "rami/2", EncodedStory.ofBytes(new byte[100]));
        cached.dropped("rami", "rami/1");
        cached.filed("lina", "lina/1", EncodedStory.ofBytes(new byte[100]));

        assertThat(cached.get("rami")).containsOnlyKeys("rami/2");
        // a person not read yet is read whole from the store when first ranked, not from bits filed before
        assertThat(cached.get("lina")).isNull();
    }

    @Test
    void overTheBudgetThePersonRankedLongestAgoGoes() {
        CachedStories cached = new CachedStories(3_000);
        cached.read("rami", List.of(story("rami/1", 1_000)).iterator(), kv -> kv.value);
        cached.read("lina", List.of(story("lina/1", 1_000)).iterator(), kv -> kv.value);
        cached.get("rami"); // ranked again: now the more recent of the two
        cached.read("omar", List.of(story("omar/1", 1_000)).iterator(), kv -> kv.value);

        assertThat(cached.get("lina")).isNull();
        assertThat(cached.get("rami")).containsOnlyKeys("rami/1");
        assertThat(cached.get("omar")).containsOnlyKeys("omar/1");
    }

    @Test
    void clearedItHoldsNoOne() {
        CachedStories cached = new CachedStories(1 << 20);
        cached.read("rami", List.of(story("rami/1", 100)).iterator(), kv -> kv.value);
        cached.clear();
        assertThat(cached.holds("rami")).isFalse();
    }
}
