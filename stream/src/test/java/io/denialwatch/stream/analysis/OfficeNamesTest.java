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

        OfficeForms pope = OfficeForms.of("Pope");
        assertThat(pope.placeKey()).isNull();
        assertThat(pope.address()).contains("the Holy Father");
    }
}
