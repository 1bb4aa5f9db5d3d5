package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.OutletMention;
import io.denialwatch.common.model.Post;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which outlets a post names: the report it answers, not the wire that carried it. */
class OutletRecognizerTest {

    private final MultilingualAnalyzer analyzer =
            new MultilingualAnalyzer(Gazetteer.parse("""
                    persons:
                      - {id: nick-read, name: Nick Read}
                    organizations:
                      - {id: reuters, name: Reuters}
                      - {id: e-and, name: "e& (Emirates Telecommunications Group)", aliases: [Etisalat]}
                    """).withBundledOutlets());

    private Analysis analyze(String text) {
        return analyzer.analyze(Post.of("t:1", "test", Instant.parse("2021-04-26T10:00:00Z"), null, text));
    }

    @Test
    void aWiresDatelineCreditIsNotAnOutletTheTextNames() {
        assertThat(analyze("LONDON (Reuters) - Vodafone chief executive Nick Read denied the reports on Tuesday.")
                        .outlets())
                .isEmpty();
        assertThat(analyze("PARIS, 5 mai (AFP) — Nick Read a démenti ces informations mardi.")
                        .outlets())
                .isEmpty();
        assertThat(analyze("(رويترز) – نفى نيك ريد يوم الثلاثاء صحة التقارير.").outlets())
                .isEmpty();
        assertThat(analyze("New Delhi [Reuters]: Nick Read denied the reports.").outlets())
                .isEmpty();
    }

    @Test
    void aWatchedWireCreditedInTheDatelineIsNotWhomThePostConcerns() {
        Analysis credited = analyze("LONDON (Reuters) - Nick Read denied the reports on Tuesday.");
        assertThat(credited.persons()).extracting(m -> m.id()).containsExactly("nick-read");
    }

    @Test
    void aOneLetterFormOfAnOrganisationsNameIsNoName() {
        assertThat(analyze("\"There is no merit to the article,\" Nick Read's publicist told E! News.")
                        .persons())
                .extracting(m -> m.id())
                .containsExactly("nick-read");
        assertThat(analyze("Etisalat denied the reports.").persons())
                .extracting(m -> m.id())
                .containsExactly("e-and");
    }

    @Test
    void theWireStaysNamedWhereTheTextCitesItsReport() {
        assertThat(analyze("LONDON (Reuters) - Nick Read denied a Reuters report about the merger.")
                        .outlets())
                .extracting(OutletMention::name)
                .containsExactly("Reuters");
        assertThat(analyze("Nick Read denied the report (Reuters) about the merger.")
                        .outlets())
                .extracting(OutletMention::name)
                .containsExactly("Reuters");
        assertThat(analyze("نفى نيك ريد ما نقلته وكالة رويترز عن الاندماج.").outlets())
                .extracting(OutletMention::name)
                .containsExactly("Reuters");
    }
}
