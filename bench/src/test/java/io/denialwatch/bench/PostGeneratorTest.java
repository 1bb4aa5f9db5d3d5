package io.denialwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.analysis.AnalyzerConfig;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import io.denialwatch.stream.analysis.PostAnalyzer;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The synthetic posts have the mix the benchmarks claim, and the wired analyser reads them as meant. */
class PostGeneratorTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void postsHaveTheAdvertisedMixOfKindsLanguagesAndLengths() {
        List<SyntheticWatchList.Person> persons = SyntheticWatchList.persons(1000);
        PostGenerator g = new PostGenerator(
                persons, Gazetteer.empty().withBundledOutlets().outlets(), "t-", 1);
        Map<PostGenerator.Kind, Integer> kinds = new EnumMap<>(PostGenerator.Kind.class);
        Map<String, Integer> langs = new HashMap<>();
        int n = 30_000;
        for (int i = 0; i < n; i++) {
            PostGenerator.Kind k = g.draw();
            Post p = g.post(k, T, T);
            kinds.merge(k, 1, Integer::sum);
            langs.merge(p.lang(), 1, Integer::sum);
            assertThat(p.text().length()).as(p.text()).isBetween(PostGenerator.MIN_CHARS, PostGenerator.MAX_CHARS);
            assertThat(p.invalidReason()).isNull();
        }
        assertThat(kinds.get(PostGenerator.Kind.DENIAL) / (double) n).isBetween(0.008, 0.012);
        assertThat((kinds.get(PostGenerator.Kind.DENIAL) + kinds.get(PostGenerator.Kind.PERSON_STORY)) / (double) n)
                .isBetween(0.28, 0.32);
        assertThat(langs).containsOnlyKeys("ar", "en", "fr");
        langs.values().forEach(c -> assertThat(c / (double) n).isBetween(0.31, 0.36));
    }

    @Test
    void watchListHasUniqueLatinNamesWithArabicAliasesAndLoadsAsAGazetteer() {
        // the gazetteer sweep's largest point
        List<SyntheticWatchList.Person> persons = SyntheticWatchList.persons(100_000);
        assertThat(persons.stream().map(SyntheticWatchList.Person::name).distinct())
                .hasSize(100_000);
        assertThat(persons.stream().map(SyntheticWatchList.Person::arabic).distinct())
                .hasSize(100_000);
        assertThat(persons.get(0).arabic()).matches("[\\u0600-\\u06FF ]+");
        assertThat(persons.get(99_999).arabic()).matches("[\\u0600-\\u06FF ]+");
        Gazetteer g = Gazetteer.parse(SyntheticWatchList.yaml(persons));
        assertThat(g.persons()).hasSize(100_000);
        assertThat(g.persons().get(42).aliases())
                .containsExactly(persons.get(42).arabic());
    }

    /**
     * At the bench's default size too: a list whose surnames have one bearer each must not find
     * watched persons in the filler sentences, or the bench measures the joining of persons no
     * post names.
     */
    @ParameterizedTest
    @ValueSource(ints = {100, 1000})
    void theWiredAnalyzerFindsEveryDenialAndTheOnePersonEachPostNamesInEachLanguage(int size) {
        List<SyntheticWatchList.Person> persons = SyntheticWatchList.persons(size);
        PostAnalyzer analyzer =
                new MultilingualAnalyzer(Gazetteer.parse(SyntheticWatchList.yaml(persons)), AnalyzerConfig.defaults());
        PostGenerator g = new PostGenerator(
                persons, Gazetteer.empty().withBundledOutlets().outlets(), "t-", 2);
        for (PostGenerator.Kind kind : PostGenerator.Kind.values()) {
            for (int i = 0; i < 60; i++) {
                Post p = g.post(kind, T, T);
                Analysis a = analyzer.analyze(p);
                assertThat(a.isDenial())
                        .as("%s %s: %s", kind, p.lang(), p.text())
                        .isEqualTo(kind == PostGenerator.Kind.DENIAL);
                assertThat(a.persons())
                        .as("%s %s: %s", kind, p.lang(), p.text())
                        .hasSize(kind == PostGenerator.Kind.OTHER ? 0 : 1);
            }
        }
    }
}
