package io.denialwatch.stream.pipeline;

import io.denialwatch.common.model.Post;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Stamps each post's record with the post's event time ({@link EventTime}), so every later step
 * (windows, grace) runs on when things were published, not when they arrived.
 */
public final class EventTimeStamp implements FixedKeyProcessor<String, Post, Post> {
    private final Duration futureSkew;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, Post> context;

    public EventTimeStamp(Duration futureSkew, PipelineMetrics metrics) {
        this.futureSkew = futureSkew;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Post> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Post> record) {
        metrics.postsIn.increment();
        EventTime t = EventTime.of(record.value(), futureSkew, Instant.now());
        EnteredAt.mark(record.headers(), record.timestamp()); // before the timestamp becomes event time
        context.forward(record.withTimestamp(t.at().toEpochMilli()));
    }
}
