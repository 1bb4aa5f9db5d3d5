package io.denialwatch.common.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the installation's topics and waits until every partition has a leader. Producing to a
 * topic right after creating it can silently lose records on Kafka before 4.5 (KAFKA-15591), so
 * nothing produces before this returns.
 */
public final class TopicAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {}

    public static void ensureTopics(Admin admin, Topics topics, int partitions, short replication, Duration timeout)
            throws InterruptedException {
        Set<String> existing;
        try {
            existing = admin.listTopics().names().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "cannot list topics: " + e.getCause().getMessage(), e.getCause());
        }
        List<NewTopic> missing = new ArrayList<>();
        for (String name : topics.all()) {
            if (!existing.contains(name)) {
                missing.add(new NewTopic(name, partitions, replication).configs(topics.configOf(name)));
            }
        }
        // A topic another process created after the listing above answers "exists": it is as much
        // an existing topic as a listed one, and the posts topic then needs its stamp checked too.
        Set<String> existedAlready = new HashSet<>(existing);
        if (!missing.isEmpty()) {
            for (Map.Entry<String, KafkaFuture<Void>> created :
                    admin.createTopics(missing).values().entrySet()) {
                try {
                    created.getValue().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(
                                "cannot create topics: " + e.getCause().getMessage(), e.getCause());
                    }
                    existedAlready.add(created.getKey());
                }
            }
        }
        if (existedAlready.contains(topics.posts.name())) {
            stampPostsOnAppend(admin, topics.posts.name());
        }
        awaitLeaders(admin, topics.all(), timeout);
    }

    /**
     * An installation whose posts topic was created before it was stamped on append (or by hand)
     * gets the setting now: without it, time retention deletes replayed posts by their publication
     * date, possibly before they are processed. Without the right to alter it, a warning says how.
     */
    private static void stampPostsOnAppend(Admin admin, String posts) throws InterruptedException {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, posts);
        try {
            String type = timestampType(admin, topic);
            if (!Topics.APPEND_TIME.equals(type)) {
                admin.incrementalAlterConfigs(Map.of(
                                topic,
                                List.of(new AlterConfigOp(
                                        new ConfigEntry(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, Topics.APPEND_TIME),
                                        AlterConfigOp.OpType.SET))))
                        .all()
                        .get();
                // the controller has it; the brokers apply it a moment later, and what is produced
                // before then is stamped the old way
                Instant deadline = Instant.now().plusSeconds(30);
                while (!Topics.APPEND_TIME.equals(timestampType(admin, topic))
                        && Instant.now().isBefore(deadline)) {
                    Thread.sleep(50);
                }
                LOG.info("{}: message.timestamp.type set to {} (was {})", posts, Topics.APPEND_TIME, type);
            }
        } catch (ExecutionException e) {
            LOG.warn(
                    "{} keeps its producers' timestamps, so time retention may delete replayed posts before they are "
                            + "processed; set message.timestamp.type={} on it ({})",
                    posts,
                    Topics.APPEND_TIME,
                    e.getCause().getMessage());
        }
    }

    private static String timestampType(Admin admin, ConfigResource topic)
            throws ExecutionException, InterruptedException {
        return admin.describeConfigs(List.of(topic))
                .all()
                .get()
                .get(topic)
                .get(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG)
                .value();
    }

    /** Waits until every partition of the given topics has a leader. */
    public static void awaitLeaders(Admin admin, List<String> names, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String lastProblem = "not described yet";
        while (Instant.now().isBefore(deadline)) {
            try {
                Map<String, TopicDescription> d =
                        admin.describeTopics(names).allTopicNames().get();
                boolean ready = d.size() == names.size()
                        && d.values().stream()
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
