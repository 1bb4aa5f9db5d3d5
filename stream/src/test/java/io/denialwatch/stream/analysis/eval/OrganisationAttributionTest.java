package io.denialwatch.stream.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationAttributionTest {

    private static LabelledPost labelled(String id, String text, List<String> organisations) {
        Post post = Post.of(id, "test", Instant.parse("2021-04-26T10:00:00Z"), null, text);
        return new LabelledPost(post, false, List.of(), organisations);
    }

    @Test
    void organisationsAreScoredApartFromPersonsOverPostAndOrganisationPairs() {
        MultilingualAnalyzer analyzer = new MultilingualAnalyzer(Gazetteer.parse("""
                persons:
                  - {id: boris-johnson, name: Boris Johnson}
                organizations:
                  - {id: acme-bank, name: Acme Bank}
                  - {id: globex, name: Globex}
                """));
        List<LabelledPost> items = List.of(
                labelled("p1", "Acme Bank moved its reserves, Boris Johnson said.", List.of("acme-bank")),
                labelled("p2", "Globex and Acme Bank met.", List.of("globex")),
                labelled("p3", "The bank said nothing.", List.of("acme-bank")));
        List<String> errors = new ArrayList<>();

        EvalReport.Organisations o =
                Evaluator.organisations(analyzer, items, Set.of("acme-bank", "globex"), true, errors);

        // found: p1 acme-bank, p2 globex; named: those and p2 acme-bank; missed: p3 acme-bank
        assertThat(o.labelled()).isEqualTo(3);
        assertThat(o.found()).isEqualTo(2);
        assertThat(o.named()).isEqualTo(3);
        assertThat(o.right()).isEqualTo(2);
        assertThat(errors)
                .containsExactlyInAnyOrder(
                        "p2 named organisation acme-bank the labels do not list", "p3 missed organisation acme-bank");
        EvalReport persons = Evaluator.evaluate(analyzer, items, true);
        assertThat(Evaluator.format(persons, o))
                .contains("organisation attribution recall 0.667 (2/3), precision 0.667 (2/3)")
                .endsWith(
                        "\"person_precision\":0.0000,\"organisation_recall\":0.6667,\"organisation_precision\":0.6667}");
        assertThat(Evaluator.format(persons)).doesNotContain("organisation").endsWith("}");
    }
}
