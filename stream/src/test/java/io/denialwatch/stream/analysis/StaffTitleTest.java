package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An organisation named by the one word of its name that names it only where it speaks ("Apple")
 * is named too where its chief or spokesperson speaks: "Apple CEO Tim Cook", "a spokesman for
 * Volkswagen", "le PDG d'Apple".
 */
class StaffTitleTest {

    private static final EntityResolver RESOLVER = new EntityResolver(Gazetteer.parse("""
            organizations:
              - {id: apple-inc, name: Apple Inc.}
              - {id: volkswagen, name: Volkswagen AG}
              - {id: reliance, name: Reliance Industries}
              - {id: government-of-india, name: Government of India}
            """));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // English: the organisation before the title, possessive or not
                "Apple CEO Tim Cook called on Bloomberg to retract its story.|apple-inc",
                "Reliance's chairman Mukesh Ambani dismissed the reports.|reliance",
                "Reliance chairman Mukesh Ambani was not available.|reliance",
                // or after the title and for, of, at
                "The report is false, a spokesman for Volkswagen said on Monday.|volkswagen",
                "Tim Cook, the chief executive officer of Apple, called the story untrue.|apple-inc",
                // French: after the title and de
                "Le PDG d'Apple, Tim Cook, a démenti ces informations.|apple-inc",
                "Un porte-parole de Volkswagen a qualifié ces informations de fausses.|volkswagen",
                // a government's adjective form with its spokesperson
                "The Indian government spokesman Rajesh Kumar dismissed the claims.|government-of-india",
                // the start of a longer name is not the organisation
                "The director of Apple and Partners Holdings denied the report.|''",
                // the word with no title next to it names nothing
                "Tim Cook wore an Apple Watch on stage.|''",
                "A Volkswagen Golf was parked outside the house of the minister.|''",
                // a country's president or coach is an office or a national team, not its government
                "The president of India was not in Delhi that day.|''",
                "India coach Rahul Dravid dismissed the reports.|''",
                "Le président de l'Inde était absent.|''",
            })
    void anOrganisationWhoseStaffSpeaks(String text, String ids) {
        assertThat(NamedOrganizations.ids(RESOLVER, text)).isEqualTo(ids);
    }
}
