package io.denialwatch.bench;

import io.denialwatch.common.kafka.Topic;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/** The baseline: reads the posts topic and writes every record unchanged to another topic. */
public final class PassThroughTopology {
    private PassThroughTopology() {}

    public static Topology build(Topic<String, byte[]> posts, String output) {
        StreamsBuilder b = new StreamsBuilder();
        b.stream(posts.name(), Consumed.with(posts.keySerde(), posts.valueSerde()))
                .to(output, Produced.with(posts.keySerde(), posts.valueSerde()));
        return b.build();
    }
}
