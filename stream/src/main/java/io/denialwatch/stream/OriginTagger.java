package io.denialwatch.stream;

import io.denialwatch.common.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Applies a step that needs to know where its record came from (file:line or topic, partition and
 * offset), for dead letters.
 */
final class OriginTagger<V, R> implements FixedKeyProcessor<String, V, R> {
    private final BiFunction<V, String, R> step;
    private FixedKeyProcessorContext<String, R> context;

    private OriginTagger(BiFunction<V, String, R> step) {
        this.step = step;
    }

    /** For a step that is told where the record came from. */
    static <V, R> OriginTagger<V, R> withSource(BiFunction<V, String, R> step) {
        return new OriginTagger<>(step);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, R> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        context.forward(record.withValue(step.apply(record.value(), where(record, context))));
    }

    /**
     * The file and line a replayed record came from ({@link Topics#ORIGIN_HEADER}): the place to
     * fix it. Else its topic, partition and offset: where to find it again.
     */
    static String where(FixedKeyRecord<?, ?> record, FixedKeyProcessorContext<?, ?> context) {
        Header origin = record.headers().lastHeader(Topics.ORIGIN_HEADER);
        if (origin != null && origin.value() != null) {
            return new String(origin.value(), StandardCharsets.UTF_8);
        }
        return context.recordMetadata()
                .map(m -> m.topic() + " partition " + m.partition() + " offset " + m.offset())
                .orElse("unknown");
    }
}
