package io.denialwatch.stream.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.PersonEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Thinning the matches that end at one surname never changes which matches win. */
class LongestMatchesTest {

    private static final List<PersonEntry> PERSONS = List.of(person("a"), person("b"), person("c"), person("d"));

    private static PersonEntry person(String id) {
        return new PersonEntry(id, id, List.of(), List.of());
    }

    @Test
    void thinnedGroupsLeaveTheSameWinners() {
        SplittableRandom random = new SplittableRandom(42);
        for (int round = 0; round < 20_000; round++) {
            LongestMatches thinned = new LongestMatches();
            LongestMatches whole = new LongestMatches();
            int words = 8;
            for (int piece = random.nextInt(1, 4); piece > 0; piece--) {
                if (random.nextBoolean()) {
                    PersonMatch single = match(random, random.nextInt(words), 1 + random.nextInt(words));
                    thinned.add(single);
                    whole.add(single);
                    continue;
                }
                int end = 1 + random.nextInt(words);
                List<PersonMatch> group = new ArrayList<>();
                for (int k = random.nextInt(1, 7); k > 0; k--) {
                    group.add(match(random, random.nextInt(end), end));
                }
                thinned.addEndingTogether(group);
                group.forEach(whole::add);
            }
            assertThat(thinned.winners()).isEqualTo(whole.winners());
        }
    }

    private static PersonMatch match(SplittableRandom random, int from, int to) {
        int start = Math.min(from, to - 1);
        return new PersonMatch(
                PERSONS.get(random.nextInt(PERSONS.size())),
                start,
                to,
                random.nextBoolean() ? "alias" : "transliteration");
    }
}
