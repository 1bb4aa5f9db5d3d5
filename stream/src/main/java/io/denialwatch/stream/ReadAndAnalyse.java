package io.denialwatch.stream;

import io.denialwatch.common.model.DeadLetter;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.DenialTopology.Analyzed;
import io.denialwatch.stream.analysis.TokenizedAnalysis;
import io.denialwatch.stream.pipeline.EnteredAt;
import io.denialwatch.stream.pipeline.EventTime;
import io.denialwatch.stream.pipeline.Parsed;
import io.denialwatch.stream.pipeline.PipelineMetrics;
import io.denialwatch.stream.pipeline.PostReader;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The first step of every post, in one processor: read the record ({@link PostReader}), stamp it
 * with the post's event time ({@link EventTime}, so every later step runs on when things were
 * published, not when they arrived), note when a live post entered ({@link EnteredAt}), and
 * analyse it. A record that cannot be read or analysed becomes a dead letter saying where it came
 * from, worked out only then. As three steps of their own, the nodes, branches and records
 * between them cost each post more than the reading did.
 */
final class ReadAndAnalyse implements FixedKeyProcessor<String, byte[], Parsed<Analyzed>> {
    private final Duration futureSkew;
    private final PipelineMetrics metrics;
    private final Function<Post, TokenizedAnalysis> analysis;
    private FixedKeyProcessorContext<String, Parsed<Analyzed>> context;

    ReadAndAnalyse(Duration futureSkew, PipelineMetrics metrics, Function<Post, TokenizedAnalysis> analysis) {
        this.futureSkew = futureSkew;
        this.metrics = metrics;
        this.analysis = analysis;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Parsed<Analyzed>> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        Supplier<String> where = () -> OriginTagger.where(record, context);
        Parsed<Post> parsed = PostReader.read(record.value(), where);
        if (!parsed.isOk()) {
            context.forward(record.withValue(Parsed.failed(parsed.deadLetter())));
            return;
        }
        Post post = parsed.value();
        metrics.postsIn.increment();
        long at = EventTime.of(post, futureSkew, Instant.now()).at().toEpochMilli();
        EnteredAt.mark(record.headers(), record.timestamp()); // before the timestamp becomes event time
        Instant enteredAt = EnteredAt.of(record.headers());
        context.forward(record.withValue(analyze(post, Instant.ofEpochMilli(at), enteredAt, where))
                .withTimestamp(at));
    }

    private Parsed<Analyzed> analyze(Post post, Instant eventTime, Instant enteredAt, Supplier<String> where) {
        try {
            TokenizedAnalysis a = analysis.apply(post);
            return Parsed.ok(new Analyzed(post, a.analysis(), a.tokens(), eventTime, enteredAt));
        } catch (RuntimeException e) {
            return Parsed.failed(DeadLetter.of("stream.analyse", "analysis failed: " + e, where.get(), post.id()));
        }
    }
}
