package io.denialwatch.stream.analysis.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishContractionsTest {

    @Test
    void anAuxiliaryBeforeNotIsContracted() {
        assertThat(EnglishContractions.contracted("has not resigned")).containsExactly("hasn t resigned");
        assertThat(EnglishContractions.contracted("will not ~1 leaving")).containsExactly("won t ~1 leaving");
    }

    @Test
    void aPhraseOpeningWithNotFollowsAnyContractedAuxiliary() {
        assertThat(EnglishContractions.contracted("not true")).contains("isn t true", "wasn t true", "doesn t true");
    }

    @Test
    void phrasesWithoutNotHaveNoOtherForm() {
        assertThat(EnglishContractions.contracted("never said")).isEmpty();
    }

    @Test
    void theBundledEnglishLexiconMatchesContractedForms() {
        assertThat(Lexicon.bundled("en").entries().get(CueKind.TRUTH)).contains("not true", "isn t true");
        assertThat(Lexicon.bundled("fr").entries().get(CueKind.TRUTH)).doesNotContain("isn t true");
    }
}
