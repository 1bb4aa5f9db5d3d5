package io.denialwatch.bench;

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

/** How far a Streams application has committed on its input topics, read from the broker. */
final class GroupProgress {
    private final Admin admin;
    private final String applicationId;

    GroupProgress(Admin admin, String applicationId) {
        this.admin = admin;
        this.applicationId = applicationId;
    }

    /** Committed offsets summed over the partitions of {@code topic}; 0 before the first commit. */
    long committed(String topic) throws InterruptedException {
        try {
            long sum = 0;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e : admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata()
                    .get()
                    .entrySet()) {
                if (e.getKey().topic().equals(topic) && e.getValue() != null) {
                    sum += e.getValue().offset();
                }
            }
            return sum;
        } catch (ExecutionException e) {
            return 0; // the group does not exist yet
        }
    }

    /**
     * True once the application has committed up to the end of each of {@code topics}, written
     * transactionally: the last transaction's commit marker sits at the end, and a task that has
     * processed everything commits the offset just before it until it has new records.
     */
    boolean caughtUp(List<String> topics) throws InterruptedException {
        try {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(topics)
                    .allTopicNames()
                    .get()
                    .forEach((name, d) -> d.partitions()
                            .forEach(p -> request.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
            var ends = admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED))
                    .all()
                    .get();
            var committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata()
                    .get();
            for (var e : ends.entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                if (e.getValue().offset() > 0
                        && (c == null || c.offset() < e.getValue().offset() - 1)) {
                    return false;
                }
            }
            return true;
        } catch (ExecutionException e) {
            return false; // an internal topic is not created yet
        }
    }
}
