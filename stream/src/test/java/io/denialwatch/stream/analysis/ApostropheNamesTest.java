package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Latin name ending in one or two letters after an apostrophe (Eto'o, Te'o), which the one
 * tokeniser splits off, still names its bearer, with a straight or a curly apostrophe.
 */
class ApostropheNamesTest {

    private final MultilingualAnalyzer analyzer = new MultilingualAnalyzer(Gazetteer.parse("""
            persons:
              - {id: samuel-etoo, name: Samuel Eto'o}
              - {id: manti-te-o, name: Manti Te'o}
              - {id: conan-obrien, name: Conan O'Brien}
            """));

    private List<String> persons(String text) {
        return FoundPersons.concernedIds(analyzer, text);
    }

    @Test
    void aShortEndAfterAnApostropheIsPartOfTheName() {
        assertThat(persons("Samuel Eto’o dément avoir signé.")).containsExactly("samuel-etoo");
        assertThat(persons("College football star Manti Te'o denied the report."))
                .containsExactly("manti-te-o");
    }

    @Test
    void aLongerPartAfterAnApostropheStaysTheSurname() {
        assertThat(persons("Conan O'Brien denied the report.")).containsExactly("conan-obrien");
    }
}
