package io.denialwatch.stream.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Cue;
import io.denialwatch.common.model.Denier;
import io.denialwatch.common.model.PersonMention;
import io.denialwatch.common.model.Post;
import io.denialwatch.common.model.RankedStory;
import io.denialwatch.stream.pipeline.PipelineMetrics;
import io.denialwatch.stream.pipeline.StateKind;
import io.denialwatch.stream.pipeline.StreamSettings;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/**
 * A revision owed by a late story survives a restart: the joiner is stopped between the story
 * and its next tick, and a new joiner on the same stores (as after a fail-over, restored from the
 * changelogs) makes it. The test driver cannot show this: it empties the state when it closes.
 */
class DenialJoinerRestartTest {
    private static final Instant T0 = Instant.parse("2025-11-01T00:00:00Z");
    private static final Account SELF = new Account("x:rami", "rami", "Rami Khoury", AccountKind.PERSON);
    private static final Account NYT = new Account("x:nytimes", "nytimes", "The New York Times", AccountKind.OUTLET);
    private static final PersonMention RAMI = new PersonMention("rami-khoury", "Rami Khoury", "Rami Khoury", "alias");

    private final JoinInputs inputs = new JoinInputs(
            Terms.bundled(), new OutletDirectory(Gazetteer.empty().withBundledOutlets()));
    /** The joiner's own stores, as the topology attaches them, in memory and without changelogs. */
    private final List<StateStore> stores = DenialJoiner.stores(StateKind.IN_MEMORY).stream()
            .map(b -> (StateStore) b.withLoggingDisabled().build())
            .toList();

    /** A joiner on the shared stores, as a task starting (or starting again) would get it. */
    private MockProcessorContext<String, Joined> startJoiner(DenialJoiner joiner) {
        MockProcessorContext<String, Joined> context = new MockProcessorContext<>();
        context.setCurrentSystemTimeMs(T0.toEpochMilli());
        for (StateStore s : stores) {
            if (!s.isOpen()) {
                s.init(context.getStateStoreContext(), s);
            }
            context.addStateStore(s);
        }
        joiner.init(context);
        return context;
    }

    private void send(DenialJoiner joiner, Post post, boolean denial) {
        Analysis a = new Analysis(
                post.id(),
                "en",
                denial,
                denial ? 0.9 : 0,
                denial ? List.of(new Cue("denial_predicate", "deny", 2, 6)) : null,
                denial ? new Denier("Rami Khoury", "self", RAMI.id()) : null,
                List.of(RAMI),
                null);
        inputs.of(post, a, post.publishedAt()).forEach(kv -> joiner.process(new Record<>(kv.key, kv.value, 0L)));
    }

    private static void tick(MockProcessorContext<String, Joined> context) {
        context.scheduledPunctuators().forEach(p -> p.getPunctuator().punctuate(context.currentSystemTimeMs()));
    }

    @Test
    void aRevisionOwedWhenTheJoinerStopsIsMadeByTheNextOne() {
        DenialJoiner first = new DenialJoiner(StreamSettings.defaults(), PipelineMetrics.noop());
        MockProcessorContext<String, Joined> before = startJoiner(first);
        send(first, JoinPosts.post("d1", SELF, T0.plusSeconds(36_000), "I deny selling my stake in the port."), true);
        send(first, JoinPosts.post("s1", NYT, T0.plusSeconds(3_600), "Rami Khoury sold his stake in the port."), false);
        // stopped before its next tick: only the first alert went out, the revision is owed
        assertThat(before.forwarded()).extracting(f -> alert(f).revision()).containsExactly(1);

        MockProcessorContext<String, Joined> after =
                startJoiner(new DenialJoiner(StreamSettings.defaults(), PipelineMetrics.noop()));
        tick(after);
        assertThat(after.forwarded()).singleElement().satisfies(f -> {
            assertThat(alert(f).revision()).isEqualTo(2);
            assertThat(alert(f).stories()).extracting(RankedStory::postId).containsExactly("s1");
        });
    }

    /** The alert the joiner sent: the denial concerns one person, so its alert itself, not a part to gather. */
    private static Alert alert(MockProcessorContext.CapturedForward<? extends String, ? extends Joined> f) {
        assertThat(f.record().value()).isInstanceOf(Joined.Alerted.class);
        return ((Joined.Alerted) f.record().value()).alert();
    }
}
