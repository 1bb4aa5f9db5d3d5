package io.denialwatch.app;

import io.denialwatch.sink.feed.FeedProgress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Answers "has everything produced so far gone all the way through?": the stream application
 * has committed past the end of its input and of its repartition topic, and the sink has read
 * every alert written. {@code demo --once} waits on it.
 *
 * <p>Every end is the log end, uncommitted records included. The stream's offsets and its alerts
 * are committed in one transaction, but the commit becomes visible on each partition on its own:
 * the offsets can already read as committed while the alerts' last stable offset still stands
 * before them. Measured against that, a reader that had taken nothing yet counted as done. A
 * read-committed reader moves past a transaction's records and its marker only once it is
 * committed (or aborted), so reaching the log end means every alert is in.
 */
final class ProcessingProbe {
    private final Admin admin;
    private final String applicationId;
    private final List<String> streamInputs;
    private final String alertsTopic;
    private final FeedProgress feed;

    ProcessingProbe(
            Admin admin, String applicationId, List<String> streamInputs, String alertsTopic, FeedProgress feed) {
        this.admin = admin;
        this.applicationId = applicationId;
        this.streamInputs = streamInputs;
        this.alertsTopic = alertsTopic;
        this.feed = feed;
    }

    boolean done() throws InterruptedException, ExecutionException {
        try {
            return check();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false; // the stream has not created its internal topics yet
            }
            throw e;
        }
    }

    private boolean check() throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                .partitionsToOffsetAndMetadata()
                .get();
        Map<TopicPartition, Long> inputEnds = ends(streamInputs);
        for (var e : inputEnds.entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            if (e.getValue() > 0 && (c == null || c.offset() < e.getValue())) {
                return false;
            }
        }
        return feed.hasReached(ends(List.of(alertsTopic)));
    }

    private Map<TopicPartition, Long> ends(List<String> topics) throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(topics)
                .allTopicNames()
                .get()
                .forEach((name, d) -> d.partitions()
                        .forEach(p -> request.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> out = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED))
                .all()
                .get()
                .forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }
}
