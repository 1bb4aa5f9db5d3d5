package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A watched government (where it speaks) or ministry (anywhere) named by its country's adjective,
 * in English, French and Arabic.
 */
class CountryAdjectiveFormsTest {

    private static final EntityResolver RESOLVER = new EntityResolver(Gazetteer.parse("""
            organizations:
              - {id: government-of-ivory-coast, name: Government of Ivory Coast}
              - {id: government-of-morocco, name: Government of Morocco}
              - {id: government-of-india, name: Government of India}
              - {id: government-of-mali, name: Government of Mali}
              - {id: russian-mfa, name: Ministry of Foreign Affairs (Russia)}
              - {id: chinese-mfa, name: Ministry of Foreign Affairs of the People's Republic of China}
              - {id: iranian-mfa, name: Ministry of Foreign Affairs of Iran}
              - {id: us-state-department, name: United States Department of State}
              - {id: qatar, name: Qatar}
              - {id: cuba, name: Cuba}
              - {id: government-of-cuba, name: Government of Cuba}
            """));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Le gouvernement ivoirien dément formellement ces allégations.|government-of-ivory-coast",
                "The Moroccan government denied the report on Monday.|government-of-morocco",
                "Le gouvernement marocain a démenti jeudi.|government-of-morocco",
                "نفت الحكومة المغربية ما تداولته وسائل إعلام إسبانية.|government-of-morocco",
                "Les autorités maliennes ont démenti toute présence de mercenaires.|government-of-mali",
                "The Indian government on Tuesday rejected the allegation.|government-of-india",
                "Indian authorities on Friday denied the report.|government-of-india",
                "The Iranian foreign ministry denied the report.|iranian-mfa",
                "نفت الخارجية الإيرانية صحة التقارير.|iranian-mfa",
                "Le ministère russe des Affaires étrangères a démenti.|russian-mfa",
                "نفت وزارة الخارجية الروسية ما نشرته الصحيفة.|russian-mfa",
                "Russia's foreign ministry denied the report.|russian-mfa",
                "The Chinese Foreign Ministry called the report groundless.|chinese-mfa",
                "China’s foreign ministry called the report groundless.|chinese-mfa",
                "نفت الخارجية الأمريكية أن تكون قد تلقت طلبا رسميا.|us-state-department",
                "The US State Department declined to comment.|us-state-department",
                "لم تعلق الحكومة المغربية على التقرير.|government-of-morocco",
                // a government named with what kind of government it is
                "Le gouvernement de transition malien dément la présence de mercenaires.|government-of-mali",
                "Le gouvernement malien de transition a démenti ces informations.|government-of-mali",
                "Les autorités de transition maliennes ont démenti.|government-of-mali",
                "The Moroccan transitional government denied the report.|government-of-morocco",
                "The Indian federal government on Monday rejected the claims.|government-of-india",
                "نفت الحكومة المغربية الانتقالية ما تداولته وسائل الإعلام.|government-of-morocco",
                "نفت الحكومة الانتقالية المغربية ما تداولته وسائل الإعلام.|government-of-morocco",
                "Des opposants au gouvernement de transition malien ont manifesté.|''",
                // a watched country takes its government's adjective forms, unless its government is watched too
                "Le gouvernement qatari a démenti.|qatar",
                "The Cuban government denied the report.|government-of-cuba",
                // the adjective alone is people, a team, a product: no one watched
                "Moroccan fans celebrated in the streets of Paris.|''",
                "Les supporters marocains ont envahi la pelouse.|''",
                "احتفلت الجماهير المغربية بالفوز.|''",
                "An Indian court rejected the petition.|''",
                // a government named where it does not speak is not the one denying
                "Pakistani officials said Indian authorities had detained the crew.|''",
                "Critics of the Moroccan government said the report was accurate.|''",
                "انتقد معارضون الحكومة المغربية بعد نشر التقرير.|''",
                "Le porte-parole a critiqué le gouvernement ivoirien.|''",
                // the adjective of a country whose government is not watched
                "The Algerian government denied the report.|''",
                "Le gouvernement sénégalais a démenti.|''",
                "نفت الحكومة الجزائرية هذه الأنباء.|''",
                // another body of the country than the one watched
                "The Moroccan interior ministry denied the report.|''",
                // a watched country speaks through its capital
                "Doha rejected the claims as fabricated.|qatar",
                "Doha a rejeté ces accusations.|qatar",
                "A delegation arrived in Doha on Sunday, officials said.|''",
            })
    void aBodyByItsCountrysAdjective(String text, String ids) {
        assertThat(NamedOrganizations.ids(RESOLVER, text)).isEqualTo(ids);
    }

    @Test
    void theAdjectivesComeFromTheDataSetAndTheCapitalsInEachLanguage() {
        Countries.Country morocco = Countries.BUNDLED.named("Morocco");
        assertThat(morocco.en()).contains("Moroccan");
        assertThat(morocco.fr()).contains("marocain", "marocaine", "marocaines");
        assertThat(morocco.ar()).contains("المغربي", "المغربية");
        assertThat(morocco.capitals()).containsExactly("Rabat");
        assertThat(Countries.BUNDLED.named("Russian Federation").capitals()).contains("Moscow", "Moscou", "موسكو");
        assertThat(Countries.BUNDLED.named("united states").capitals())
                .as("without the abbreviation after the name")
                .contains("Washington");
        assertThat(Countries.BUNDLED.named("Mali").ar())
                .as("مالي is also \"financial\": no regular Arabic adjective is formed from a final -i")
                .isEmpty();
    }
}
