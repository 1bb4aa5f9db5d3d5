package io.denialwatch.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** UTF-8 read as a Latin charset is repaired; text that was right is never touched. */
class MojibakeTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // Windows-1252 and ISO-8859-1
                "BeyoncÃ© denies the rumours|Beyoncé denies the rumours",
                "L'Ã©tÃ© dernier, le prÃ©sident|L'été dernier, le président",
                "Itâ€™s â€œfalseâ€\u009d, she said|It’s “false”, she said",
                // Windows-1250 (Latin-2 as Windows writes it)
                "BeyoncĂ© dĂ©ment|Beyoncé dément",
                // repaired wherever it stands, right text beside it kept
                "Beyoncé et BeyoncÃ©|Beyoncé et Beyoncé",
                "Ã‰lysÃ©e|Élysée",
                // Arabic read as Windows-1252, word by word
                "Ù†Ù\u0081Ù‰ Ø³Ø¹ÙŠØ¯|نفى سعيد"
            })
    void repairsUtf8ReadAsALatinCharset(String broken, String meant) {
        assertThat(Mojibake.repair(broken)).isEqualTo(meant);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "L'été dernier, le président a démenti",
                "Ça va «très» bien, dit-il à l'Élysée",
                "naïve façade, Œuvre, São Paulo, Straße, Müller, Łódź, Škoda",
                "RÉ’ et Ö» restent tels quels",
                "نفى سعيد حساسين ما نشر عن استقالته",
                "It’s “false” – she said… €5 ™",
                "plain ASCII only"
            })
    void leavesCorrectTextAlone(String text) {
        assertThat(Mojibake.repair(text)).isSameAs(text);
    }
}
