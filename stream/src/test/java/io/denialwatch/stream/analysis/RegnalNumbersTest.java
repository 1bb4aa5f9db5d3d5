package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.stream.analysis.names.PersonResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A monarch's regnal name is theirs before their own number, Roman in Latin text and an ordinal
 * in Arabic text, and two monarchs of one name differ in that number only. The watch list spells
 * every name in Latin letters only.
 */
class RegnalNumbersTest {

    private static final PersonResolver RESOLVER = new PersonResolver(Gazetteer.parse("""
            persons:
              - {id: mohammed-v-of-morocco, name: Mohammed V of Morocco}
              - {id: mohammed-vi-of-morocco, name: Mohammed VI of Morocco}
              - {id: abdullah-ii-of-jordan, name: Abdullah II of Jordan}
              - {id: kylie-padilla, name: Kylie Padilla}
              - {id: benedict-xvi, name: Benedict XVI}
            """));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the number written says which of two monarchs of one name
                "The lawyer of King Mohammed VI denied the rumours|mohammed-vi-of-morocco",
                "An exhibition on the exile of Mohammed V opened in Rabat|mohammed-v-of-morocco",
                "نفى محامي الملك محمد السادس الشائعات|mohammed-vi-of-morocco",
                "معرض للصور حول نفي محمد الخامس في مدغشقر|mohammed-v-of-morocco",
                // an Arabic ordinal after the name, with or without a title; the name with its own
                // number outranks another person's surname of the same consonants
                "المزاعم بشأن محاولة انقلاب على الملك عبدالله الثاني|abdullah-ii-of-jordan",
                "تصريحات عبدالله الثاني أثناء لقائه|abdullah-ii-of-jordan",
                // ten and a unit: sixteenth
                "Pope Benedict XVI will visit Lebanon|benedict-xvi",
                "زيارة البابا بنديكت السادس عشر إلى لبنان|benedict-xvi",
                // another number is another monarch, not watched
                "The reign of Mohammed IV ended|",
                "حكم عبدالله الأول الأردن|"
            })
    void aRegnalNameNamesTheMonarchWhoseNumberFollowsIt(String text, String id) {
        FoundPersons.assertNamesOnly(RESOLVER, text, id);
    }
}
