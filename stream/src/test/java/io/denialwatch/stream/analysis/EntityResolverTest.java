package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Post;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    static final Gazetteer WATCH_LIST = Gazetteer.parse("""
            persons:
              - {id: theresa-may, name: Theresa May}
              - {id: boris-johnson, name: Boris Johnson}
              - {id: emmanuel-macron, name: Emmanuel Macron}
              - id: jane-speaker
                name: Jane Speaker
                accounts: [x:janespeaker]
                speaks_for: [{id: acme-bank, from: 2025-01-01, to: 2025-12-31}]
            organizations:
              - id: united-kingdom
                name: United Kingdom
                aliases: [Britain, Royaume-Uni, بريطانيا]
              - id: france
                name: France
                aliases: [فرنسا]
              - id: acme-bank
                name: Acme Bank
                aliases: [بنك أكمي]
                accounts: [x:AcmeBank]
            roles:
              - id: uk-prime-minister
                name: Prime Minister of the United Kingdom
                aliases: [Britain's prime minister, Downing Street, رئيس الوزراء البريطاني]
                titles: [prime minister, Premier ministre, رئيس الوزراء]
                of: united-kingdom
                holders:
                  - {person: theresa-may, from: 2016-07-13, to: 2019-07-24}
                  - {person: boris-johnson, from: 2019-07-24, to: 2022-09-06}
              - id: french-president
                name: President of France
                aliases: [l'Élysée, الإليزيه]
                titles: [president, président]
                of: france
                holders: [{person: emmanuel-macron, from: 2017-05-14}]
            outlets:
              - {id: the-times, name: The Times, accounts: [x:thetimes], country: united-kingdom}
            """);

    private final MultilingualAnalyzer analyzer = new MultilingualAnalyzer(WATCH_LIST);

    private static Post on(String day, String text, Account account) {
        return Post.of("t:" + day, "test", Instant.parse(day + "T10:00:00Z"), account, text);
    }

    private Analysis analyze(String day, String text) {
        return analyzer.analyze(on(day, text, null));
    }

    @Test
    void anOfficeByItsOwnNameIsItsHolderOnThePostsDay() {
        assertThat(analyze("2021-04-26", "Downing Street denied the report on Monday.")
                        .persons())
                .extracting(m -> m.id() + " / " + m.how())
                .containsExactly("boris-johnson / office holder on 2021-04-26");
        assertThat(analyze("2018-03-01", "Downing Street denied the report on Monday.")
                        .persons())
                .extracting(m -> m.id())
                .containsExactly("theresa-may");
        assertThat(analyze("2021-04-26", "نفى رئيس الوزراء البريطاني التقرير.").persons())
                .extracting(m -> m.id())
                .containsExactly("boris-johnson");
        assertThat(analyze("2023-01-10", "Downing Street denied the report.").persons())
                .as("nobody on the watch list held it that day")
                .isEmpty();
    }

    @Test
    void aTitleIsAnOfficeOnlyWhenItsCountryIsNamedOrIsTheOutlets() {
        assertThat(analyze("2021-04-26", "The prime minister denied the report.")
                        .persons())
                .isEmpty();
        assertThat(analyze("2021-04-26", "In Britain, the prime minister denied the report.")
                        .persons())
                .extracting(m -> m.id())
                .contains("boris-johnson");
        Account times = new Account("x:thetimes", "thetimes", "The Times", AccountKind.OUTLET);
        assertThat(analyzer.analyze(on("2021-04-26", "The prime minister denied the report.", times))
                        .persons())
                .extracting(m -> m.id())
                .containsExactly("boris-johnson");
        assertThat(analyzer.analyze(Posts.at(
                                "https://www.lbc.co.uk/news/1", "2021-04-26", "The prime minister denied the report."))
                        .persons())
                .as("a post from no watched outlet, at a British address")
                .extracting(m -> m.id())
                .containsExactly("boris-johnson");
        assertThat(analyze("2021-04-26", "Le président a démenti, selon la France.")
                        .persons())
                .extracting(m -> m.id())
                .contains("emmanuel-macron")
                .doesNotContain("boris-johnson");
    }

    @Test
    void anOrganisationIsWatchedInItsOwnRight() {
        Analysis story = analyze("2025-11-10", "Acme Bank is said to have moved its reserves abroad.");
        assertThat(story.persons()).extracting(m -> m.id() + " / " + m.how()).containsExactly("acme-bank / name");
        assertThat(analyze("2025-11-10", "acme bank loans rose").persons())
                .as("a name keeps its capitals")
                .isEmpty();

        Analysis denial = analyzer.analyze(on(
                "2025-11-12",
                "We categorically deny the false reports that we moved our reserves abroad.",
                new Account("x:AcmeBank", "AcmeBank", "Acme Bank", AccountKind.OFFICIAL)));
        assertThat(denial.isDenial()).isTrue();
        assertThat(denial.denier().id()).isEqualTo("acme-bank");
        assertThat(denial.persons()).extracting(m -> m.id()).containsExactly("acme-bank");
    }

    @Test
    void aPlatformAMessageWentThroughIsNotWhomItConcerns() {
        MultilingualAnalyzer platforms = new MultilingualAnalyzer(Gazetteer.parse("""
                organizations: [{id: twitter, name: Twitter, aliases: [تويتر]}, {id: whatsapp, name: WhatsApp}]
                """));
        for (String text : List.of(
                "The minister wrote on Twitter that the report was false.",
                "Le ministre a démenti l'information sur son compte Twitter.",
                "ونفى الوزير الخبر عبر حسابه على تويتر.",
                "The police dismissed the press release through their official Twitter account as fake.",
                "We are aware that the attached has been circulating on WhatsApp groups.")) {
            assertThat(platforms.analyze(Posts.at(null, "2025-11-10", text)).persons())
                    .as(text)
                    .isEmpty();
        }
        for (String text : List.of(
                "Twitter denied the report that it would close its office.",
                "اعلن المركز عن قيام شركة تويتر بحذف الحساب المزيف.")) {
            assertThat(platforms.analyze(Posts.at(null, "2025-11-10", text)).persons())
                    .as(text)
                    .extracting(m -> m.id())
                    .containsExactly("twitter");
        }
    }

    @Test
    void aSpokespersonsOwnDenialConcernsTheOrganisationTheySpeakForThatDay() {
        Account jane = new Account("x:janespeaker", "janespeaker", "Jane Speaker", AccountKind.PERSON);
        String text = "I categorically deny the false reports about our reserves.";
        Analysis during = analyzer.analyze(on("2025-06-01", text, jane));
        assertThat(during.isDenial()).isTrue();
        assertThat(during.persons())
                .extracting(m -> m.id() + " / " + m.how())
                .containsExactly("jane-speaker / account", "acme-bank / speaks_for");
        assertThat(analyzer.analyze(on("2026-06-01", text, jane)).persons())
                .extracting(m -> m.id())
                .containsExactly("jane-speaker");
    }

    @Test
    void aDenialAboutAPersonIsAlsoFiledUnderTheOrganisationsItNames() {
        Analysis denial = analyze("2021-04-26", "Boris Johnson denied the reports about Acme Bank.");
        assertThat(denial.isDenial()).isTrue();
        assertThat(denial.persons()).extracting(m -> m.id()).containsExactly("boris-johnson", "acme-bank");
    }

    @Test
    void butNotUnderAnOrganisationSpeakingForThatPersonNorUnderTheOutletItCites() {
        Gazetteer list = Gazetteer.parse("""
                persons:
                  - {id: boris-johnson, name: Boris Johnson}
                organizations:
                  - {id: number-10, name: Number 10 Press Office, speaks_for: boris-johnson}
                  - {id: reuters, name: Reuters}
                """).withBundledOutlets();
        MultilingualAnalyzer withOutlets = new MultilingualAnalyzer(list);
        Analysis office = withOutlets.analyze(
                on("2021-04-26", "Boris Johnson's Number 10 Press Office denied the reports about the dinner.", null));
        assertThat(office.isDenial()).isTrue();
        assertThat(office.persons()).extracting(m -> m.id()).containsExactly("boris-johnson");
        Analysis cited =
                withOutlets.analyze(on("2021-04-26", "Boris Johnson denied a Reuters report about the dinner.", null));
        assertThat(cited.isDenial()).isTrue();
        assertThat(cited.outlets()).isNotEmpty();
        assertThat(cited.persons()).extracting(m -> m.id()).containsExactly("boris-johnson");
    }

    @Test
    void anOrganisationIsFoundByTheFormsItsNameGives() {
        MultilingualAnalyzer derived = new MultilingualAnalyzer(Gazetteer.parse("""
                organizations:
                  - {id: imf, name: International Monetary Fund}
                  - {id: borealis, name: Borealis AG}
                  - {id: india, name: India}
                  - {id: government-of-india, name: Government of India}
                  - {id: government-of-russia, name: Government of Russia}
                  - {id: cas, name: Court of Arbitration for Sport}
                  - {id: cas-2, name: Chinese Academy of Sciences}
                """));
        assertThat(derived.analyze(on("2021-04-26", "The IMF denied the report.", null))
                        .persons())
                .extracting(m -> m.id() + " / " + m.surface())
                .containsExactly("imf / IMF");
        assertThat(derived.analyze(on("2021-04-26", "Borealis denied the report.", null))
                        .persons())
                .extracting(m -> m.id())
                .containsExactly("borealis");
        assertThat(derived.analyze(on("2021-04-26", "نفت الهند التقرير.", null)).persons())
                .as("a country by its CLDR name in Arabic, denying: its watched government")
                .extracting(m -> m.id())
                .containsExactly("government-of-india");
        assertThat(derived.analyze(on("2021-04-26", "وقعت الهند اتفاقا.", null)).persons())
                .as("a country by its CLDR name in Arabic")
                .extracting(m -> m.id())
                .containsExactly("india");
        assertThat(derived.analyze(on("2021-04-26", "Russia's government denied the report.", null))
                        .persons())
                .extracting(m -> m.id())
                .containsExactly("government-of-russia");
        assertThat(derived.analyze(on("2021-04-26", "Russia denied the report.", null))
                        .persons())
                .as("the country denying is its government")
                .extracting(m -> m.id())
                .containsExactly("government-of-russia");
        assertThat(derived.analyze(on("2021-04-26", "Exports to Russia fell, the ministry said.", null))
                        .persons())
                .as("the bare country is not its government")
                .isEmpty();
        assertThat(derived.analyze(on("2021-04-26", "India's government denied the report.", null))
                        .persons())
                .as("a watched country keeps its own possessive")
                .extracting(m -> m.id())
                .containsExactly("india");
        assertThat(derived.analyze(on("2021-04-26", "The CAS denied the report.", null))
                        .persons())
                .as("initials two watched bodies share name neither")
                .isEmpty();
    }

    @Test
    void aLatinOnlyNameIsReadInArabicAfterANounSayingWhatKindOfBodyItIs() {
        MultilingualAnalyzer arabic = new MultilingualAnalyzer(Gazetteer.parse("""
                organizations:
                  - {id: hamas, name: Hamas}
                  - {id: zamalek-sc, name: Zamalek SC}
                  - {id: al-ahly-sc, name: Al Ahly SC}
                  - {id: kather, name: Kather}
                  - {id: airasia, name: Rasa Group}
                  - {id: al-ittihad-club, name: Al-Ittihad Club}
                  - {id: al-ittihad-alexandria, name: Al Ittihad SC}
                """));
        java.util.function.Function<String, List<String>> ids =
                text -> arabic.analyze(on("2025-10-01", text, null)).persons().stream()
                        .map(m -> m.id())
                        .toList();
        assertThat(ids.apply("نفت حركة \"حماس\" صحة التقرير.")).containsExactly("hamas");
        assertThat(ids.apply("قال مصدر في نادي الزمالك إن الخبر غير صحيح.")).containsExactly("zamalek-sc");
        assertThat(ids.apply("أكدت إدارة النادي الأهلي أنه لا صحة للتقارير.")).containsExactly("al-ahly-sc");
        assertThat(ids.apply("قال إن حماس الجماهير كبير."))
                .as("alone, the word is the word")
                .isEmpty();
        assertThat(ids.apply("أكدت إدارة النادي أهلي."))
                .as("the article the Latin name has")
                .isEmpty();
        assertThat(ids.apply("قال النادي، كثير من الأخبار غير صحيح."))
                .as("a comma between")
                .isEmpty();
        assertThat(ids.apply("قالت الشركة أكثر من مرة إن الخبر غير صحيح."))
                .as("a function word")
                .isEmpty();
        assertThat(ids.apply("نقلت وكالة فراسة الخبر."))
                .as("no conjunction on the name")
                .isEmpty();
        assertThat(ids.apply("قال نادي الاتحاد إن الخبر غير صحيح."))
                .as("two clubs of that name")
                .isEmpty();
    }
}
