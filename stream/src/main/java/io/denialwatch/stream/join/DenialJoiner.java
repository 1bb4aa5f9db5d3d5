package io.denialwatch.stream.join;

import io.denialwatch.common.json.JsonSerde;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Denial;
import io.denialwatch.common.model.DenialLink;
import io.denialwatch.common.model.Held;
import io.denialwatch.common.model.PersonMention;
import io.denialwatch.common.model.PersonRef;
import io.denialwatch.common.model.Post;
import io.denialwatch.common.model.RankedStory;
import io.denialwatch.stream.pipeline.EventTime;
import io.denialwatch.stream.pipeline.PipelineMetrics;
import io.denialwatch.stream.pipeline.StateKind;
import io.denialwatch.stream.pipeline.StreamSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
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
 * The join, per person: a story goes into the person's story index (and revises any recent
 * denial it predates); a denial is ranked against the person's earlier stories. A denial with
 * several join keys becomes this key's part of its alert ({@link KeyRanking}, keyed by denial post
 * id), which {@link AlertGatherer} merges with the parts of its other keys; a denial with one key
 * (about one watched entity) is its own alert, made and revised here by the same rule ({@link
 * AlertRevision}) and sent straight out ({@link Joined.Alerted}, keyed by alert id). Stories and
 * denials arrive keyed by person id on one repartitioned stream, so they meet in the same task in
 * the order they were read, whatever the partition count.
 */
public final class DenialJoiner implements Processor<String, PersonEvent, String, Joined> {
    public static final String STORIES = "dw-stories";
    /**
     * The task's clock ({@link #CLOCK_KEY}). Named for the per-person story counts it also held
     * before they were kept in memory ({@link #storyCount}); those an earlier version wrote are
     * left unread.
     */
    public static final String STORY_COUNTS = "dw-story-counts";

    public static final String DENIALS = "dw-denials";
    public static final String HELD_REPORTS = "dw-held-reports";
    /** Denials a late story may have changed the answer of, re-ranked on the next tick. */
    public static final String TO_REVISE = "dw-denials-to-revise";
    /**
     * The task's event-time clock (the latest {@code published_at} it has seen), kept in the
     * counts store under a key no person id can take. Kafka Streams' own stream time follows
     * record timestamps, which a producer may have set to the time of sending.
     */
    static final String CLOCK_KEY = "\u0000clock";
    /** Event time the clock may run ahead of its saved value before it is written again. */
    private static final long CLOCK_SAVE_STEP_MS = 1_000;

    private static final Set<String> FIRST_HAND = Set.of("self", "office");
    /**
     * A person's stories older than the look-back are dropped on every this-many-th story (the cap
     * is enforced on every story). Ranking reads only the look-back window anyway, so this is
     * housekeeping, and opening a range on the store for every story cost more than the rest of
     * indexing it.
     */
    private static final int EXPIRY_EVERY = 16;
    /**
     * The memory of each task's joiner for what ranking reads of recently ranked persons' stories
     * ({@link CachedStories}): about 20,000 of the bench's stories, under 800 bytes each with the
     * map's own; an instance running the default 6 partitions' tasks keeps at most 96 MB.
     */
    private static final long CACHED_STORY_BYTES = 16L << 20;

    private final StreamSettings settings;
    private final StoryRanker ranker = new StoryRanker();
    private final PipelineMetrics metrics;

    private ProcessorContext<String, Joined> context;
    private KeyValueStore<String, EncodedStory> stories;
    private KeyValueStore<String, Long> counts;
    private KeyValueStore<String, DenialRecord> denials;
    private KeyValueStore<String, HeldReport> held;
    private KeyValueStore<String, Long> toRevise;
    /**
     * When each held report was held, mirrored in memory (rebuilt from the store when the task
     * starts), so the once-a-second timer reads from the store only the reports that are due.
     */
    private final Map<String, Long> heldAt = new HashMap<>();
    /**
     * Per person, the event time of their latest denial in the store (read once, then kept up to
     * date), so the usual story, later than any denial of its person, needs no look at the denials.
     */
    private final Map<String, Long> latestDenial = new HashMap<>();
    /** The keys of {@link #TO_REVISE}, mirrored in memory for the same reason. */
    private final Set<String> stale = new LinkedHashSet<>();
    /**
     * Per person, the event times of their first-hand denials in the store (read once, then kept
     * up to date). Every news report of a denial is checked against them, and reading them from
     * the store meant decoding each of the person's recent denial records.
     */
    private final Map<String, NavigableSet<Long>> firstHandAt = new HashMap<>();
    /** Per person, how many stories the store holds ({@link #storyCount}). */
    private final Map<String, Long> storyCounts = new HashMap<>();
    /**
     * Per person, the time of the oldest story left by the last expiry (or of an older story filed
     * since). Once a person is over the cap, every story expires one, and a scan from time 0 walks
     * every deletion marker the earlier expiries left in RocksDB before it reaches a live story:
     * the longer the stream runs, the slower each story. Starting there skips them.
     */
    private final Map<String, Long> oldestStory = new HashMap<>();
    /** What ranking reads of recently ranked persons' stories, so that a ranking reads no store. */
    private final CachedStories cached = new CachedStories(CACHED_STORY_BYTES);

    public DenialJoiner(StreamSettings settings, PipelineMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    /** Joiners with their stores attached, for {@code KStream.process}: the stores go where the joiner goes. */
    public static ProcessorSupplier<String, PersonEvent, String, Joined> supplier(
            StreamSettings settings, PipelineMetrics metrics, StateKind state) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, PersonEvent, String, Joined> get() {
                return new DenialJoiner(settings, metrics);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return DenialJoiner.stores(state);
            }
        };
    }

    /** The stores a joiner reads and writes, kept as {@code state} says. */
    public static Set<StoreBuilder<?>> stores(StateKind state) {
        return Set.of(
                Stores.keyValueStoreBuilder(state.keyValue(STORIES), Serdes.String(), EncodedStory.SERDE),
                Stores.keyValueStoreBuilder(state.keyValue(STORY_COUNTS), Serdes.String(), Serdes.Long()),
                Stores.keyValueStoreBuilder(
                        state.keyValue(DENIALS), Serdes.String(), JsonSerde.compact(DenialRecord.class)),
                Stores.keyValueStoreBuilder(
                        state.keyValue(HELD_REPORTS), Serdes.String(), JsonSerde.compact(HeldReport.class)),
                Stores.keyValueStoreBuilder(state.keyValue(TO_REVISE), Serdes.String(), Serdes.Long()));
    }

    @Override
    public void init(ProcessorContext<String, Joined> context) {
        this.context = context;
        this.stories = context.getStateStore(STORIES);
        this.counts = context.getStateStore(STORY_COUNTS);
        this.denials = context.getStateStore(DENIALS);
        this.held = context.getStateStore(HELD_REPORTS);
        this.toRevise = context.getStateStore(TO_REVISE);
        heldAt.clear();
        try (KeyValueIterator<String, HeldReport> it = held.all()) {
            it.forEachRemaining(kv -> heldAt.put(kv.key, kv.value.heldAtMs()));
        }
        stale.clear();
        latestDenial.clear();
        firstHandAt.clear();
        storyCounts.clear();
        oldestStory.clear();
        cached.clear();
        try (KeyValueIterator<String, Long> it = toRevise.all()) {
            it.forEachRemaining(kv -> stale.add(kv.key));
        }
        context.schedule(Duration.ofSeconds(1), PunctuationType.WALL_CLOCK_TIME, now -> {
            reviseStaleDenials();
            releaseHeldReports(now);
            saveClock();
        });
    }

    @Override
    public void process(Record<String, PersonEvent> record) {
        PersonEvent ev = record.value();
        advanceClock(ev.eventTime().toEpochMilli());
        if (ev instanceof PersonEvent.Denial denial) {
            onDenial(denial);
        } else {
            onStory((PersonEvent.Story) ev);
        }
    }

    private long clock;
    /** The clock as last written to the store. */
    private long savedClock;

    private void advanceClock(long eventTime) {
        if (clock == 0) {
            Long saved = savedClock();
            clock = saved == null ? 0 : saved;
            savedClock = clock;
        }
        if (eventTime > clock) {
            clock = eventTime;
            if (clock - savedClock >= CLOCK_SAVE_STEP_MS) {
                saveClock();
            }
        }
    }

    /**
     * Writes the clock when it has moved: on a step of {@link #CLOCK_SAVE_STEP_MS} and on every
     * tick. Written on every event it was a third of the join's store writes and changelog
     * records; a task restored from the changelog starts at most a step (or a tick) behind, which
     * only the cut-off of expiry and the timestamps of the next records see, and both by at most
     * that much.
     */
    private void saveClock() {
        if (clock > savedClock) {
            counts.put(CLOCK_KEY, clock);
            savedClock = clock;
        }
    }

    private Long savedClock() {
        return counts.get(CLOCK_KEY);
    }

    // ---- stories ----

    private void onStory(PersonEvent.Story ev) {
        String person = ev.personId();
        long t = ev.eventTime().toEpochMilli();
        String key = StoreKeys.key(person, t, ev.postId());
        long count = storyCount(person);
        if (stories.putIfAbsent(key, ev.story()) != null) {
            return;
        }
        if (cached.holds(person)) {
            cached.filed(person, key, trimmed(key, ev.story()));
        }
        count++;
        oldestStory.computeIfPresent(person, (p, oldest) -> Math.min(oldest, t));
        if (count > settings.maxStories() || count % EXPIRY_EVERY == 1) {
            count -= expireStories(person, count);
        }
        storyCounts.put(person, count);
        markDenialsAfter(person, t);
    }

    /**
     * How many stories {@code person} has in the store: counted there once per task (the store
     * is restored from its changelog, so the count is too), then kept in memory. Kept in the
     * counts store, it was a store write and a changelog record for every story.
     */
    private long storyCount(String person) {
        Long known = storyCounts.get(person);
        if (known != null) {
            return known;
        }
        long n = 0;
        try (KeyValueIterator<String, EncodedStory> it =
                stories.range(StoreKeys.from(person, 0), StoreKeys.to(person, Long.MAX_VALUE / 2))) {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        storyCounts.put(person, n);
        return n;
    }

    /**
     * Drops the oldest stories beyond the per-person cap and those older than the look-back. Over
     * the cap it drops a tenth of the cap at once, so a person with a steady flow of stories pays
     * for a scan once every tenth of the cap rather than on every story.
     */
    private int expireStories(String person, long count) {
        long cutoff = clock - settings.lookback().toMillis() - settings.grace().toMillis();
        long keep = count > settings.maxStories() ? settings.maxStories() - settings.maxStories() / 10 : count;
        List<String> doomed = new ArrayList<>();
        long oldestKept = Long.MAX_VALUE;
        try (KeyValueIterator<String, EncodedStory> it = stories.range(
                StoreKeys.from(person, oldestStory.getOrDefault(person, 0L)),
                StoreKeys.to(person, Long.MAX_VALUE / 2))) {
            while (it.hasNext()) {
                String k = it.peekNextKey();
                if (count - doomed.size() > keep || StoreKeys.timeOf(k) < cutoff) {
                    doomed.add(k);
                    it.next();
                } else {
                    oldestKept = StoreKeys.timeOf(k);
                    break;
                }
            }
        }
        for (String k : doomed) {
            stories.delete(k);
            cached.dropped(person, k);
        }
        oldestStory.put(person, oldestKept);
        return doomed.size();
    }

    /**
     * A story that predates recent denials of the same person may change what they answer. They
     * are re-ranked on the next tick rather than at once: a backlog (catching up after an outage,
     * partitions read at different paces) brings many late stories of one person in a row, and
     * each would otherwise re-rank the same denials against all of that person's stories.
     */
    private void markDenialsAfter(String person, long storyTime) {
        // only denials published after the story and still within their grace: the key's time says
        // which, so no other denial is read at all
        long from = Math.max(storyTime + 1, clock - settings.grace().toMillis());
        long to = storyTime + settings.lookback().toMillis();
        if (from > to || latestDenial(person) < from) {
            return;
        }
        List<String> affected = new ArrayList<>();
        try (KeyValueIterator<String, DenialRecord> it =
                denials.range(StoreKeys.from(person, from), StoreKeys.to(person, to))) {
            while (it.hasNext()) {
                affected.add(it.next().key);
            }
        }
        for (String key : affected) {
            if (stale.add(key)) {
                toRevise.put(key, storyTime);
            }
        }
    }

    private long latestDenial(String person) {
        Long known = latestDenial.get(person);
        if (known != null) {
            return known;
        }
        long latest = Long.MIN_VALUE;
        try (KeyValueIterator<String, DenialRecord> it =
                denials.reverseRange(StoreKeys.from(person, 0), StoreKeys.to(person, Long.MAX_VALUE / 2))) {
            if (it.hasNext()) {
                latest = StoreKeys.timeOf(it.peekNextKey());
            }
        }
        latestDenial.put(person, latest);
        return latest;
    }

    /** Re-ranks the denials late stories touched; a changed ranking is a new revision of the alert. */
    private void reviseStaleDenials() {
        for (String key : List.copyOf(stale)) {
            stale.remove(key);
            toRevise.delete(key);
            DenialRecord d = denials.get(key);
            if (d == null) {
                continue; // expired meanwhile
            }
            String person = StoreKeys.personOf(key);
            List<RankedStory> ranked = rankFor(
                    person,
                    d.eventTimeMs(),
                    d.terms(),
                    d.outletIds(),
                    d.quotes(),
                    d.alert().denial().postId(),
                    d.alert().denial().post() == null
                            ? null
                            : d.alert().denial().post().fullText());
            if (!sameRanking(ranked, d.alert().stories())) {
                Alert old = d.alert();
                Alert revised = new Alert(
                        old.alertId(),
                        old.revision() + 1,
                        old.person(),
                        old.denial(),
                        ranked,
                        Instant.now(),
                        old.flags(),
                        ranked.isEmpty() ? Alert.NO_STORY_YET : null);
                Alert kept = send(d.keys(), d.eventTimeMs(), revised, old);
                if (kept != old) {
                    denials.put(
                            key,
                            new DenialRecord(kept, d.terms(), d.outletIds(), d.quotes(), d.eventTimeMs(), d.keys()));
                    metrics.revisions.increment();
                }
            }
        }
    }

    // ---- denials ----

    private void onDenial(PersonEvent.Denial ev) {
        String person = ev.personId();
        long t = ev.eventTime().toEpochMilli();
        String denialKey = StoreKeys.key(person, t, ev.postId());
        if (denials.get(denialKey) != null || held.get(denialKey) != null) {
            return;
        }
        metrics.denials.increment();
        if (ev.denial().isReported()) {
            String into = firstHandAlertBefore(person, t);
            if (into != null) {
                // no alert of its own; the denial's other keys may still give one
                metrics.foldedReports.increment();
                send(ev, alert(ev, 1, List.of(), null, into), null);
                return;
            }
            if (!settings.reportHold().isZero()) {
                // the first-hand denial may still be on its way from another partition: wait for it
                // a little, and say so on the desk meanwhile
                long now = context.currentSystemTimeMs();
                held.put(denialKey, new HeldReport(ev, now));
                heldAt.put(denialKey, now);
                send(ev, alert(ev, 0, rank(ev), heldSince(now), null), null);
                return;
            }
        }
        Alert alert = emitAlert(ev, denialKey, null);
        foldHeldReportsAfter(person, t, alert.alertId());
    }

    /** Why a news report of a denial held at {@code heldAtMs} (wall clock) waits, and until when. */
    private Held heldSince(long heldAtMs) {
        return new Held(
                "a news report of a denial, held for the first-hand denial it reports: if that comes,"
                        + " the report is folded into its alert; if not, it becomes an alert of its own",
                Instant.ofEpochMilli(heldAtMs + settings.reportHold().toMillis()));
    }

    /**
     * What the desk was shown of a held report while it waited: its provisional alert. Only that
     * it was held matters to what comes next (revision 1, news whatever its stories), so its
     * stories are not ranked again.
     */
    private Alert shownWhileHeld(HeldReport report) {
        return alert(report.event(), 0, List.of(), heldSince(report.heldAtMs()), null);
    }

    private Alert send(PersonEvent.Denial ev, Alert part, Alert shown) {
        return send(JoinInputs.keysOf(ev.denial().analysis()), ev.eventTime().toEpochMilli(), part, shown);
    }

    /**
     * Sends this key's part of a denial's alert on, and says what to keep of it. A denial with
     * several keys: the part goes to the task that gathers the denial's parts, and is kept. A
     * denial with one key: the part is all there is to gather, so its alert is made here, by the
     * gatherer's rule, and goes straight to the alert topic if it shows the desk anything {@code
     * shown} (the alert last sent, null: none) did not; the alert sent is kept, or {@code shown}
     * when nothing was.
     */
    private Alert send(List<String> keys, long eventTimeMs, Alert part, Alert shown) {
        if (AlertGatherer.gathers(keys)) {
            context.forward(new Record<>(part.denial().postId(), new KeyRanking(keys, eventTimeMs, part), clock));
            return part;
        }
        Alert alert = AlertRevision.next(shown, keys, Map.of(part.person().id(), part), settings.topK(), metrics);
        if (alert == null) {
            return shown;
        }
        context.forward(new Record<>(alert.alertId(), new Joined.Alerted(alert), clock));
        return alert;
    }

    private List<RankedStory> rank(PersonEvent.Denial ev) {
        DenialEvent d = ev.denial();
        Post post = d.post();
        return rankFor(
                ev.personId(),
                ev.eventTime().toEpochMilli(),
                d.terms(),
                d.outletIds(),
                d.quotes(),
                post.id(),
                post.fullText());
    }

    /** The alert of {@code ev} at {@code revision}: held (revision 0), folded into another, or neither. */
    private static Alert alert(
            PersonEvent.Denial ev, int revision, List<RankedStory> ranked, Held held, String foldedInto) {
        DenialEvent d = ev.denial();
        Analysis a = d.analysis();
        Post post = d.post();
        List<String> flags = ev.timeFromFetchedAt() ? List.of(EventTime.FLAG) : List.of();
        String note = foldedInto != null
                ? "folded into the alert of the first-hand denial, " + foldedInto.substring(0, 8)
                : ranked.isEmpty() ? Alert.NO_STORY_YET : null;
        return new Alert(
                Alert.idFor(post.id(), JoinInputs.keysOf(a).get(0)),
                revision,
                personRef(a, ev.personId()),
                new Denial(
                        post.id(), post, a.denier(), a.cues(), a.denialScore(), a.lang(), a.outlets(), d.enteredAt()),
                ranked,
                Instant.now(),
                flags,
                note,
                held,
                foldedInto);
    }

    /** Files a denial for its grace and sends its alert (or part) on; {@code shown}: what the desk has of it, null: nothing. */
    private Alert emitAlert(PersonEvent.Denial ev, String denialKey, Alert shown) {
        String person = ev.personId();
        long t = ev.eventTime().toEpochMilli();
        DenialEvent d = ev.denial();
        Alert alert = alert(ev, 1, rank(ev), null, null);
        Alert kept = send(ev, alert, shown);
        DenialRecord filed =
                new DenialRecord(kept, d.terms(), d.outletIds(), d.quotes(), t, JoinInputs.keysOf(d.analysis()));
        denials.put(denialKey, filed);
        latestDenial.merge(person, t, Math::max);
        NavigableSet<Long> firstHand = firstHandAt.get(person);
        if (firstHand != null && isFirstHand(filed)) {
            firstHand.add(t);
        }
        expireDenials(person);
        return alert;
    }

    /**
     * A first-hand denial (its alert {@code into}) makes the held news reports of it (published
     * after it) redundant: each one's provisional alert says where it went.
     */
    private void foldHeldReportsAfter(String person, long t, String into) {
        List<KeyValue<String, HeldReport>> folded = new ArrayList<>();
        try (KeyValueIterator<String, HeldReport> it = held.range(
                StoreKeys.from(person, t),
                StoreKeys.to(person, t + settings.foldReported().toMillis()))) {
            it.forEachRemaining(folded::add);
        }
        for (KeyValue<String, HeldReport> kv : folded) {
            fold(kv.key, kv.value, into);
        }
    }

    private void fold(String key, HeldReport report, String into) {
        held.delete(key);
        heldAt.remove(key);
        metrics.foldedReports.increment();
        PersonEvent.Denial ev = report.event();
        send(ev, alert(ev, 1, rank(ev), null, into), shownWhileHeld(report));
    }

    /** Reports held longer than the hold with no first-hand denial showing up become alerts of their own. */
    private void releaseHeldReports(long wallNow) {
        List<String> due = new ArrayList<>();
        heldAt.forEach((key, at) -> {
            if (wallNow - at >= settings.reportHold().toMillis()) {
                due.add(key);
            }
        });
        for (String key : due) {
            HeldReport report = held.get(key);
            if (report == null) {
                heldAt.remove(key);
                continue;
            }
            PersonEvent.Denial ev = report.event();
            String into = firstHandAlertBefore(ev.personId(), ev.eventTime().toEpochMilli());
            if (into != null) {
                fold(key, report, into);
            } else {
                held.delete(key);
                heldAt.remove(key);
                emitAlert(ev, key, shownWhileHeld(report));
            }
        }
    }

    /** The id of the alert of the latest first-hand denial a report at {@code t} may be folded into, or null. */
    private String firstHandAlertBefore(String person, long t) {
        if (!firstHandDenialBefore(person, t)) {
            return null;
        }
        String id = null;
        try (KeyValueIterator<String, DenialRecord> it = denials.range(
                StoreKeys.from(person, t - settings.foldReported().toMillis()), StoreKeys.to(person, t))) {
            while (it.hasNext()) {
                DenialRecord d = it.next().value;
                if (isFirstHand(d)) {
                    id = d.alert().alertId();
                }
            }
        }
        return id;
    }

    private boolean firstHandDenialBefore(String person, long t) {
        Long latest =
                firstHandAt.computeIfAbsent(person, this::firstHandInStore).floor(t);
        return latest != null && latest >= t - settings.foldReported().toMillis();
    }

    private NavigableSet<Long> firstHandInStore(String person) {
        NavigableSet<Long> times = new TreeSet<>();
        try (KeyValueIterator<String, DenialRecord> it =
                denials.range(StoreKeys.from(person, 0), StoreKeys.to(person, Long.MAX_VALUE / 2))) {
            it.forEachRemaining(kv -> {
                if (isFirstHand(kv.value)) {
                    times.add(StoreKeys.timeOf(kv.key));
                }
            });
        }
        return times;
    }

    private static boolean isFirstHand(DenialRecord d) {
        return d.alert().denial().denier() != null
                && FIRST_HAND.contains(d.alert().denial().denier().kind());
    }

    private void expireDenials(String person) {
        long keep =
                Math.max(settings.grace().toMillis(), settings.foldReported().toMillis());
        long cutoff = clock - keep;
        List<String> doomed = new ArrayList<>();
        try (KeyValueIterator<String, DenialRecord> it =
                denials.range(StoreKeys.from(person, 0), StoreKeys.to(person, cutoff - 1))) {
            it.forEachRemaining(kv -> doomed.add(kv.key));
        }
        doomed.forEach(denials::delete);
        NavigableSet<Long> firstHand = firstHandAt.get(person);
        if (firstHand != null) {
            firstHand.headSet(cutoff).clear();
        }
    }

    private List<RankedStory> rankFor(
            String person,
            long t,
            Set<String> denialTerms,
            Set<String> outletIds,
            List<String> quotes,
            String denialPostId,
            String denialText) {
        List<EncodedStory> candidates = new ArrayList<>();
        String ownKeyEnd = StoreKeys.SEP + denialPostId;
        NavigableMap<String, EncodedStory> all = cached.get(person);
        if (all == null) {
            try (KeyValueIterator<String, EncodedStory> it =
                    stories.range(StoreKeys.from(person, 0), StoreKeys.to(person, Long.MAX_VALUE / 2))) {
                all = cached.read(person, it, kv -> trimmed(kv.key, kv.value));
            }
        }
        // the range the store was read in before the stories were kept in memory, bounds included
        for (Map.Entry<String, EncodedStory> e : all.subMap(
                        StoreKeys.from(person, t - settings.lookback().toMillis()), true, StoreKeys.to(person, t), true)
                .entrySet()) {
            if (!e.getKey().endsWith(ownKeyEnd)) {
                candidates.add(e.getValue());
            }
        }
        return ranker.rank(
                new StoryRanker.DenialView(denialTerms, outletIds, quotes, Instant.ofEpochMilli(t), denialText),
                candidates,
                settings.topK());
    }

    /** {@code story}, filed under {@code key}, as ranking keeps it: its record read from the store when asked for. */
    private EncodedStory trimmed(String key, EncodedStory story) {
        return story.trimmed(() -> stories.get(key).record());
    }

    private static boolean sameRanking(List<RankedStory> a, List<RankedStory> b) {
        return a.stream()
                .map(RankedStory::postId)
                .toList()
                .equals(b.stream().map(RankedStory::postId).toList());
    }

    /** The entity an alert is about, with how the denial concerns them. */
    private static PersonRef personRef(Analysis a, String personId) {
        for (PersonMention m : a.persons()) {
            if (m.id().equals(personId)) {
                return new PersonRef(m.id(), m.name(), DenialLink.of(m.id(), m.name(), a.denier(), m), m.candidates());
            }
        }
        return new PersonRef(personId, personId, DenialLink.of(personId, personId, a.denier(), null));
    }
}
