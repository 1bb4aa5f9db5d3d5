package io.denialwatch.stream.join;

import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.PersonRef;
import io.denialwatch.common.model.RankedStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A denial's one alert from the parts its join keys gave ({@link KeyRanking}): the stories found
 * under any of the watched entities it concerns, ranked once, each saying under which; and a name
 * several watched people share, left undecided by the post, decided by their stories.
 */
final class AlertMerge {
    /**
     * By how much one candidate's best story must outscore every other candidate's for their
     * stories to decide a shared name: half the weight of the outlet the denial names, or of all
     * the shared terms. Less is a matter of a word or two, which is no evidence of who was meant.
     */
    static final double DECIDING_MARGIN = 0.15;

    static final String DECIDED = "surname, decided by its earlier stories";

    private AlertMerge() {}

    /**
     * The alert from the parts gathered so far (by key), at revision {@code revision}, in the
     * order of {@code keys}; null when there is no part yet.
     */
    static Alert merge(List<String> keys, Map<String, Alert> parts, int revision, int topK) {
        List<Alert> present = new ArrayList<>();
        keys.forEach(k -> {
            if (parts.containsKey(k)) {
                present.add(parts.get(k));
            }
        });
        if (present.isEmpty()) {
            return null;
        }
        List<Alert> live = present.stream().filter(a -> a.foldedInto() == null).toList();
        if (live.isEmpty()) {
            // a news report of a denial folded into the first-hand denial's alert under every key
            Alert first = present.get(0);
            return with(first, revision, first.person());
        }
        live = decideSharedNames(live);
        List<RankedStory> stories = rankOnce(live, topK);
        Alert first = live.get(0);
        Set<String> flags = new LinkedHashSet<>();
        live.forEach(a -> flags.addAll(a.flags()));
        var held = live.stream()
                .map(Alert::held)
                .filter(h -> h != null)
                .findFirst()
                .orElse(null);
        return new Alert(
                first.alertId(),
                held != null ? 0 : revision,
                first.person(),
                first.denial(),
                stories,
                Instant.now(),
                List.copyOf(flags),
                stories.isEmpty() ? Alert.NO_STORY_YET : null,
                held,
                null,
                live.subList(1, live.size()).stream().map(Alert::person).toList());
    }

    /** {@code a} at another revision, or about another person. */
    private static Alert with(Alert a, int revision, PersonRef person) {
        return new Alert(
                a.alertId(),
                revision,
                person,
                a.denial(),
                a.stories(),
                a.createdAt(),
                a.flags(),
                a.note(),
                a.held(),
                a.foldedInto(),
                a.alsoConcerns());
    }

    /**
     * The parts left once each shared name the post left undecided is decided by the candidates'
     * stories: the candidate whose best story outscores every other candidate's by {@link
     * #DECIDING_MARGIN} keeps its part, now its person's {@code how} says so, and the others' are
     * dropped. When still tied, every candidate's part stays, listed as before.
     */
    static List<Alert> decideSharedNames(List<Alert> parts) {
        Map<List<PersonRef>, List<Alert>> byName = new LinkedHashMap<>();
        for (Alert a : parts) {
            if (a.person().candidates() != null) {
                byName.computeIfAbsent(a.person().candidates(), c -> new ArrayList<>())
                        .add(a);
            }
        }
        Map<String, Alert> decided = new LinkedHashMap<>();
        Set<String> dropped = new LinkedHashSet<>();
        for (List<Alert> candidates : byName.values()) {
            if (candidates.size() < 2) {
                continue;
            }
            List<Alert> byBest = candidates.stream()
                    .sorted(Comparator.comparingDouble(AlertMerge::best).reversed())
                    .toList();
            // scores are rounded to thousandths: a margin of exactly 0.15 is one, whatever the binary
            if (best(byBest.get(0)) - best(byBest.get(1)) < DECIDING_MARGIN - 1e-9) {
                continue;
            }
            Alert winner = byBest.get(0);
            PersonRef p = winner.person();
            decided.put(p.id(), with(winner, winner.revision(), new PersonRef(p.id(), p.name(), DECIDED)));
            byBest.subList(1, byBest.size()).forEach(a -> dropped.add(a.person().id()));
        }
        List<Alert> out = new ArrayList<>();
        for (Alert a : parts) {
            String id = a.person().id();
            if (!dropped.contains(id)) {
                out.add(decided.getOrDefault(id, a));
            }
        }
        return out;
    }

    /** The score of a part's best story, 0 when it found none. */
    private static double best(Alert part) {
        return part.stories().isEmpty() ? 0 : part.stories().get(0).score();
    }

    /**
     * The stories of every part, ranked once: a story found under several entities counts once,
     * with its best score under any of them, and says under which it was found. Being found under
     * more of them adds nothing: the stories a denial is weighed against are about the same
     * affair, and they name the same people and organisations as the report it answers (a club
     * and its coach, a company and its chief). On dev, 0.10 more per entity put four such
     * distractors above the labelled story. Ties go to the more recent story, then to the post
     * id, as within one entity ({@link StoryRanker}).
     */
    static List<RankedStory> rankOnce(List<Alert> parts, int topK) {
        Map<String, RankedStory> bestOf = new LinkedHashMap<>();
        Map<String, List<PersonRef>> under = new LinkedHashMap<>();
        for (Alert part : parts) {
            PersonRef entity = new PersonRef(part.person().id(), part.person().name());
            for (RankedStory s : part.stories()) {
                bestOf.merge(s.postId(), s, (x, y) -> y.score() > x.score() ? y : x);
                under.computeIfAbsent(s.postId(), id -> new ArrayList<>()).add(entity);
            }
        }
        List<RankedStory> merged = new ArrayList<>(bestOf.size());
        bestOf.forEach((id, s) -> merged.add(foundUnder(s, under.get(id))));
        merged.sort(Comparator.comparingDouble(RankedStory::score)
                .reversed()
                .thenComparing(RankedStory::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(RankedStory::postId));
        return merged.size() > topK ? List.copyOf(merged.subList(0, topK)) : merged;
    }

    private static RankedStory foundUnder(RankedStory s, List<PersonRef> entities) {
        return new RankedStory(
                s.postId(),
                s.url(),
                s.outlet(),
                s.publishedAt(),
                s.score(),
                s.reasons(),
                s.lang(),
                s.title(),
                s.text(),
                entities);
    }
}
