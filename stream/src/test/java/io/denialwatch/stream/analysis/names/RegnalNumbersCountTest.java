package io.denialwatch.stream.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import org.junit.jupiter.api.Test;

/** The number a text writes after a name, in Roman numbers or Arabic ordinals. */
class RegnalNumbersCountTest {

    private static final RegnalNumbers NUMBERS = new RegnalNumbers(NameWords.BUNDLED.ordinals());

    private static int after(String text) {
        return NUMBERS.after(Tokens.of(TextFold.mapped(text)), 0);
    }

    @Test
    void readsRomanNumbersAndArabicOrdinalsUpToTheTeens() {
        assertThat(after("Elizabeth II")).isEqualTo(2);
        assertThat(after("Leo XIV")).isEqualTo(14);
        assertThat(after("محمد السادس")).isEqualTo(6);
        assertThat(after("لاون الرابع عشر")).isEqualTo(14);
        assertThat(after("بنديكت الحادي عشر")).isEqualTo(11);
        assertThat(after("محمد الأول")).isEqualTo(1);
        // no number, or a word that is none
        assertThat(after("Charles said")).isZero();
        assertThat(after("محمد الحادي")).isZero();
        assertThat(after("محمد علي")).isZero();
    }

    @Test
    void aRomanNumberHasAtMostFourLetters() {
        assertThat(after("Louis VIII")).isEqualTo(8);
        assertThat(after("Louis iiiii")).isZero();
        assertThat(after("Louis xxxvi")).isZero();
        assertThat(after("Louis vi.")).isEqualTo(6);
    }

    @Test
    void aWatchedNameGivesItsRomanNumber() {
        assertThat(RegnalNumbers.watched("Albert II, Prince of Monaco")).isEqualTo(2);
        assertThat(RegnalNumbers.watched("Mohammed VI of Morocco")).isEqualTo(6);
        assertThat(RegnalNumbers.watched("Salman of Saudi Arabia")).isZero();
    }
}
