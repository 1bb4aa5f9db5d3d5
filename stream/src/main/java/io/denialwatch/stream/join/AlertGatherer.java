package io.denialwatch.stream.join;

import io.denialwatch.common.json.JsonSerde;
import io.denialwatch.common.model.Alert;
import io.denialwatch.stream.pipeline.PipelineMetrics;
import io.denialwatch.stream.pipeline.StateKind;
import io.denialwatch.stream.pipeline.StreamSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The second stage of the join for a denial with several join keys, keyed by denial post id:
 * gathers the part each of its keys gave ({@link KeyRanking}; the keys live on different
 * partitions) and emits the denial's one alert ({@link AlertMerge}) once every key's part is
 * there, or after {@link #WAIT} of wall clock with those that are. A later part of a key (a late
 * story re-ranked it, a held report was released or folded) replaces that key's, and the alert is
 * emitted again, one revision up, when what the desk sees changed ({@link AlertRevision}). A
 * denial with one key has nothing to gather: the joiner sends its alert out itself ({@link
 * #gathers}).
 */
public final class AlertGatherer implements Processor<String, KeyRanking, String, Alert> {
    public static final String GATHERED = "dw-alert-parts";

    /**
     * How long a denial waits for the parts of its other keys before its alert goes out with
     * those that came. Every key gives a part at once, so only a task restarting on another
     * instance meanwhile makes one late.
     */
    static final Duration WAIT = Duration.ofSeconds(10);

    private final StreamSettings settings;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, Gathering> gathered;
    /** Denials still waiting for a key's part, and since when (wall clock); rebuilt from the store on start. */
    private final Map<String, Long> waiting = new HashMap<>();
    /** Denials by event time, for expiry; rebuilt from the store on start. */
    private final NavigableMap<Long, List<String>> byTime = new TreeMap<>();
    /** The latest record time seen: the joiners' event-time clocks. */
    private long clock;

    /**
     * What is kept of a denial until its grace has passed twice (a key's joiner may revise it up
     * to its grace, by its own clock).
     *
     * @param parts   each key's latest part
     * @param emitted the alert as last emitted, null before the first
     */
    public record Gathering(
            List<String> keys, long eventTimeMs, long firstPartAtMs, Map<String, Alert> parts, Alert emitted) {}

    /**
     * Whether a denial's alert is gathered here: only when it has parts to gather, from several
     * join keys ({@link JoinInputs#keysOf}). A denial with one key (about one watched entity) is
     * its own alert, and an extra repartition and transaction would only delay it. Decided by the
     * keys alone, which every part and revision of the denial carries, so all of a denial's alerts
     * take one way and the desk sees one alert.
     */
    public static boolean gathers(List<String> keys) {
        return keys.size() > 1;
    }

    public AlertGatherer(StreamSettings settings, PipelineMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    public static ProcessorSupplier<String, KeyRanking, String, Alert> supplier(
            StreamSettings settings, PipelineMetrics metrics, StateKind state) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, KeyRanking, String, Alert> get() {
                return new AlertGatherer(settings, metrics);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(Stores.keyValueStoreBuilder(
                        state.keyValue(GATHERED), Serdes.String(), JsonSerde.compact(Gathering.class)));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.gathered = context.getStateStore(GATHERED);
        waiting.clear();
        byTime.clear();
        try (KeyValueIterator<String, Gathering> it = gathered.all()) {
            it.forEachRemaining(kv -> {
                byTime.computeIfAbsent(kv.value.eventTimeMs(), t -> new ArrayList<>())
                        .add(kv.key);
                if (kv.value.emitted() == null) {
                    waiting.put(kv.key, kv.value.firstPartAtMs());
                }
            });
        }
        context.schedule(Duration.ofSeconds(1), PunctuationType.WALL_CLOCK_TIME, this::tick);
    }

    @Override
    public void process(Record<String, KeyRanking> record) {
        clock = Math.max(clock, record.timestamp());
        KeyRanking r = record.value();
        String id = record.key();
        Gathering g = gathered.get(id);
        if (g == null) {
            if (r.part().revision() > 1) {
                return; // a revision of a denial whose gathering has expired: its grace is over
            }
            g = new Gathering(r.keys(), r.eventTimeMs(), context.currentSystemTimeMs(), Map.of(), null);
            byTime.computeIfAbsent(g.eventTimeMs(), t -> new ArrayList<>()).add(id);
        }
        Map<String, Alert> parts = new LinkedHashMap<>(g.parts());
        parts.put(r.key(), r.part());
        g = new Gathering(g.keys(), g.eventTimeMs(), g.firstPartAtMs(), parts, g.emitted());
        if (g.emitted() != null || parts.keySet().containsAll(g.keys())) {
            waiting.remove(id);
            emit(id, g);
        } else {
            waiting.putIfAbsent(id, g.firstPartAtMs());
            gathered.put(id, g);
        }
    }

    private void tick(long wallNow) {
        List<String> due = new ArrayList<>();
        waiting.forEach((id, since) -> {
            if (wallNow - since >= WAIT.toMillis()) {
                due.add(id);
            }
        });
        for (String id : due) {
            waiting.remove(id);
            Gathering g = gathered.get(id);
            if (g != null) {
                emit(id, g);
            }
        }
        expire();
    }

    /** Emits the denial's alert if it says anything the last one did not; keeps the gathering either way. */
    private void emit(String id, Gathering g) {
        Alert alert = AlertRevision.next(g.emitted(), g.keys(), g.parts(), settings.topK(), metrics);
        gathered.put(
                id, alert != null ? new Gathering(g.keys(), g.eventTimeMs(), g.firstPartAtMs(), g.parts(), alert) : g);
        if (alert != null) {
            context.forward(new Record<>(alert.alertId(), alert, clock));
        }
    }

    /** Drops the denials whose every key's joiner is past their grace (twice, for joiners' clocks that lag). */
    private void expire() {
        long keep = 2
                * Math.max(settings.grace().toMillis(), settings.foldReported().toMillis());
        if (clock == 0) {
            return;
        }
        var old = byTime.headMap(clock - keep, false);
        old.values()
                .forEach(ids -> ids.forEach(id -> {
                    gathered.delete(id);
                    waiting.remove(id);
                }));
        old.clear();
    }
}
