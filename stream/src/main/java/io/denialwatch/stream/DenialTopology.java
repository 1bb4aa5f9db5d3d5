package io.denialwatch.stream;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.kafka.Topic;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.DeadLetter;
import io.denialwatch.common.model.Post;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.PostAnalyzer;
import io.denialwatch.stream.analysis.TokenizedAnalysis;
import io.denialwatch.stream.join.AlertGatherer;
import io.denialwatch.stream.join.DenialJoiner;
import io.denialwatch.stream.join.JoinInputs;
import io.denialwatch.stream.join.Joined;
import io.denialwatch.stream.join.KeyRanking;
import io.denialwatch.stream.join.KeyRankingWire;
import io.denialwatch.stream.join.OutletDirectory;
import io.denialwatch.stream.join.PersonEvent;
import io.denialwatch.stream.join.PersonEventWire;
import io.denialwatch.stream.join.Terms;
import io.denialwatch.stream.pipeline.FirstDeliveryFilter;
import io.denialwatch.stream.pipeline.Parsed;
import io.denialwatch.stream.pipeline.PipelineMetrics;
import io.denialwatch.stream.pipeline.StateKind;
import io.denialwatch.stream.pipeline.StreamSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The denialwatch topology, built without any I/O so that {@code TopologyTestDriver}, the
 * {@code replay} command and the {@code stream} role all run exactly the same thing:
 *
 * <pre>
 * dw.posts ─ parse ─ event time ─ analyse ─ concerns a watched person? ─ first delivery only
 *          │         ─ one event per concerned person ─ repartition by person ─ join
 *          │         ─ the alert of a denial with one join key ─────────────────────────── dw.alerts
 *          │         ─ each key's part of a denial with several ─ repartition by denial ─ gather ─ dw.alerts
 *          └─ (bad records, unreadable join events or parts, with why) ──────────── dw.deadletter
 * </pre>
 */
public final class DenialTopology {
    /** Name of the internal repartition topic (suffixed by Kafka Streams with -repartition). */
    public static final String BY_PERSON = "by-person";
    /** Name of the repartition topic that brings each key's part of a denial's alert together. */
    public static final String BY_DENIAL = "by-denial";

    /** The topics the stream reads for {@code applicationId}: what it must have committed past to be caught up. */
    public static List<String> inputs(Topics topics, String applicationId) {
        return List.of(
                topics.posts.name(),
                applicationId + "-" + BY_PERSON + "-repartition",
                applicationId + "-" + BY_DENIAL + "-repartition");
    }

    private DenialTopology() {}

    /** What the topology is built from. {@code analysisTopic} is null except when replaying. */
    public record Parts(
            Topics topics,
            PostAnalyzer analyzer,
            Gazetteer gazetteer,
            StreamSettings settings,
            PipelineMetrics metrics,
            Topic<String, Analysis> analysisTopic) {}

    /** The topology of the {@code stream} role: state in RocksDB, changelogged. */
    public static Topology build(Parts parts) {
        return build(parts, StateKind.PERSISTENT);
    }

    /** The same topology with its state kept as {@code state} says. */
    public static Topology build(Parts parts, StateKind state) {
        Topics topics = parts.topics();
        StreamsBuilder builder = new StreamsBuilder();

        // the whole analysis only when it is written out (replay); the join alone needs less of
        // a post that concerns no watched person
        boolean whole = parts.analysisTopic() != null;
        Function<Post, TokenizedAnalysis> analysis = post -> parts.analyzer().analyzeTokenized(post, whole);
        KStream<String, Parsed<Analyzed>> analyzed = builder.stream(
                        topics.posts.name(),
                        Consumed.with(topics.posts.keySerde(), topics.posts.valueSerde())
                                .withName("read-posts"))
                .processValues(
                        () -> new ReadAndAnalyse(parts.settings().futureSkew(), parts.metrics(), analysis),
                        Named.as("analyse"));
        Map<String, KStream<String, Parsed<Analyzed>>> analyzedBranches = analyzed.split(Named.as("analysed-"))
                .branch((k, v) -> v.isOk(), Branched.as("ok"))
                .defaultBranch(Branched.as("bad"));
        KStream<String, Analyzed> good =
                analyzedBranches.get("analysed-ok").mapValues(Parsed::value, Named.as("analysis"));

        writeDeadLetters(
                analyzedBranches.get("analysed-bad").mapValues(Parsed::deadLetter, Named.as("why-bad")),
                "dead-letters",
                topics,
                parts.metrics());

        if (parts.analysisTopic() != null) {
            Topic<String, Analysis> at = parts.analysisTopic();
            good.mapValues(Analyzed::analysis, Named.as("analysis-line"))
                    .to(at.name(), Produced.with(at.keySerde(), at.valueSerde()).withName("write-analysis"));
        }

        JoinInputs joinInputs = new JoinInputs(Terms.bundled(), new OutletDirectory(parts.gazetteer()));
        KStream<String, Parsed<PersonEvent>> events = good.filter(
                        (key, a) -> !a.analysis().persons().isEmpty(), Named.as("concerns-someone"))
                .processValues(
                        FirstDeliveryFilter.<Analyzed>supplier(
                                a -> a.post().id(),
                                FirstDeliveryFilter.remembered(parts.settings()),
                                parts.metrics(),
                                state),
                        Named.as("first-delivery"))
                .flatMap(
                        (key, a) -> joinInputs.of(a.post(), a.analysis(), a.tokens(), a.eventTime(), a.enteredAt()),
                        Named.as("per-person"))
                .mapValues(Parsed::ok, Named.as("join-event"))
                .repartition(Repartitioned.with(Serdes.String(), PersonEventWire.SERDE)
                        .withName(BY_PERSON));
        Map<String, KStream<String, Joined>> joined = readable(events, "join-events-", "event", topics, parts)
                .process(DenialJoiner.supplier(parts.settings(), parts.metrics(), state), Named.as("join"))
                .split(Named.as("joined-"))
                .branch((k, v) -> v instanceof Joined.Alerted, Branched.as("alert"))
                .defaultBranch(Branched.as("part"));
        // a denial with one join key is its own alert: nothing to gather, one transaction fewer
        writeAlerts(
                joined.get("joined-alert").mapValues(v -> ((Joined.Alerted) v).alert(), Named.as("one-key-alert")),
                "write-one-key-alerts",
                topics);
        // each key's part of a denial with several, brought together by denial: the keys live on
        // different partitions
        KStream<String, Parsed<KeyRanking>> keyParts = joined.get("joined-part")
                .mapValues(v -> Parsed.ok((KeyRanking) v), Named.as("key-part"))
                .repartition(Repartitioned.with(Serdes.String(), KeyRankingWire.SERDE)
                        .withName(BY_DENIAL));
        writeAlerts(
                readable(keyParts, "key-parts-", "part", topics, parts)
                        .process(AlertGatherer.supplier(parts.settings(), parts.metrics(), state), Named.as("gather")),
                "write-alerts",
                topics);
        return builder.build();
    }

    /** Writes alerts to {@code dw.alerts}, keyed by alert id; {@code name} names the node. */
    private static void writeAlerts(KStream<String, Alert> alerts, String name, Topics topics) {
        alerts.to(
                topics.alerts.name(),
                Produced.with(topics.alerts.keySerde(), topics.alerts.valueSerde())
                        .withName(name));
    }

    /**
     * The records of a repartition topic that could be read; one this version cannot read
     * (another format version, damaged) is a dead letter, not a stopped stream. {@code prefix}
     * and {@code what} name the nodes.
     */
    private static <T> KStream<String, T> readable(
            KStream<String, Parsed<T>> read, String prefix, String what, Topics topics, Parts parts) {
        Map<String, KStream<String, Parsed<T>>> branches = read.split(Named.as(prefix))
                .branch((k, v) -> v.isOk(), Branched.as("ok"))
                .defaultBranch(Branched.as("bad"));
        // written by a sink of their own: merged into the other dead letters, they would join the
        // reading of posts and the join into one sub-topology, whose tasks wait on both topics
        writeDeadLetters(
                branches.get(prefix + "bad")
                        .processValues(
                                () -> OriginTagger.<Parsed<T>, DeadLetter>withSource(
                                        (p, where) -> fromWhere(p.deadLetter(), where)),
                                Named.as("why-unreadable-" + what)),
                "unreadable-" + what + "s",
                topics,
                parts.metrics());
        return branches.get(prefix + "ok").mapValues(Parsed::value, Named.as("join-" + what + "-read"));
    }

    /**
     * A post with what analysis found, the tokens it read (null: none; the join tokenises), the
     * event time it was stamped with, and when it entered (null: a replay).
     */
    record Analyzed(Post post, Analysis analysis, Tokens tokens, Instant eventTime, Instant enteredAt) {}

    /** Counts and writes dead letters to {@code dw.deadletter}; {@code name} names the nodes. */
    private static void writeDeadLetters(
            KStream<String, DeadLetter> letters, String name, Topics topics, PipelineMetrics metrics) {
        letters.peek((k, v) -> metrics.deadLetters.increment(), Named.as("count-" + name))
                .to(
                        topics.deadletter.name(),
                        Produced.with(topics.deadletter.keySerde(), topics.deadletter.valueSerde())
                                .withName("write-" + name));
    }

    /** A dead letter the repartition's deserializer wrote, with the partition and offset it came from. */
    private static DeadLetter fromWhere(DeadLetter d, String where) {
        return new DeadLetter(d.stage(), d.reason(), where, d.field(), d.payload(), d.at());
    }
}
