package io.denialwatch.stream.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.stream.analysis.eval.EvalReport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributionGroupsTest {

    private static CorpusItem item(String id, boolean denial, String denier, CorpusItem.Entity... persons) {
        return new CorpusItem(
                id,
                "en",
                "news",
                "text",
                "https://example.org/" + id,
                "2024-01-02",
                "page",
                "Outlet",
                denial,
                denial ? "verb" : null,
                denial ? null : "story",
                denier,
                List.of(persons),
                List.of(),
                null,
                null,
                "t1");
    }

    private static CorpusItem.Entity person(String id, String name, String surface, String via) {
        return new CorpusItem.Entity(id, name, surface, via);
    }

    private static AttributionGroups.Row group(List<AttributionGroups.Row> rows, String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aSpokespersonsDenialIsOnSomeonesBehalfAndTheirOwnIsNot() {
        CorpusItem byRep = item("a", true, "a spokeswoman for the singer", person("x", "Ann Lee", "Ann Lee", "name"));
        CorpusItem own = item("b", true, "Lee", person("x", "Ann Lee", "Lee", "name"));
        CorpusItem unsaid = item("c", true, null, person("x", "Ann Lee", "Ann Lee", "name"));

        assertThat(AttributionGroups.onBehalf(byRep)).isTrue();
        assertThat(AttributionGroups.onBehalf(own)).isFalse();
        assertThat(AttributionGroups.onBehalf(unsaid)).isFalse();
    }

    @Test
    void eachGroupCountsItsPersonsAndWhatTheAnalysisFound() {
        CorpusItem office = item("o", false, null, person("pm", "Jo Bloggs", "the prime minister", "role"));
        CorpusItem rep = item("r", true, "his lawyer", person("kt", "Kim Todd", "Todd", "name"));
        CorpusItem shared = item("s", false, null, person("kt", "Kim Todd", "Todd", "name"));
        CorpusItem other = item("t", false, null, person("pt", "Pat Todd", "Pat Todd", "name"));
        Map<String, CorpusItem> items = Map.of("o", office, "r", rep, "s", shared, "t", other);
        List<EvalReport.Decision> decisions = List.of(
                new EvalReport.Decision("o", false, 0.1, Set.of()),
                new EvalReport.Decision("r", true, 0.9, Set.of("kt")),
                new EvalReport.Decision("s", false, 0.1, Set.of()),
                new EvalReport.Decision("t", false, 0.1, Set.of("pt")));

        List<AttributionGroups.Row> rows = AttributionGroups.of(items, decisions);

        assertThat(group(rows, "office_or_organisation"))
                .extracting(AttributionGroups.Row::personsLabelled, AttributionGroups.Row::personsFound)
                .containsExactly(1, 0);
        assertThat(group(rows, "on_behalf"))
                .extracting(
                        AttributionGroups.Row::denials,
                        AttributionGroups.Row::denialsFound,
                        AttributionGroups.Row::personsFound)
                .containsExactly(1, 1, 1);
        // "Todd" alone is borne by two watched persons; "Pat Todd" in full is not a short name
        assertThat(group(rows, "short_shared_name"))
                .extracting(AttributionGroups.Row::personsLabelled, AttributionGroups.Row::personsFound)
                .containsExactly(2, 1);
        assertThat(AttributionGroups.json(rows)).startsWith("\"groups\":{\"office_or_organisation\":{\"items\":1,");
    }
}
