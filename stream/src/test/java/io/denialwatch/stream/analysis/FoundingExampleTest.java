package io.denialwatch.stream.analysis;

import static io.denialwatch.stream.analysis.Posts.LATIN_ONLY;
import static io.denialwatch.stream.analysis.Posts.outlet;
import static io.denialwatch.stream.analysis.Posts.person;
import static io.denialwatch.stream.analysis.Posts.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Cue;
import io.denialwatch.common.model.OutletMention;
import io.denialwatch.common.model.PersonMention;
import io.denialwatch.common.model.Post;
import org.junit.jupiter.api.Test;

/** The two denials and two non-denials of seed/founding-example.txt, with a Latin-only gazetteer. */
class FoundingExampleTest {

    private final MultilingualAnalyzer analyzer = new MultilingualAnalyzer(LATIN_ONLY);

    static final String WAIS = """
            أنفي ما تم تداوله عن أي تصريحات مُنسوبة لي لوسائل إعلامية.
            وأؤكد أنني لم أُجْرِ أي مقابلة، ولم أتحدث مع منصة The Media Line أو أي وسيلة إعلامية أخرى بشأن الموضوع المذكور.
            نتمنى من جميع الجهات الإعلامية نقل التصريحات من مصادرها الرسمية والمعتمدة، والحذر من المنصات التي…""";

    static final String PRESIDENCY = """
            مديرية الإعلام في رئاسة الجمهورية العربية السورية للإخبارية:
            📌نؤكد عدم صحة المعلومات التي وردت في بعض التقارير الصحفية عن وجود تعاون بين فخامة رئيس الجمهورية أحمد الشرع مع التحالف الذي تقوده الولايات المتحدة ضد تنظيمي "داعش" و"القاعدة" منذ عام 2016، ونود التوضيح أن ما سبق لا… pic.twitter.com/aB2kxQ4slN""";

    @Test
    void alWaisDeniesTheInterviewInTheFirstPerson() {
        Post p = post(WAIS, person("x:maabdwalshamee1", "maabdwalshamee1", "د.مظهر الويس"));
        Analysis a = analyzer.analyze(p);

        assertThat(a.lang()).isEqualTo("ar");
        assertThat(a.isDenial()).isTrue();
        assertThat(a.denier().kind()).isEqualTo("self");
        assertThat(a.denier().id()).isEqualTo("mazhar-al-wais");
        assertThat(a.persons()).extracting(PersonMention::id).contains("mazhar-al-wais");
        assertThat(a.outlets()).extracting(OutletMention::id).containsExactly("the-media-line");
        assertThat(a.cues()).extracting(Cue::type).contains("denial_predicate", "attribution_negation");
        for (Cue c : a.cues()) {
            assertThat(p.fullText().substring(c.start(), c.end())).isEqualTo(c.text());
        }
    }

    @Test
    void presidencyOfficeDeniesOnBehalfOfAlSharaa() {
        Analysis a =
                analyzer.analyze(post(PRESIDENCY, outlet("x:AlekhbariahSY", "AlekhbariahSY", "الإخبارية السورية")));

        assertThat(a.isDenial()).isTrue();
        assertThat(a.denier().kind()).isEqualTo("office");
        assertThat(a.denier().name()).startsWith("مديرية الإعلام");
        assertThat(a.persons()).extracting(PersonMention::id).containsExactly("ahmed-al-sharaa");
        assertThat(a.cues()).extracting(Cue::type).contains("truth_value");
    }

    @Test
    void theMediaLineInterviewIsAStoryNotADenial() {
        Analysis a = analyzer.analyze(post(
                "In an interview with The Media Line, Mazhar al-Wais says limited, "
                        + "interest-based cooperation that preserves sovereignty can support Syria’s fight against the Islamic "
                        + "State. https://t.co/ijl4wLIOHI",
                outlet("x:TheMediaLine", "TheMediaLine", "The Media Line")));

        assertThat(a.isDenial()).isFalse();
        assertThat(a.lang()).isEqualTo("en");
        assertThat(a.persons()).extracting(PersonMention::id).containsExactly("mazhar-al-wais");
        assertThat(a.outlets()).extracting(OutletMention::id).containsExactly("the-media-line");
    }

    @Test
    void barracksStatementPraisesTheVisit() {
        Analysis a = analyzer.analyze(post("""
                Statement by Ambassador Thomas J. Barrack, Jr.
                On the Historic Visit of Syrian President Ahmed al-Sharaa to the White House
                This week marks a decisive turning point in the modern history of the Middle East - and in the \
                remarkable transformation of Syria from isolation to…""", person("x:USAMBTurkiye", "USAMBTurkiye", "Ambassador Tom Barrack")));

        assertThat(a.isDenial()).isFalse();
        assertThat(a.persons()).extracting(PersonMention::id).contains("ahmed-al-sharaa", "tom-barrack");
    }

    @Test
    void aNewsPieceReportingThePresidencyDenialIsAReportedDenial() {
        Analysis a = analyzer.analyze(post("وقالت مديرية الإعلام في الرئاسة السورية إن: \"المعلومات التي وردت في بعض "
                + "التقارير الصحفية عن وجود تعاون بين الشرع مع التحالف غير صحيحة\"."));

        assertThat(a.isDenial()).isTrue();
        assertThat(a.persons()).extracting(PersonMention::id).containsExactly("ahmed-al-sharaa");
    }
}
