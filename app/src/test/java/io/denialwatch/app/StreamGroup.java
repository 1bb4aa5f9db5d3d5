package io.denialwatch.app;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

/** What the tests that scale and kill stream instances ask of the stream's consumer group. */
final class StreamGroup {

    private StreamGroup() {}

    /**
     * Members of the stream application's group that own partitions; -1 while a partition of
     * {@code dw.posts} has no owner (the group is still moving).
     */
    static long ownersWithPartitions(Admin admin, String applicationId, int partitions) throws Exception {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(applicationId))
                .describedGroups()
                .get(applicationId)
                .get(10, TimeUnit.SECONDS);
        Set<TopicPartition> all = new HashSet<>();
        long owners = 0;
        for (MemberDescription m : group.members()) {
            Set<TopicPartition> owned = m.assignment().topicPartitions();
            all.addAll(owned);
            if (!owned.isEmpty()) {
                owners++;
            }
        }
        return all.stream().filter(tp -> tp.topic().equals("dw.posts")).count() == partitions ? owners : -1;
    }
}
