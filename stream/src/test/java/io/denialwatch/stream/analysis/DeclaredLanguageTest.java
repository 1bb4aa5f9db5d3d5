package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Post;
import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A feed declares one language for all its items; an item's own text wins when it plainly says
 * otherwise (issue: an Arabic denial in a feed declared {@code en} was read as English and missed).
 */
class DeclaredLanguageTest {
    private static final MultilingualAnalyzer ANALYZER =
            new MultilingualAnalyzer(Gazetteer.load(Path.of("../config/persons.yaml")));

    private static Post declared(String lang, String text) {
        return new Post(
                "rss:1",
                "rss:feed",
                null,
                Instant.parse("2025-11-15T10:00:00Z"),
                null,
                null,
                lang,
                null,
                text,
                null,
                null,
                null,
                null);
    }

    private static String guess(String declared, String text) {
        return LanguageGuesser.guess(declared, Tokens.of(TextFold.mapped(text)));
    }

    @Test
    void anArabicDenialInAFeedDeclaredEnglishIsAnalyzedAsArabic() {
        String text =
                "توضيح: أنفي ما تم تداوله عن أي تصريحات مُنسوبة لي لوسائل إعلامية. وأؤكد أنني لم أُجْرِ أي مقابلة، "
                        + "ولم أتحدث مع منصة The Media Line أو أي وسيلة إعلامية أخرى بشأن الموضوع المذكور. مظهر الويس";
        Analysis a = ANALYZER.analyze(declared("en", text));
        assertThat(a.lang()).isEqualTo("ar");
        assertThat(a.isDenial()).isTrue();
    }

    @Test
    void theTextWinsOnlyWhenItPlainlySaysOtherwise() {
        assertThat(guess("ar", "The minister denied the report and said it was not true"))
                .isEqualTo("en");
        assertThat(guess("en", "Le ministre a démenti les informations selon lesquelles il aurait quitté le pays"))
                .isEqualTo("fr");
        // a name or a short quote in another script or language does not overturn the feed's language
        assertThat(guess("en", "Ahmed al-Sharaa (أحمد الشرع) met the envoy in Damascus on Tuesday"))
                .isEqualTo("en");
        assertThat(guess("fr", "Le président a parlé de « the deal » avec l'envoyé"))
                .isEqualTo("fr");
        assertThat(guess("en", "Breaking")).isEqualTo("en");
        assertThat(guess(null, "نفى الوزير التقرير")).isEqualTo("ar");
    }
}
