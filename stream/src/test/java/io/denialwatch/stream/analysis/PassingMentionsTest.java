package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bodies a post names without concerning them: a country or a seat as a place, a name within a
 * longer watched name, an outlet spoken to or whose findings are cited, a platform as the medium;
 * and a country that speaks, which is its watched government.
 */
class PassingMentionsTest {

    private static final EntityResolver RESOLVER = new EntityResolver(Gazetteer.parse("""
            organizations:
              - {id: israel, name: Israel}
              - {id: government-of-israel, name: Government of Israel}
              - {id: qatar, name: Qatar}
              - {id: china, name: China}
              - {id: cuba, name: Cuba}
              - {id: china-evergrande-group, name: China Evergrande Group}
              - {id: white-house, name: White House}
              - {id: reuters, name: Reuters}
              - {id: rmc, name: RMC}
              - {id: cnn, name: CNN}
              - {id: twitter, name: Twitter}
              - {id: whatsapp, name: WhatsApp}
            """));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "He denied the rumours at a press conference at the White House.|''",
                "وقال ترامب في تصريحات للصحفيين بالبيت الأبيض إن التقارير كاذبة.|''",
                "وقال ترامب في مؤتمر صحفي عقده في البيت الأبيض إن التقارير كاذبة.|''",
                "He was told to go to China after the row.|''",
                "Qatar's foreign ministry denied the report.|''",
                "The senators condemned the Crown Prince of Qatar for his role.|''",
                "The accusation of laser attacks in the East China Sea is groundless.|''",
                "HAVANA, Cuba, Apr 4 (ACN) The federation denounced the decision.|''",
                // the seat or the country the story concerns stays
                "The White House denied the report.|white-house",
                "Police in Belgium are investigating corruption involving Qatar.|qatar",
                "Sanctions against Qatar were discussed.|qatar",
            })
    void aCountryOrASeatAsAPlace(String text, String ids) {
        assertThat(NamedOrganizations.ids(RESOLVER, text)).isEqualTo(ids);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Shares in the China Evergrande Group fell on Monday.|china-evergrande-group",
                "Israel on Thursday rejected a report in the newspaper.|government-of-israel",
                "نفت إسرائيل صحة التقارير.|government-of-israel",
                "The Government of Israel rejected the report.|government-of-israel",
            })
    void aLongerNameAndASpeakingCountry(String text, String ids) {
        assertThat(NamedOrganizations.ids(RESOLVER, text)).isEqualTo(ids);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ingenico n'a pas d'intérêt, a déclaré à Reuters un porte-parole.|''",
                "Contacté par RMC, le club dénonce des informations sans fondement.|''",
                "Le club a démenti auprès de Reuters.|''",
                "Il veut partir, selon les informations de RMC.|''",
                "Peskov refused to confirm the number when asked by CNN.|''",
                "The bank denied a report in Reuters on the deal.|''",
                "Acceleron did not immediately respond to Reuters' request for comment.|''",
                // an outlet that acts or is the subject stays; "information" only as whose findings
                "Reuters said it stood by its reporting.|reuters",
                "Le régulateur a puni la chaîne d'information RMC.|rmc",
            })
    void anOutletSpokenToOrCited(String text, String ids) {
        assertThat(NamedOrganizations.ids(RESOLVER, text)).isEqualTo(ids);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The bureau took to microblogging site Twitter to deny the claim.|''",
                "Taking to Twitter on Wednesday, the minister denied it.|''",
                "La citation a été inventée par un compte Twitter parodique.|''",
                "Les journaux l'ont déduit de conversations WhatsApp entre les deux hommes.|''",
                // the company itself stays
                "Twitter denied that it had deleted the account.|twitter",
            })
    void aPlatformAsTheMedium(String text, String ids) {
        assertThat(NamedOrganizations.ids(RESOLVER, text)).isEqualTo(ids);
    }
}
