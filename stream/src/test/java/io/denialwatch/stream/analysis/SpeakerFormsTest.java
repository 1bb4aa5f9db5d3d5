package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A country or its capital speaking names its watched government; a company's common-word name
 * names it when it speaks.
 */
class SpeakerFormsTest {

    private static final EntityResolver RESOLVER = new EntityResolver(Gazetteer.parse("""
            persons:
              - {id: someone, name: Someone Else}
            organizations:
              - {id: government-of-india, name: Government of India}
              - {id: government-of-russia, name: Government of Russia}
              - {id: government-of-israel, name: Government of Israel}
              - {id: apple-inc, name: Apple Inc.}
              - {id: news-corp, name: News Corp}
              - {id: government-of-canada, name: Government of Canada}
              - {id: government-of-iran, name: Government of Iran}
              - {id: government-of-qatar, name: Government of Qatar}
              - {id: government-of-the-united-states, name: Government of the United States}
              - {id: cuba, name: Cuba}
              - {id: government-of-cuba, name: Government of Cuba}
              - {id: government-of-morocco, name: Government of Morocco}
              - {id: government-of-saudi-arabia, name: Government of Saudi Arabia}
              - {id: government-of-spain, name: Government of Spain}
            """));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "India on Tuesday firmly rejected a Canadian allegation.|government-of-india",
                "MOSCOW — Russia on Friday denied that it had operated a doping program.|government-of-russia",
                "La Russie a démenti samedi des informations du New York Times.|government-of-russia",
                "L'Inde a démenti ces informations.|government-of-india",
                "نفت إسرائيل صحة ما نشرته تقارير صحفية.|government-of-israel",
                "Apple (AAPL) on Thursday denied reports that it would buy the company.|apple-inc",
                "Apple declined to comment to CNBC.|apple-inc",
                // the country is not the one speaking
                "The report said India had deployed troops.|''",
                "Talks with India stalled, officials said.|''",
                "Russia's defence ministry denied the report.|''",
                "Russia-backed rebels denied the report.|''",
                "India and Pakistan fought a war in 1971.|''",
                "He said he ate an apple every day.|''",
                "Radio-Canada a indiqué vendredi ne pas être surprise.|''",
                "He sold teams in Bosnia and Canada, according to people familiar with them.|''",
                "\"To repeat: we stand by our Iran story,\" he wrote.|''",
                "Al Wakeel News) الوكيل الإخباري- نفت عائلة الفنان الأخبار المتداولة.|''",
                "والتي زعمت تمويل قطر للإرهاب، وقال إنها مضللة.|''",
                "قطر نفت التقارير.|government-of-qatar",
                "بعد أن رفضت الولايات المتحدة منح تأشيرات لعدد من أعضاء الوفد.|''",
                "Apple shares fell on the news.|''",
                // a country watched in its own right is its government when that is watched too and it speaks
                "Cuba denied the report.|government-of-cuba",
                "The report was about Cuba.|cuba",
                // a capital speaking is its government
                "Rabat a démenti jeudi les informations publiées par le quotidien espagnol.|government-of-morocco",
                "Rabat on Monday denied the report, calling it baseless.|government-of-morocco",
                "Moscow denied the report on Tuesday.|government-of-russia",
                "Moscou a démenti toute implication dans l'attaque.|government-of-russia",
                "نفت الرياض ما تداولته وسائل إعلام غربية عن وساطة سرية.|government-of-saudi-arabia",
                "Riyad a démenti ces informations.|government-of-saudi-arabia",
                "New Delhi rejected the allegation as absurd.|government-of-india",
                "Washington denied that it had been consulted.|government-of-the-united-states",
                "Madrid a démenti toute négociation avec Rabat.|government-of-spain",
                // a capital as a place, not a speaker
                "In Rabat, the minister said the talks would resume.|''",
                "Rabat, the minister said, would host the talks.|''",
                "A l'issue de sa visite à Rabat, le ministre a démenti toute tension.|''",
                "في الرياض، نفى الوزير وجود أي خلاف.|''",
                "The actor Denzel Washington said little about it.|''",
                "George Washington said little about it.|''",
                "Real Madrid have denied making any kind of offer.|''",
                // the capital of a country whose government is not watched
                "Algiers denied the report.|''",
                // a capital whose country is watched in its own right is the country's, not the government's
                "Havana denied the report.|cuba",
            })
    void aNameStandingForWhoSpeaks(String text, String ids) {
        assertThat(NamedOrganizations.ids(RESOLVER, text)).isEqualTo(ids);
    }
}
