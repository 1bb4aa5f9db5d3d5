package io.denialwatch.stream.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.PersonRef;
import io.denialwatch.common.model.RankedStory;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the parts of a denial's keys become its one alert, without a topology. */
class AlertMergeTest {
    private static final Instant T = Instant.parse("2025-11-01T00:00:00Z");
    private static final List<PersonRef> MESSIS =
            List.of(new PersonRef("lionel-messi", "Lionel Messi"), new PersonRef("jorge-messi", "Jorge Messi"));

    private static RankedStory story(String id, double score, int hoursBefore) {
        return new RankedStory(
                id, null, null, T.minusSeconds(3_600L * hoursBefore), score, List.of(), "en", null, null);
    }

    private static Alert part(PersonRef person, RankedStory... stories) {
        return new Alert("a1", 1, person, null, Arrays.asList(stories), T, List.of(), null);
    }

    private static PersonRef undecided(int i) {
        PersonRef p = MESSIS.get(i);
        return new PersonRef(p.id(), p.name(), "ambiguous: 2 watched people of that name", MESSIS);
    }

    private static Alert merge(Alert... parts) {
        Map<String, Alert> byKey = new LinkedHashMap<>();
        for (Alert p : parts) {
            byKey.put(p.person().id(), p);
        }
        return AlertMerge.merge(List.copyOf(byKey.keySet()), byKey, 1, 5);
    }

    @Test
    void aStoryFoundUnderTwoKeysCountsOnceWithItsBestScoreAndSaysUnderWhich() {
        PersonRef rami = new PersonRef("rami-khoury", "Rami Khoury", "the denier");
        PersonRef bank =
                new PersonRef("acme-bank", "Acme Bank", "the denier (Rami Khoury) is spokesperson of Acme Bank");
        Alert one = merge(
                part(rami, story("both", 0.40, 5), story("rami", 0.35, 3)),
                part(bank, story("bank", 0.50, 4), story("both", 0.45, 5)));
        assertThat(one.person()).isEqualTo(rami);
        assertThat(one.alsoConcerns()).containsExactly(bank);
        assertThat(one.stories())
                .extracting(s -> s.postId() + " " + s.score() + " "
                        + s.foundUnder().stream().map(PersonRef::id).toList())
                .containsExactly(
                        "bank 0.5 [acme-bank]", "both 0.45 [rami-khoury, acme-bank]", "rami 0.35 [rami-khoury]");
    }

    @Test
    void aSharedNameIsDecidedOnlyByAClearMarginBetweenTheCandidatesBestStories() {
        // 0.611 - 0.461 is 0.15 to a reader, a hair under it in binary
        Alert decided = merge(part(undecided(0), story("l", 0.611, 2)), part(undecided(1), story("j", 0.461, 1)));
        assertThat(decided.person()).isEqualTo(new PersonRef("lionel-messi", "Lionel Messi", AlertMerge.DECIDED));
        assertThat(decided.alsoConcerns()).isNull();
        assertThat(decided.stories()).extracting(RankedStory::postId).containsExactly("l");

        Alert tied = merge(part(undecided(0), story("l", 0.611, 2)), part(undecided(1), story("j", 0.462, 1)));
        assertThat(tied.person()).isEqualTo(undecided(0));
        assertThat(tied.alsoConcerns()).containsExactly(undecided(1));
        assertThat(tied.stories()).extracting(RankedStory::postId).containsExactly("l", "j");
    }
}
