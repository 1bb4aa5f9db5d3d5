package io.denialwatch.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentWordsTest {

    @Test
    void aWordSeenAgainIsTheSameInstance() {
        Tokens first = Tokens.of(TextFold.mapped("The minister denied the report."));
        Tokens second = Tokens.of(TextFold.mapped("A report the minister denied"));
        assertThat(second.word(1)).isEqualTo("report").isSameAs(first.word(4));
        assertThat(second.word(3)).isEqualTo("minister").isSameAs(first.word(1));
    }

    @Test
    void wordsThatShareASlotAreEachReadAsThemselves() {
        RecentWords recent = RecentWords.get();
        // "Aa" and "BB" have the same String hash, so the same slot: each replaces the other
        String text = "Aa BB Aa BB";
        assertThat(recent.word(text, 0, 2)).isEqualTo("Aa");
        assertThat(recent.word(text, 3, 5)).isEqualTo("BB");
        assertThat(recent.word(text, 6, 8)).isEqualTo("Aa");
        assertThat(recent.word(text, 9, 11)).isEqualTo("BB");
    }

    @Test
    void numbersAndLongWordsAreReadAsWritten() {
        String longWord = "a".repeat(40);
        Tokens t = Tokens.of(TextFold.mapped("In 2016, 1,500 people read " + longWord + " " + longWord));
        assertThat(t.word(1)).isEqualTo("2016");
        assertThat(t.word(2)).isEqualTo("1500");
        assertThat(t.word(5)).isEqualTo(longWord).isEqualTo(t.word(6));
    }
}
