package io.denialwatch.bench;

import io.denialwatch.common.json.Json;
import io.denialwatch.common.kafka.Topic;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.DenialTopology;
import io.denialwatch.stream.pipeline.FirstDeliveryFilter;
import io.denialwatch.stream.pipeline.PipelineMetrics;
import io.denialwatch.stream.pipeline.StateKind;
import java.io.IOException;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The Kafka work of {@link DenialTopology} without any of its own: the same share of posts
 * (those about someone) is remembered by id by the stream role's own {@link FirstDeliveryFilter},
 * repartitioned by person and filed in a changelogged store, and the
 * same share becomes an alert; nothing is parsed, analysed or ranked. Its rate is the most any code could reach with the topology's shape on
 * the machine, so the bench can tell Kafka's share of the cost from denialwatch's.
 *
 * <p>Which posts are about someone is decided by a hash of the post id (producers key posts by
 * id); each is filed under one of {@code persons} person keys as its raw bytes, about the size
 * of a filed story.
 */
public final class SkeletonTopology {
    /** Share of posts about someone, and of posts that are denials, in percent (as generated). */
    static final int ABOUT_SOMEONE_PERCENT = 30;

    static final int DENIAL_PERCENT = 1;
    static final String FILED = "skeleton-filed";

    private SkeletonTopology() {}

    /**
     * @param remember how long a post id is remembered (the stream role's look-back plus grace)
     */
    public static Topology build(Topic<String, byte[]> posts, String alerts, int persons, Duration remember) {
        StreamsBuilder b = new StreamsBuilder();
        PipelineMetrics metrics = PipelineMetrics.noop();
        b.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(FILED), Serdes.String(), Serdes.ByteArray()));
        b.stream(posts.name(), Consumed.with(posts.keySerde(), posts.valueSerde()))
                .filter((id, post) -> percentile(id) < ABOUT_SOMEONE_PERCENT, Named.as("about-someone"))
                .mapValues((id, post) -> new Keyed(id, post), Named.as("keyed"))
                // the stream role's own filter, so that remembering ids costs what it costs there
                .processValues(
                        FirstDeliveryFilter.<Keyed>supplier(Keyed::id, remember, metrics, StateKind.PERSISTENT),
                        Named.as("first-delivery"))
                .map(
                        (id, k) -> KeyValue.pair(
                                "person-" + Math.floorMod(id.hashCode() / 100, persons) + "|" + id, k.post()),
                        Named.as("per-person"))
                .repartition(
                        Repartitioned.with(Serdes.String(), Serdes.ByteArray()).withName(DenialTopology.BY_PERSON))
                .process(File::new, Named.as("file"), FILED)
                .to(alerts, Produced.with(Serdes.String(), Serdes.ByteArray()));
        return b.build();
    }

    /** For the latency runs: the alerts are the posts themselves, one for each post in the denials' share. */
    static final LatencyRun.Answers ANSWERS = new LatencyRun.Answers() {
        @Override
        public boolean expected(PostGenerator.Kind kind, Post post) {
            return percentile(post.id()) < DENIAL_PERCENT; // a share of the posts about someone
        }

        @Override
        public Post answered(String value) throws IOException {
            return Json.read(value, Post.class);
        }
    };

    /** 0–99, the same for every delivery of a post. */
    static int percentile(String id) {
        return Math.floorMod(id == null ? 0 : id.hashCode(), 100);
    }

    /** A post as the skeleton carries it to the first-delivery filter: its id beside its bytes. */
    private record Keyed(String id, byte[] post) {}

    /**
     * Files the post under its person and lets a denial's share through as alerts. (The stream
     * role keeps its per-person story counts in memory, so no count is written here either.)
     */
    private static final class File implements Processor<String, byte[], String, byte[]> {
        private ProcessorContext<String, byte[]> context;
        private KeyValueStore<String, byte[]> filed;

        @Override
        public void init(ProcessorContext<String, byte[]> context) {
            this.context = context;
            this.filed = context.getStateStore(FILED);
        }

        @Override
        public void process(Record<String, byte[]> r) {
            String person = r.key().substring(0, r.key().indexOf('|'));
            String id = r.key().substring(person.length() + 1);
            filed.put(r.key(), r.value());
            if (percentile(id) < DENIAL_PERCENT) {
                context.forward(r.withKey(person));
            }
        }
    }
}
