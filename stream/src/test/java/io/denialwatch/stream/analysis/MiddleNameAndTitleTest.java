package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Latin forms of a name the watch list does not write: a middle name between the given name and
 * the surname ("Rodrigo Roa Duterte"), and a given name after a title ("Dr Mahathir", "Président
 * Azali"), as Malay, Comorian or Filipino names are often written.
 */
class MiddleNameAndTitleTest {

    private final MultilingualAnalyzer analyzer = new MultilingualAnalyzer(Gazetteer.parse("""
            persons:
              - {id: rodrigo-duterte, name: Rodrigo Duterte}
              - {id: sara-duterte, name: Sara Duterte}
              - {id: mahathir-mohamad, name: Mahathir Mohamad}
              - {id: azali-assoumani, name: Azali Assoumani}
              - {id: france-gall, name: France Gall}
              - {id: syed-saddiq, name: Syed Saddiq}
              - {id: saud-al-saud, name: Saud bin Faisal Al Saud}
            """));

    private List<String> persons(String text) {
        return FoundPersons.concerned(analyzer, null, text);
    }

    @Test
    void aMiddleNameMayStandBetweenTheGivenNameAndTheSurname() {
        assertThat(persons("President Rodrigo Roa Duterte denied the report."))
                .containsExactly("rodrigo-duterte (alias)");
    }

    @Test
    void aMiddleNameJoinsOnlyNamesSpelledAsTheListSpellsThem() {
        assertThat(persons("A police report will be lodged, says its head Syed Saddiq Syed Abdul Rahman."))
                .containsExactly("syed-saddiq (alias)");
    }

    @Test
    void aGivenNameAfterATitleNamesItsBearer() {
        assertThat(persons("Dr Mahathir denied the report on Tuesday."))
                .containsExactly("mahathir-mohamad (given name)");
        assertThat(persons("Le Président Azali a démenti ces informations."))
                .containsExactly("azali-assoumani (given name)");
    }

    @Test
    void aPlaceAfterATitleIsNoGivenName() {
        assertThat(persons("La comédienne et ex-Miss France a tenu à réagir.")).isEmpty();
    }
}
