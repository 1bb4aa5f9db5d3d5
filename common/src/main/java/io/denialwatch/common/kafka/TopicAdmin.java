package io.denialwatch.common.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the installation's topics and waits until every partition has a leader. Producing to a
 * topic right after creating it can silently lose records on Kafka before 4.5 (KAFKA-15591), so
 * nothing produces before this returns.
 */
public final class TopicAdmin {
    private TopicAdmin() {
    }

    public static void ensureTopics(Admin admin, Topics topics, int partitions, short replication, Duration timeout)
            throws InterruptedException {
        Set<String> existing;
        try {
            existing = admin.listTopics().names().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e.getCause());
        }
        List<NewTopic> missing = new ArrayList<>();
        for (String name : topics.all()) {
            if (!existing.contains(name)) {
                NewTopic t = new NewTopic(name, partitions, replication);
                if (topics.compacted().contains(name)) {
                    t.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                }
                missing.add(t);
            }
        }
        if (!missing.isEmpty()) {
            try {
                admin.createTopics(missing).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
                }
            }
        }
        awaitLeaders(admin, topics.all(), timeout);
    }

    /** Waits until every partition of the given topics has a leader. */
    public static void awaitLeaders(Admin admin, List<String> names, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String lastProblem = "not described yet";
        while (Instant.now().isBefore(deadline)) {
            try {
                Map<String, TopicDescription> d = admin.describeTopics(names).allTopicNames().get();
                boolean ready = d.size() == names.size() && d.values().stream()
                        .flatMap(t -> t.partitions().stream())
                        .map(TopicPartitionInfo::leader)
                        .allMatch(l -> l != null && !l.isEmpty());
                if (ready) {
                    return;
                }
                lastProblem = "a partition has no leader yet";
            } catch (ExecutionException e) {
                lastProblem = e.getCause().getMessage();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("topics " + names + " not ready within " + timeout + ": " + lastProblem);
    }
}
