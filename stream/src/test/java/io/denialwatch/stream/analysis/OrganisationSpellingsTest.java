package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A club by the city its name keeps, in a post about sport; a Latin name spelled out in Arabic
 * script; a seat watched as a body by its names in each language; and an outlet named only as
 * where a report came from, which the post does not concern.
 */
class OrganisationSpellingsTest {

    private static final EntityResolver RESOLVER = new EntityResolver(Gazetteer.parse("""
            organizations:
              - {id: arsenal, name: Arsenal F.C.}
              - {id: liverpool-fc, name: Liverpool F.C.}
              - {id: the-new-york-times, name: The New York Times}
              - {id: gold-apollo, name: Gold Apollo}
              - {id: the-korea-times, name: The Korea Times}
              - {id: paris-saint-germain, name: Paris Saint-Germain F.C.}
              - {id: reuters, name: Reuters}
              - {id: mediapart, name: Mediapart}
              - {id: white-house, name: White House}
              - {id: kremlin, name: Kremlin}
            """));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Arsenal have denied reports that the striker is leaving the club.|arsenal",
                "The midfielder has completed his transfer to Liverpool.|liverpool-fc",
                "Le club de Liverpool a démenti le transfert.|liverpool-fc",
                "نفى نادي ليفربول التقارير عن انتقال اللاعب.|liverpool-fc",
                "وقال ليفربول إن اللاعب باق في الفريق.|liverpool-fc",
                // no word of sport: the city
                "She bought a flat in Liverpool last year.|''",
                "وصل الوفد إلى ليفربول أمس.|''",
            })
    void aClubByItsCityInAPostAboutSport(String text, String ids) {
        assertThat(NamedOrganizations.ids(RESOLVER, text)).isEqualTo(ids);
    }

    @Test
    void aCapitalIsTheCityWhateverThePostIsAbout() {
        EntityResolver paris = new EntityResolver(Gazetteer.parse("""
                organizations:
                  - {id: paris-fc, name: Paris FC}
                """));
        assertThat(NamedOrganizations.ids(paris, "The match in Paris ended in a draw."))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "قالت نيويورك تايمز في بيان إنها تقف وراء تقريرها.|the-new-york-times",
                "نفت شركة جولد أبولو أن تكون صنعت الأجهزة.|gold-apollo",
                "قالت غولد أبولو إن الأجهزة صنعت في أوروبا.|gold-apollo",
                "أكد نادي باريس سان جيرمان رحيل اللاعب.|paris-saint-germain",
                // common words whose consonants run like a name are none
                "قررت مؤسسة الإعلام تأجيل الحفل.|''",
                // a Latin name is written without the Arabic article
                "قال الملك في خطابه إن البلاد بخير.|''",
            })
    void aLatinNameSpelledInArabic(String text, String ids) {
        assertThat(NamedOrganizations.ids(RESOLVER, text)).isEqualTo(ids);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "نفى البيت الأبيض صحة التقرير.|white-house",
                "La Maison Blanche a démenti ces informations.|white-house",
                "قال الكرملين إن التقارير كاذبة.|kremlin",
                "Le Kremlin a qualifié ces informations de fausses.|kremlin",
            })
    void aSeatWatchedAsABodyByItsNameInEachLanguage(String text, String ids) {
        assertThat(NamedOrganizations.ids(RESOLVER, text)).isEqualTo(ids);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The ministry denied the claims, according to Reuters.|''",
                "Reuters reported on Monday that the deal was off.|''",
                "The ministry denied a Reuters report on the deal.|''",
                "Le ministère a démenti, selon Mediapart.|''",
                "C'est ce qu'a révélé Mediapart mardi.|''",
                "ذكرت وكالة رويترز أن الصفقة ألغيت.|''",
                "وبحسب رويترز فإن الصفقة ألغيت.|''",
                // the outlet that speaks for itself is named
                "Reuters said it stood by its reporting.|reuters",
                "Mediapart a démenti avoir reçu de l'argent.|mediapart",
            })
    void anOutletOnlyAsASourceIsNotNamed(String text, String ids) {
        assertThat(NamedOrganizations.ids(RESOLVER, text)).isEqualTo(ids);
    }
}
