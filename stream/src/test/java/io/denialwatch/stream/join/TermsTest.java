package io.denialwatch.stream.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.text.NameKeys;
import io.denialwatch.common.text.TextFold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {

    @ParameterizedTest
    @CsvSource({
        "Khartoum, خرطوم",
        "Jolani, جولاني",
        "Moscow, موسكو",
        "London, لندن",
        "Baghdad, بغداد",
        "Hassan, حسن",
        "Mosul, موصل"
    })
    void aNameAndItsArabicSpellingShareTheirSkeleton(String latin, String arabic) {
        assertThat(NameKeys.skeleton(TextFold.fold(latin))).isEqualTo(NameKeys.skeleton(TextFold.fold(arabic)));
    }

    @Test
    void differentNamesKeepDifferentSkeletons() {
        assertThat(NameKeys.skeleton("beirut")).isNotEqualTo(NameKeys.skeleton("baghdad"));
        assertThat(NameKeys.skeleton("paris")).isNotEqualTo(NameKeys.skeleton("beirut"));
    }

    @Test
    void termsCarryNumbersWhateverTheirDigitsAndNamesTaggedByScript() {
        Terms terms = Terms.bundled();
        assertThat(terms.of("صفقة بقيمة ١٬٥٠٠ مليون في عام 2016م")).contains("n:1500", "n:2016");
        assertThat(terms.of("A deal worth 1,500 million")).contains("n:1500");
        assertThat(terms.of("talks in Khartoum")).contains("kl:krtm|khartoum");
        assertThat(terms.of("محادثات في الخرطوم")).contains("ka:krtm|خرطوم");
        assertThat(terms.of("he resigned")).contains("c:resignation");
        assertThat(terms.of("أنفي استقالتي")).contains("c:resignation");
        assertThat(terms.of("le Premier ministre")).contains("c:prime_minister");
    }

    @Test
    void theDayOfADateIsNoNumberButItsYearIs() {
        Terms terms = Terms.bundled();
        assertThat(terms.of("PARIS, 30 juillet 2018 (Reuters) - La ministre a rejeté"))
                .contains("n:2018")
                .doesNotContain("n:30");
        assertThat(terms.of("On July 30, the minister said")).doesNotContain("n:30");
        assertThat(terms.of("نفى الوزير يوم 30 يوليو")).doesNotContain("n:30");
        assertThat(terms.of("30 people were arrested in July")).contains("n:30");
    }
}
