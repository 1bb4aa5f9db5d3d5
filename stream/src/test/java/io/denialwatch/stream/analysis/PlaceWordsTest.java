package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country's name, adjective or capital in English or French is the place, not a watched surname
 * that shares its consonants or, letters doubled once, its spelling: "Cameroun" is not David
 * Cameron, "Nigerian" not Arthur Engoron. The surname itself still names its bearer.
 */
class PlaceWordsTest {

    private final MultilingualAnalyzer analyzer = new MultilingualAnalyzer(Gazetteer.parse("""
            persons:
              - {id: david-cameron, name: David Cameron}
              - {id: arthur-engoron, name: Arthur Engoron}
              - {id: denzel-washington, name: Denzel Washington}
            """));

    private List<String> persons(String text) {
        return FoundPersons.concernedIds(analyzer, text);
    }

    @Test
    void aCountrysWordIsThePlace() {
        assertThat(persons("MTN Cameroon dément formellement une coupure d'internet au Cameroun."))
                .isEmpty();
        assertThat(persons("The Nigerian authorities denied the report.")).isEmpty();
    }

    @Test
    void theSurnameItselfStillNamesItsBearer() {
        assertThat(persons("Cameron denied the report on Friday.")).containsExactly("david-cameron");
        assertThat(persons("Engoron denied the motion.")).containsExactly("arthur-engoron");
    }
}
