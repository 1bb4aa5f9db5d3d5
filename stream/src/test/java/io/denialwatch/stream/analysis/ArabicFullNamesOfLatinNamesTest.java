package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.stream.analysis.names.PersonResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Latin-only watched name written in full in Arabic letters, each person watched alone: film
 * subtitles make many foreign names common words, and two of them still name the person when both
 * are written as Arabic writes a foreign name.
 */
class ArabicFullNamesOfLatinNamesTest {

    private static PersonResolver watching(String id, String name) {
        return new PersonResolver(Gazetteer.parse("persons:\n  - {id: " + id + ", name: " + name + "}\n"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "وقال جون كيربي إن|john-kirby|John Kirby",
                "وقال رودي غارسيا إن|rudi-garcia|Rudi Garcia",
                "وقال خورخي ميسي إن|jorge-messi|Jorge Messi",
                "وقال دانا وايت إن|dana-white|Dana White",
            })
    void twoCommonWordsWrittenAsForeignNamesAreTheName(String text, String id, String name) {
        FoundPersons.assertNamesOnly(watching(id, name), text, id);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // English: a final s after a vowel or a voiced consonant is ز
                "وقالت ستيفاني ويليامز إن|stephanie-williams|Stephanie Williams",
                "وقال توم جونز إن|tom-jones|Tom Jones",
            })
    void anEnglishFinalSIsHeardAsZ(String text, String id, String name) {
        FoundPersons.assertNamesOnly(watching(id, name), text, id);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a word with the article is an Arabic word, not half of a foreign name
                "لإنكار الواقع كوسيلة لتجنب الحقيقة|luigi-cossellu|Luigi Cossellu",
                "ما تداولته بعض وسائل الإعلام حول قيام رئيس حكومة الإقليم|jim-risch|Jim Risch",
            })
    void twoCommonWordsOneWithTheArticleAreNoName(String text, String id, String name) {
        FoundPersons.assertNamesOnly(watching(id, name), text, null);
    }
}
