package io.denialwatch.stream.join;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;

/**
 * The join's vocabulary on any text: every term is a number ({@code n:}), a concept
 * ({@code c:}) or a folded word of at least three letters or digits; quotes are bounded. The
 * saved inputs under {@code TermsFuzzTestInputs/} replay in every build.
 */
class TermsFuzzTest {
    private static final Terms TERMS = Terms.bundled();

    @FuzzTest(maxDuration = "5m")
    void termsAreWellFormedOnAnyText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();

        Set<String> terms = TERMS.of(text);

        for (String t : terms) {
            if (t.startsWith("n:")) {
                assertThat(t.substring(2)).matches("\\p{Nd}{2,}");
            } else if (t.startsWith("c:")) {
                assertThat(t).hasSizeGreaterThan(2);
            } else if (t.startsWith("ka:") || t.startsWith("kl:")) {
                // a name's transliteration skeleton and the word it came from
                assertThat(t).matches("k[al]:[a-z]{3,}\\|[\\p{L}\\p{N}]+");
            } else {
                assertThat(t).matches("[\\p{L}\\p{N}]+").hasSizeGreaterThanOrEqualTo(3);
            }
        }
        assertThat(Terms.quotes(text)).hasSizeLessThanOrEqualTo(10);
    }
}
