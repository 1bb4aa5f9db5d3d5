package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A news page's body often calls a person by a given name alone ("Kylie", "Thibaut") where its
 * headline, carried by the page's web address, names them in full: the address decides whom the
 * given name names; without it a given name alone names no one.
 */
class GivenNameAloneTest {

    private final MultilingualAnalyzer analyzer = new MultilingualAnalyzer(Gazetteer.parse("""
            persons:
              - {id: kylie-minogue, name: Kylie Minogue}
              - {id: kim-kardashian, name: Kim Kardashian}
              - {id: kim-clijsters, name: Kim Clijsters}
              - {id: thibaut-courtois, name: Thibaut Courtois}
              - {id: will-smith, name: Will Smith}
              - {id: alexia-daval, name: Alexia Daval}
              - {id: jonathann-daval, name: Jonathann Daval}
              - {id: hunter-biden, name: Hunter Biden}
              - {id: joe-biden, name: Joe Biden}
              - {id: sabah-al-khalid-al-sabah, name: Sabah Al-Khalid Al-Sabah}
            """));

    private List<String> persons(String url, String text) {
        return FoundPersons.concerned(analyzer, url, text);
    }

    @Test
    void aGivenNameAloneNamesWhomTheAddressNamesInFull() {
        assertThat(persons(
                        "https://example.com/news/kylie-minogue-denies-engagement-rumours",
                        "On Monday Kylie denied reports that she is engaged, her spokesperson said."))
                .containsExactly("kylie-minogue (given name)");
        assertThat(persons(
                        "https://example.fr/sport/thibaut-courtois-dement-un-depart",
                        "Le gardien a démenti. « Ce n'est pas vrai », a déclaré Thibaut."))
                .containsExactly("thibaut-courtois (given name)");
    }

    @Test
    void withoutTheAddressAGivenNameAloneNamesNoOne() {
        String text = "On Monday Kylie denied reports that she is engaged, her spokesperson said.";
        assertThat(persons(null, text)).isEmpty();
        assertThat(persons("https://example.com/news/pop-star-denies-engagement", text))
                .isEmpty();
        assertThat(persons("https://example.com/news/minogue-denies-engagement", text))
                .isEmpty();
    }

    @Test
    void theAddressPicksAmongPersonsOfOneGivenName() {
        assertThat(persons(
                        "https://example.com/kim-kardashian-denies-split-report", "On Monday, Kim denied the report."))
                .containsExactly("kim-kardashian (given name)");
    }

    @Test
    void aGivenNameAloneNamesWhoseSurnameThePostWritesElsewhere() {
        assertThat(persons(null, "Un an après le meurtre d'Alexia Daval, son mari Jonathann est passé aux aveux."))
                .containsExactly("alexia-daval (alias)", "jonathann-daval (given name)");
        assertThat(persons(null, "Did you lie about never speaking to Hunter about his business deals? Biden: No."))
                .contains("hunter-biden (given name)");
    }

    @Test
    void theGivenNameItselfIsNoSurnameWrittenElsewhere() {
        assertThat(persons(null, "Erdogan said the allegations were baseless, APA reported citing Daily Sabah."))
                .noneMatch(p -> p.endsWith("(given name)"));
    }

    @Test
    void aCommonWordOpeningASentenceIsThatWord() {
        assertThat(persons(
                        "https://example.com/will-smith-denies-divorce-report",
                        "Will the couple comment? A spokesperson denied the report."))
                .isEmpty();
    }

    @Test
    void aGivenNameThatStartsAnotherNameIsThatName() {
        assertThat(persons(
                        "https://example.com/news/kylie-minogue-denies-engagement-rumours",
                        "Kylie Jenner was not at the party, her spokesperson said."))
                .isEmpty();
    }
}
