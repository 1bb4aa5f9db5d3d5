package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Post;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Offices written as a desk or a Wikidata import writes them, their canonical English name only,
 * found in real text through the forms derived from that name.
 */
class OfficeNamesTest {

    private static final Gazetteer CANONICAL_ONLY = Gazetteer.parse("""
            persons: [{id: vladimir-putin, name: Vladimir Putin}, {id: dmitry-medvedev, name: Dmitry Medvedev},
              {id: elizabeth-ii, name: Elizabeth II}, {id: jorge-bergoglio, name: Jorge Bergoglio},
              {id: mukesh-ambani, name: Mukesh Ambani}, {id: donald-trump, name: Donald Trump},
              {id: joe-biden, name: Joe Biden}]
            roles:
              - id: president-of-russia
                name: President of Russia
                holders:
                  - {person: dmitry-medvedev, from: 2008-05-07, to: 2012-05-07}
                  - {person: vladimir-putin, from: 2012-05-07}
              - id: monarch-of-the-united-kingdom
                name: Monarch of the United Kingdom
                holders: [{person: elizabeth-ii, from: 1952-02-06, to: 2022-09-08}]
              - id: pope
                name: Pope
                holders: [{person: jorge-bergoglio, from: 2013-03-13, to: 2025-04-21}]
              - id: chairman-of-reliance-industries
                name: Chairman of Reliance Industries
                holders: [{person: mukesh-ambani, from: 2002-07-06}]
              - id: president-of-the-united-states
                name: President of the United States
                holders: [{person: donald-trump, from: 2017-01-20, to: 2021-01-20}]
            """);

    private final MultilingualAnalyzer analyzer = new MultilingualAnalyzer(CANONICAL_ONLY);

    private List<String> persons(String day, String text) {
        Post post = Post.of("t:" + day, "test", Instant.parse(day + "T10:00:00Z"), null, text);
        return analyzer.analyze(post).persons().stream()
                .map(m -> m.id() + " / " + m.how())
                .toList();
    }

    @Test
    void anOfficesNameGivesItsTitleWithItsCountryInEnglishFrenchAndArabic() {
        for (String text : List.of(
                "Russia's president denied the report on Monday.",
                "The Russian president denied the report on Monday.",
                "Le président russe a démenti l'information lundi.",
                "نفى الرئيس الروسي التقرير يوم الاثنين.",
                "نفى رئيس روسيا التقرير يوم الاثنين.")) {
            assertThat(persons("2020-06-01", text))
                    .as(text)
                    .containsExactly("vladimir-putin / office holder on 2020-06-01");
        }
        assertThat(persons("2010-06-01", "The Russian president denied the report."))
                .containsExactly("dmitry-medvedev / office holder on 2010-06-01");
    }

    @Test
    void aBareTitleNamesTheOfficeOnlyWhereItsCountryOrSeatIsNamedBeforeIt() {
        assertThat(persons("2020-06-01", "The president denied the report.")).isEmpty();
        assertThat(persons("2020-06-01", "In Russia, the president denied the report."))
                .containsExactly("vladimir-putin / office holder on 2020-06-01");
        assertThat(persons("2020-06-01", "En Russie, le Président a démenti l'information."))
                .containsExactly("vladimir-putin / office holder on 2020-06-01");
        assertThat(persons("2020-06-01", "The Kremlin said the president is in good health."))
                .as("a seat names its country")
                .containsExactly("vladimir-putin / office holder on 2020-06-01");
        assertThat(persons("2020-06-01", "The Kremlin denied the report."))
                .as("a seat alone is the office's staff, not its holder")
                .isEmpty();
        assertThat(persons("2020-06-01", "In Russia, the president of the wrestling federation denied it."))
                .as("the title of something else")
                .isEmpty();
    }

    @Test
    void aBareTitleInAnOutletsPostNamesTheOfficeOfItsCountry() {
        Gazetteer withOutlet = Gazetteer.parse("""
                persons: [{id: vladimir-putin, name: Vladimir Putin}]
                organizations: [{id: russia, name: Russia}]
                roles: [{id: president-of-russia, name: President of Russia, holders: [{person: vladimir-putin, from: 2012-05-07}]}]
                outlets: [{id: tass, name: TASS, accounts: [x:tass_agency], country: russia}]
                """);
        Account tass = new Account("x:tass_agency", "tass_agency", "TASS", AccountKind.OUTLET);
        Post post =
                Post.of("t:1", "test", Instant.parse("2020-06-01T10:00:00Z"), tass, "The president denied the report.");

        assertThat(new MultilingualAnalyzer(withOutlet).analyze(post).persons())
                .extracting(m -> m.id())
                .containsExactly("vladimir-putin");
    }

    private static final Gazetteer AFRICA_AND_EUROPE = Gazetteer.parse("""
            persons: [{id: laurent-gbagbo, name: Laurent Gbagbo}, {id: alassane-ouattara, name: Alassane Ouattara},
              {id: boris-johnson, name: Boris Johnson}, {id: francois-hollande, name: François Hollande}]
            roles:
              - id: president-of-ivory-coast
                name: President of Ivory Coast
                holders:
                  - {person: laurent-gbagbo, from: 2000-10-26, to: 2011-04-11}
                  - {person: alassane-ouattara, from: 2011-05-06}
              - id: prime-minister-of-the-united-kingdom
                name: Prime Minister of the United Kingdom
                holders: [{person: boris-johnson, from: 2019-07-24, to: 2022-09-06}]
              - id: president-of-france
                name: President of France
                holders: [{person: francois-hollande, from: 2012-05-15, to: 2017-05-14}]
            """);

    /** What a post read at {@code url} (null: none) on {@code day} names, analysed with {@code watchList}. */
    private static List<String> persons(Gazetteer watchList, String day, String url, String text) {
        return new MultilingualAnalyzer(watchList)
                .analyze(Posts.at(url, day, text)).persons().stream()
                        .map(m -> m.id() + " / " + m.how())
                        .toList();
    }

    @Test
    void aCountrysPresidentIsThatDaysHolder() {
        String text =
                "Jeune Afrique a démenti avoir annoncé le décès du président ivoirien. « Nous n'avons jamais publié"
                        + " une telle information », a indiqué le magazine.";
        assertThat(persons(AFRICA_AND_EUROPE, "2025-04-01", null, text))
                .as("a sentence's first word after the title is not a name")
                .containsExactly("alassane-ouattara / office holder on 2025-04-01");
        assertThat(persons(AFRICA_AND_EUROPE, "2009-05-04", null, "Le président ivoirien a démenti la rumeur."))
                .containsExactly("laurent-gbagbo / office holder on 2009-05-04");
        assertThat(persons(AFRICA_AND_EUROPE, "2011-04-20", null, "Le président ivoirien a démenti la rumeur."))
                .as("between two holders")
                .isEmpty();
    }

    @Test
    void aVagueTitleNamesNoOne() {
        for (String text : List.of(
                "Un président ivoirien a démenti la rumeur.",
                "A British prime minister denied the report.",
                "Un chef d'État a démenti la rumeur.")) {
            assertThat(persons(AFRICA_AND_EUROPE, "2020-06-01", "https://www.lbc.co.uk/news/1", text))
                    .as(text)
                    .isEmpty();
        }
    }

    @Test
    void aBareTitleTakesTheCountryOfThePostsWebAddress() {
        assertThat(persons(
                        AFRICA_AND_EUROPE, "2020-04-06", "https://www.lbc.co.uk/news/1", "The PM denied the report."))
                .containsExactly("boris-johnson / office holder on 2020-04-06");
        assertThat(persons(
                        AFRICA_AND_EUROPE,
                        "2017-01-15",
                        "https://www.francesoir.fr/politique/1",
                        "Il n'a pas été missionné par le président de la République, dit l'avocat."))
                .containsExactly("francois-hollande / office holder on 2017-01-15");
        assertThat(persons(
                        AFRICA_AND_EUROPE, "2020-04-06", "https://www.example.com/news/1", "The PM denied the report."))
                .as("a generic domain gives no country")
                .isEmpty();
        assertThat(persons(AFRICA_AND_EUROPE, "2020-04-06", "https://news.example.tv/1", "The PM denied the report."))
                .as("nor does a country-code domain sold as a generic one")
                .isEmpty();
        assertThat(persons(
                        AFRICA_AND_EUROPE,
                        "2017-01-15",
                        "https://www.rfi.fr/afrique/1",
                        "Le président Alpha Condé est en voyage ; le porte-parole du président a démenti."))
                .as("a title written before a name refers back to that person")
                .isEmpty();
    }

    private static final Gazetteer PRESIDENTS = Gazetteer.parse("""
            persons: [{id: cyril-ramaphosa, name: Cyril Ramaphosa}, {id: alassane-ouattara, name: Alassane Ouattara},
              {id: andry-rajoelina, name: Andry Rajoelina}, {id: benjamin-netanyahu, name: Benjamin Netanyahu},
              {id: francois-hollande, name: François Hollande}]
            roles:
              - {id: president-of-south-africa, name: President of South Africa,
                 holders: [{person: cyril-ramaphosa, from: 2018-02-15}]}
              - {id: president-of-ivory-coast, name: President of Ivory Coast,
                 holders: [{person: alassane-ouattara, from: 2011-05-06}]}
              - {id: president-of-madagascar, name: President of Madagascar,
                 holders: [{person: andry-rajoelina, from: 2019-01-19}]}
              - {id: prime-minister-of-israel, name: Prime Minister of Israel,
                 holders: [{person: benjamin-netanyahu, from: 2022-12-29}]}
              - {id: president-of-france, name: President of France,
                 holders: [{person: francois-hollande, from: 2012-05-15, to: 2017-05-14}]}
            """);

    @Test
    void aBareTitleTakesTheOneCountryAWebAddressWithoutACountryDomainNames() {
        assertThat(persons(
                        PRESIDENTS,
                        "2024-01-07",
                        "https://www.thesouthafrican.com/news/rumours-7-january-2024/",
                        "Magwenya says the president is in good health."))
                .as("in the host's name")
                .containsExactly("cyril-ramaphosa / office holder on 2024-01-07");
        assertThat(persons(
                        PRESIDENTS,
                        "2020-07-08",
                        "https://www.example.com/afrique/cote-d-ivoire/rumeur-1",
                        "Le président a démenti la rumeur."))
                .as("in the path")
                .containsExactly("alassane-ouattara / office holder on 2020-07-08");
        assertThat(persons(
                        PRESIDENTS,
                        "2020-07-08",
                        "https://www.example.com/madagascar-cote-d-ivoire/rumeur-1",
                        "Le président a démenti la rumeur."))
                .as("two countries in the address: neither")
                .isEmpty();
    }

    @Test
    void aPresidencyIsItsHoldersOwnStaff() {
        assertThat(persons(PRESIDENTS, "2017-09-08", null, "La présidence ivoirienne dément cette information."))
                .containsExactly("alassane-ouattara / office holder on 2017-09-08");
        assertThat(persons(
                        PRESIDENTS,
                        "2020-07-08",
                        null,
                        "La Présidence de la République de Madagascar dément formellement ces allégations."))
                .containsExactly("andry-rajoelina / office holder on 2020-07-08");
        assertThat(persons(
                        PRESIDENTS, "2016-07-08", "https://www.lemonde.fr/1", "Sous sa présidence, rien n'a changé."))
                .as("a possessive makes it someone's term")
                .isEmpty();
    }

    @Test
    void aRoyalCourtAndAKingsFormOfAddressNameTheKing() {
        Gazetteer saudi = Gazetteer.parse("""
                persons: [{id: salman-of-saudi-arabia, name: Salman of Saudi Arabia}]
                roles:
                  - {id: king-of-saudi-arabia, name: King of Saudi Arabia,
                     holders: [{person: salman-of-saudi-arabia, from: 2015-01-23}]}
                """);
        for (String text : List.of(
                "ونفى الديوان الملكي السعودي الشائعات المتداولة.",
                "وأوضح الديوان أن خادم الحرمين الشريفين أجرى فحصا طبيا وكانت النتيجة سليمة.")) {
            assertThat(persons(saudi, "2022-05-08", null, text))
                    .as(text)
                    .containsExactly("salman-of-saudi-arabia / office holder on 2022-05-08");
        }
    }

    @Test
    void aSpokespersonOfAnOfficeWithASeatIsNamedWithTheSeat() {
        Gazetteer spokespeople = Gazetteer.parse("""
                persons: [{id: sean-spicer, name: Sean Spicer}, {id: dmitry-peskov, name: Dmitry Peskov}]
                roles:
                  - {id: white-house-press-secretary, name: White House Press Secretary,
                     holders: [{person: sean-spicer, from: 2017-01-20, to: 2017-07-21}]}
                  - {id: press-secretary-of-the-president-of-russia, name: Press Secretary of the President of Russia,
                     holders: [{person: dmitry-peskov, from: 2012-05-22}]}
                """);
        assertThat(persons(
                        spokespeople,
                        "2017-02-10",
                        null,
                        "Le porte-parole de la Maison Blanche a démenti ces informations."))
                .containsExactly("sean-spicer / office holder on 2017-02-10");
        for (String text : List.of(
                "The Kremlin spokesman dismissed the report as fake.",
                "ونفى المتحدث باسم الكرملين صحة التقرير.",
                "ونفى المتحدث باسم الرئيس الروسي صحة التقرير.")) {
            assertThat(persons(spokespeople, "2023-07-10", null, text))
                    .as(text)
                    .containsExactly("dmitry-peskov / office holder on 2023-07-10");
        }
    }

    @Test
    void anArabicTitleBeforeACountrysNameIsInConstruct() {
        assertThat(OfficeForms.construct("رئيس الوزراء")).isEqualTo("رئيس وزراء");
        assertThat(OfficeForms.construct("الرئيس")).isEqualTo("رئيس");
        assertThat(OfficeForms.construct("المتحدث باسم الحكومة")).isNull();
        assertThat(persons(
                        PRESIDENTS,
                        "2025-07-12",
                        null,
                        "وأوضح المتحدث أن ما أوردته القناة حول لقاء مزعوم مع رئيس وزراء إسرائيل لا أساس له من الصحة."))
                .containsExactly("benjamin-netanyahu / office holder on 2025-07-12");
    }

    @Test
    void aTitleInThePluralNamesTheOfficesOfThePlacesItIsCoordinatedWith() {
        for (String text : List.of(
                "Les présidents russe et américain ont démenti toute discussion sur ce point.",
                "The Russian and American presidents denied any talks on the matter.")) {
            assertThat(persons("2017-07-10", text))
                    .as(text)
                    .containsExactlyInAnyOrder(
                            "vladimir-putin / office holder on 2017-07-10",
                            "donald-trump / office holder on 2017-07-10");
        }
        assertThat(persons("2017-07-10", "Les présidents ont démenti toute discussion."))
                .as("a plural alone names no one office")
                .isEmpty();
    }

    @Test
    void aTitleOfAnotherCountryIsNotTheOneThePostReportsFrom() {
        for (String text : List.of(
                "Turkey's president says he was saddened by the downing of the warplane.",
                "Le président comorien assure qu'il n'y a pas d'arrestation politique.")) {
            assertThat(persons(PRESIDENTS, "2015-11-28", "https://www.lemonde.fr/1", text))
                    .as(text)
                    .isEmpty();
        }
    }

    @Test
    void aFormOfAddressNamesTheHolder() {
        assertThat(persons("2019-12-05", "Her Majesty is not planning to retire, the palace said."))
                .containsExactly("elizabeth-ii / office holder on 2019-12-05");
        assertThat(persons("2015-10-21", "News about the health of the Holy Father is unfounded."))
                .containsExactly("jorge-bergoglio / office holder on 2015-10-21");
    }

    @Test
    void anOfficeOfABodyIsNamedWithTheBody() {
        assertThat(persons(
                        "2021-11-05",
                        "Reliance Industries will like to clarify that the Chairman has no plans to relocate."))
                .containsExactly("mukesh-ambani / office holder on 2021-11-05");
        assertThat(persons("2021-11-05", "The chairman has no plans to relocate."))
                .isEmpty();
    }

    @Test
    void aFormerADeputyOrANamedPersonIsNotTheHolderOfTheDay() {
        assertThat(persons("2020-06-01", "The former Russian president denied the report."))
                .isEmpty();
        assertThat(persons("2020-06-01", "نفى الرئيس الروسي السابق التقرير.")).isEmpty();
        assertThat(persons("2020-06-01", "The Russian president Boris Yeltsin denied the report."))
                .as("a name right after the title is the person meant")
                .isEmpty();
        assertThat(persons("2019-06-01", "تراجع البيت الأبيض عن تصريحات الرئيس الأميركي جو بايدن."))
                .extracting(s -> s.substring(0, s.indexOf(' ')))
                .containsExactly("joe-biden");
    }

    @Test
    void theFormsAreDerivedFromTheCanonicalName() {
        OfficeForms russia = OfficeForms.of("President of Russia");
        assertThat(russia.own())
                .contains("Russia's president", "Russian president", "président russe", "الرئيس الروسي", "رئيس روسيا");
        assertThat(russia.titles()).contains("president", "président", "الرئيس");
        assertThat(russia.place()).contains("Russia", "Russie", "روسيا", "Russian", "russe");
        assertThat(russia.seats()).contains("the Kremlin", "الكرملين");

        OfficeForms secretary = OfficeForms.of("United States Secretary of State");
        assertThat(secretary.placeKey()).isEqualTo("united states");
        assertThat(secretary.titles()).contains("secretary of state", "وزير الخارجية");

        OfficeForms chairman = OfficeForms.of("Chairman of Reliance Industries");
        assertThat(chairman.placeKey()).isEqualTo("reliance industries");
        assertThat(chairman.own()).contains("Reliance Industries chairman");

        OfficeForms energy = OfficeForms.of("Minister of Energy of Saudi Arabia");
        assertThat(energy.own())
                .as("a title no bundled word list knows, with its portfolio first as English writes it")
                .contains("Saudi Arabia's energy minister", "Saudi energy minister");

        OfficeForms pope = OfficeForms.of("Pope");
        assertThat(pope.placeKey()).isNull();
        assertThat(pope.address()).contains("the Holy Father");
    }
}
