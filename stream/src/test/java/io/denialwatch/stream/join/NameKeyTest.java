package io.denialwatch.stream.join;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest
    @CsvSource({
        "Washington, واشنطن",
        "Khartoum, خرطوم",
        "Jolani, جولاني",
        "Moscow, موسكو",
        "London, لندن",
        "Baghdad, بغداد",
        "Espagne, إسبانيا",
        "Hassan, حسن",
        "Mosul, موصل"
    })
    void aNameAndItsArabicSpellingShareTheirSkeleton(String latin, String arabic) {
        assertThat(NameKey.of(latin.toLowerCase())).isEqualTo(NameKey.of(Terms.fold(arabic)));
    }

    @Test
    void differentNamesKeepDifferentSkeletons() {
        assertThat(NameKey.of("beirut")).isNotEqualTo(NameKey.of("baghdad"));
        assertThat(NameKey.of("paris")).isNotEqualTo(NameKey.of("beirut"));
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
}
