package io.denialwatch.stream;

import io.denialwatch.common.kafka.Topics;
import io.denialwatch.stream.pipeline.EnteredAt;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Applies a step that needs to know where its record came from (file:line or topic, partition and
 * offset, for dead letters) and when it counts (the record timestamp).
 */
final class OriginTagger<V, R> implements FixedKeyProcessor<String, V, R> {

    /** Where a record came from, for dead letters, its timestamp, and when a live post entered the pipeline. */
    record Origin(String text, long timestamp, Instant enteredAt) {}

    interface Step<V, R> {
        R apply(V value, Origin origin);
    }

    private final Step<V, R> step;
    private FixedKeyProcessorContext<String, R> context;

    OriginTagger(Step<V, R> step) {
        this.step = step;
    }

    /** For a step that only needs to know where the record came from. */
    static <V, R> OriginTagger<V, R> withSource(java.util.function.BiFunction<V, String, R> step) {
        return new OriginTagger<>((v, o) -> step.apply(v, o.text()));
    }

    @Override
    public void init(FixedKeyProcessorContext<String, R> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        context.forward(record.withValue(step.apply(
                record.value(), new Origin(where(record), record.timestamp(), EnteredAt.of(record.headers())))));
    }

    /**
     * The file and line a replayed record came from ({@link Topics#ORIGIN_HEADER}): the place to
     * fix it. Else its topic, partition and offset: where to find it again.
     */
    private String where(FixedKeyRecord<String, V> record) {
        Header origin = record.headers().lastHeader(Topics.ORIGIN_HEADER);
        if (origin != null && origin.value() != null) {
            return new String(origin.value(), StandardCharsets.UTF_8);
        }
        return context.recordMetadata()
                .map(m -> m.topic() + " partition " + m.partition() + " offset " + m.offset())
                .orElse("unknown");
    }
}
