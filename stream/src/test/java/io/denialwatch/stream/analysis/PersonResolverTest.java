package io.denialwatch.stream.analysis;

import static io.denialwatch.stream.analysis.Posts.LATIN_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.gazetteer.Link;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.names.PersonMatch;
import io.denialwatch.stream.analysis.names.PersonResolver;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names given only in Latin script are found in Arabic script and other spellings. */
class PersonResolverTest {

    private final PersonResolver resolver = new PersonResolver(LATIN_ONLY);

    private List<PersonMatch> find(String text) {
        return resolver.find(Tokens.of(TextFold.mapped(text)));
    }

    private static final PersonResolver SHARED_SURNAMES = new PersonResolver(Gazetteer.parse("""
            persons:
              - {id: donald-trump, name: Donald Trump}
              - {id: donald-trump-jr, name: Donald Trump Jr.}
              - {id: jacob-zuma, name: Jacob Zuma}
              - {id: nkosazana-dlamini-zuma, name: Nkosazana Dlamini-Zuma}
            """));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a suffixed or double-barrelled name is never called by the bare surname
                "Trump has denied all allegations|donald-trump",
                "قال الرئيس الأمريكي ترامب إن|donald-trump",
                "Zuma denied the report|jacob-zuma",
                "Nkosazana Dlamini-Zuma said|nkosazana-dlamini-zuma",
                "Donald Trump Jr. said|donald-trump-jr",
                // the son's name without its suffix is the father's: the text's suffix decides
                "Donald Trump denied the report|donald-trump",
                "نفى الرئيس الأمريكي دونالد ترامب التقرير|donald-trump",
                "نفى دونالد ترامب الابن التقرير|donald-trump-jr"
            })
    void aSurnameSharedOnlyWithSuffixedOrDoubleBarrelledNamesNamesItsPlainBearer(String text, String id) {
        assertThat(ids(SHARED_SURNAMES, text)).containsExactly(id);
    }

    private static List<String> ids(PersonResolver resolver, String text) {
        return resolver.find(Tokens.of(TextFold.mapped(text))).stream()
                .map(m -> m.person().id())
                .toList();
    }

    private static final PersonResolver COUPLES = new PersonResolver(Gazetteer.parse("""
            persons:
              - {id: david-beckham, name: David Beckham}
              - {id: victoria-beckham, name: Victoria Beckham}
              - {id: emmanuel-macron, name: Emmanuel Macron}
              - {id: brigitte-macron, name: Brigitte Macron}
              - {id: christian-emmanuel, name: Christian Okewu Emmanuel}
            """));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "David et Victoria Beckham n'ont pas répondu.|david-beckham victoria-beckham",
                "David and Victoria Beckham denied it.|david-beckham victoria-beckham",
                // the given name is not read as a watched Christian Emmanuel's surname alone
                "Le couple, Emmanuel et Brigitte Macron, a porté plainte.|emmanuel-macron brigitte-macron",
                // a given name no watched person bears with that surname, or no couple at all
                "Paul and Victoria Beckham arrived.|victoria-beckham",
                "Beckham met David and Victoria Beckham's son.|david-beckham victoria-beckham",
                "David, and Victoria Beckham.|victoria-beckham",
                "Emmanuel said so. And Brigitte Macron agreed.|christian-emmanuel brigitte-macron"
            })
    void aGivenNameJoinedToAnotherBeforeTheirSurnameIsThatFullName(String text, String expected) {
        assertThat(ids(COUPLES, text)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @Test
    void aSurnameTwoWatchedPersonsAreCalledByNamesNeitherAlone() {
        PersonResolver two = new PersonResolver(Gazetteer.parse("""
                persons:
                  - {id: donald-trump, name: Donald Trump}
                  - {id: melania-trump, name: Melania Trump}
                """));
        assertThat(two.find(Tokens.of(TextFold.mapped("Trump has denied all allegations"))))
                .isEmpty();
        // left for the rest of the post to decide (AmbiguousNameTest)
        assertThat(two.names(Tokens.of(TextFold.mapped("Trump has denied all allegations")))
                        .ambiguous())
                .singleElement()
                .satisfies(n -> assertThat(n.candidates())
                        .extracting(p -> p.id())
                        .containsExactly("donald-trump", "melania-trump"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "التقى الرئيس أحمد الشرع وفدا أمريكيا|ahmed-al-sharaa|transliteration",
                "قال الشرع إن سوريا ستتعاون|ahmed-al-sharaa|surname",
                "ووصل وأحمد الشرع إلى الرياض|ahmed-al-sharaa|transliteration",
                "Syrian President Ahmed al-Sharaa visited Paris|ahmed-al-sharaa|alias",
                "Ahmad al-Shara met the envoy|ahmed-al-sharaa|transliteration",
                "Le président Ahmed al-Charaa à Paris|ahmed-al-sharaa|transliteration",
                "د.مظهر الويس|mazhar-al-wais|transliteration",
                "الرئيس الفرنسي إيمانويل ماكرون|emmanuel-macron|transliteration",
                "المرشحة مارين لوبان|marine-le-pen|transliteration",
                "Marine Le Pen a déclaré|marine-le-pen|alias",
                "ولي العهد محمد بن سلمان|mohammed-bin-salman|transliteration",
                "Mohammed ben Salmane à Riyad|mohammed-bin-salman|transliteration",
                "هدف رائع من كيليان مبابي|kylian-mbappe|transliteration",
                "Benyamin Netanyahou a dit|benjamin-netanyahu|surname"
            })
    void findsLatinOnlyNamesAcrossScripts(String text, String id, String how) {
        assertThat(find(text)).extracting(m -> m.person().id() + "/" + m.how()).contains(id + "/" + how);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "استقبل الرئيس ماكرون ضيفه|emmanuel-macron",
                "قال الرئيس الأمريكي ترامب إن|donald-trump",
                "قال الشرع إن سوريا ستتعاون|ahmed-al-sharaa",
                // spelled as Arabic spells a foreign name (NamePartsTest)
                "قال ترامب إن|donald-trump",
                "قال الويس في تغريدة|"
            })
    void aLatinOnlySurnameAloneInArabicNeedsATitleOrTheArticleOfItsLatinName(String line) {
        // read through its consonants alone, an Arabic word is more often a common word than the
        // person ("الأخبار" for a watched Kapoor, below)
        String[] parts = line.split("\\|", -1);
        assertThat(find(parts[0]))
                .extracting(m -> m.person().id())
                .isEqualTo(parts[1].isEmpty() ? List.of() : List.of(parts[1]));
    }

    @Test
    void arabicCommonWordsAreNotLatinOnlySurnames() {
        // from real Arabic news: each word has the consonants of a watched surname
        PersonResolver resolver = new PersonResolver(Gazetteer.parse("""
                persons:
                  - {id: randhir-kapoor, name: Randhir Kapoor}
                  - {id: mohsen-al-daeri, name: Mohsen al-Daeri}
                  - {id: kamel-al-wazir, name: Kamel al-Wazir}
                  - {id: joe-biden, name: Joe Biden}
                """));
        String text = "نشرت الأخبار أن رئاسة الوزراء تابعت مباريات الدوري بدون جمهور";
        assertThat(resolver.find(Tokens.of(TextFold.mapped(text)))).isEmpty();
    }

    /** Watched persons whose surnames have the consonants of frequent words (CommonWords). */
    private static final PersonResolver COMMON_SKELETONS = new PersonResolver(Gazetteer.parse("""
            persons:
              - {id: yann-barthes, name: Yann Barthès}
              - {id: olivier-dussopt, name: Olivier Dussopt}
              - {id: kristen-stewart, name: Kristen Stewart}
              - {id: michael-bloomberg, name: Michael Bloomberg}
              - {id: jean-berchelon, name: Jean Berchelon}
              - {id: kamel-al-wazir, name: Kamel al-Wazir}
              - {id: khalid-al-malik, name: Khalid al-Malik}
              - {id: majed-al-ansari, name: Majed al-Ansari}
              - {id: anna-kelly, name: Anna Kelly}
              - {id: mariah-carey, name: Mariah Carey}
              - {id: ali-allawi, name: Ali Allawi}
              - {id: donald-trump, name: Donald Trump}
              - {id: ahmed-al-sharaa, name: Ahmed al-Sharaa}
              - {id: rui-vitoria, name: Rui Vitória}
              - {id: dmitry-peskov, name: Dmitry Peskov}
              - {id: steve-witkoff, name: Steve Witkoff}
              - {id: florence-porcel, name: Florence Porcel}
            """));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // capitalised, and with the consonants of a watched surname, but a common word
                "British officials said on Monday|",
                "Despite the delay, the vote went ahead|",
                "Street protests continued|",
                // spelled as the name, a common word still names the person
                "Dussopt a démenti|olivier-dussopt",
                "Bloomberg reported the talks|michael-bloomberg",
                // an indefinite title heads a construct: "Barcelona's coach", "the council of ministers"
                "قال مدرب برشلونة إن الفريق جاهز|",
                "قال رئيس الوزراء إن الحكومة مستمرة|",
                // a definite title names the word only in apposition: no preposition, no other noun between
                "رفض المدرب العودة خلال الفترة المقبلة|",
                "وقال المتحدث باسم الوزارة في بيان|",
                // the article and no long vowel do not make a common word a name
                "أعلنت المملكة أن الملك سيزور باريس|",
                "حقوق النشر محفوظة|",
                // two frequent words are a phrase, not a given name and a surname
                "قال إن كل ما نشر غير صحيح|",
                "نفى مرة أخرى ما نشر|",
                "وصل إلى أعلى مستوى|",
                // an uncommon word spelled as Arabic spells a foreign name names its person alone;
                // one written as Arabic writes its own words (no long vowel, a proclitic) does not
                "وقال بيسكوف إن الكرملين لا يعلق|dmitry-peskov",
                "أكد ويتكوف أن المفاوضات مستمرة|steve-witkoff",
                "وتقف الحكومة أمام خيارين|",
                "اتهمه بعرقلة التحقيق|",
                // a title in apposition still names the person; uncommon words are unaffected
                "قال الرئيس الأمريكي ترامب إن|donald-trump",
                "ووصل وأحمد الشرع إلى الرياض|ahmed-al-sharaa",
                "Yann Barthès a répondu|yann-barthes"
            })
    void commonWordsAreNotSurnamesUnlessSpelledAsTheNameOrAfterATitle(String text, String id) {
        FoundPersons.assertNamesOnly(COMMON_SKELETONS, text, id);
    }

    /**
     * Watched persons the list also spells in Arabic, whose given names and surnames share their
     * consonants with common Arabic words: حل أزمة (a solution to a crisis) has those of Hala
     * Azzam, طرق للصيانة (roads for maintenance) those of Tarek Lasan, دون تغيير (unchanged) those
     * of Dina Tajar. Two persons bear Mabar, so that المعابر alone names neither; Marar, Mazan,
     * Marak and Trump have one bearer each, so that their surname alone names them.
     */
    private static final PersonResolver SPELLED_IN_ARABIC = new PersonResolver(Gazetteer.parse("""
            persons:
              - {id: hala-azzam, name: Hala Azzam, aliases: [هالة عزام]}
              - {id: tarek-lasan, name: Tarek Karim Lasan, aliases: [طارق كريم لاسان]}
              - {id: dina-tajar, name: Dina Tajar, aliases: [دينا تاجار]}
              - {id: hala-mabar, name: Hala Mabar, aliases: [هالة مابار]}
              - {id: nabil-mabar, name: Nabil Mabar, aliases: [نبيل مابار]}
              - {id: karim-marar, name: Karim Marar, aliases: [كريم مارار]}
              - {id: hala-mazan, name: Hala Mazan, aliases: [هالة مازان]}
              - {id: nabil-marak, name: Nabil Marak, aliases: [نبيل ماراك]}
              - {id: donald-trump, name: Donald Trump, aliases: [دونالد ترامب]}
            """));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // common words with the consonants of a name the list spells otherwise in Arabic
                "تعمل الحكومة على حل أزمة الكهرباء|",
                "أغلقت عدة طرق للصيانة يوم الاثنين|",
                "أبقى المصرف سعر الفائدة دون تغيير|",
                // another long vowel where the list writes one: حول (about), not هالة
                "تحدث حول المعابر الحدودية|",
                // the name as the list spells it, and an uncommon variant of it, still name the person
                "قالت هالة عزام إن الأزمة انتهت|hala-azzam",
                "قالت هالة مابار إن المعابر مفتوحة|hala-mabar",
                "وقع طارق لاسان الاتفاق يوم الثلاثاء|tarek-lasan",
                "وقع طارق لاصان الاتفاق يوم الثلاثاء|tarek-lasan",
                // in Latin script the capitals keep the name
                "Hala Azzam said the crisis was over|hala-azzam",
                // a surname alone must be spelled as the list writes it, not only with its
                // consonants: no long vowel where the list writes none (مروريا, traffic-wise, is not
                // مارار; الموازنة, the budget, not مازان), no ʿayn the list does not write (المعارك,
                // the battles, not ماراك); a long vowel left out is a variant (ترمب for ترامب)
                "شهدت العاصمة ازدحاما مروريا يوم الاثنين|",
                "يتوقع المسؤولون مناقشة الموازنة مجددا|",
                "اشتدت المعارك في الشمال|",
                "قال مارار إن الاتفاق قريب|karim-marar",
                "قال ماراك إن الاتفاق قريب|nabil-marak",
                "وقال مازان إن الموازنة جاهزة|hala-mazan",
                "قال الرئيس ترمب إن الاتفاق قريب|donald-trump"
            })
    void commonArabicWordsAreNotANameTheListSpellsOtherwiseInArabic(String text, String id) {
        FoundPersons.assertNamesOnly(SPELLED_IN_ARABIC, text, id);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "الجمهورية العربية السورية",
                "the poll showed a sharp drop",
                "the barracks were empty",
                "Barack Obama spoke in Chicago",
                "Rien de neuf sous le soleil",
                "الشر لا يدوم"
            })
    void commonWordsAreNotPersons(String text) {
        assertThat(find(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Said Hassasin", "Saeed Hassanein", "سعيد حساسين"})
    void spellingsOfOneArabicNameAcrossLanguagesMeet(String watched) {
        PersonResolver one = new PersonResolver(Gazetteer.parse("persons:\n  - {id: said, name: " + watched + "}\n"));
        for (String text : List.of(
                "Said Hassasin denied the report",
                "Saeed Hassanein a démenti l'information",
                "نفى سعيد حساسين الخبر",
                "Saïd Hassassine dément")) {
            assertThat(one.find(Tokens.of(TextFold.mapped(text))))
                    .extracting(m -> m.person().id())
                    .as(watched + " in " + text)
                    .containsExactly("said");
        }
        // a surname one consonant off is a spelling only after the given name
        assertThat(one.find(Tokens.of(TextFold.mapped("Hassamin said")))).isEmpty();
        assertThat(one.find(Tokens.of(TextFold.mapped("Said Hassan said")))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Mohammad Javad Zarif|استقالة وزير الخارجية محمد جواد ظريف",
                "Abbas Mousavi|وقال المتحدث عباس موسوي إن"
            })
    void aPersianVIsWrittenWawInArabic(String watched, String text) {
        PersonResolver one = new PersonResolver(Gazetteer.parse("persons:\n  - {id: p, name: " + watched + "}\n"));
        assertThat(one.find(Tokens.of(TextFold.mapped(text))))
                .extracting(m -> m.person().id() + "/" + m.how())
                .containsExactly("p/transliteration");
    }

    @Test
    void aSharedSurnameAloneIsAmbiguous() {
        PersonResolver two = new PersonResolver(Gazetteer.parse("""
                persons:
                  - {id: a, name: Ahmed Hassan}
                  - {id: b, name: Omar Hassan}
                """));
        assertThat(two.find(Tokens.of(TextFold.mapped("Hassan said")))).isEmpty();
        assertThat(two.find(Tokens.of(TextFold.mapped("عمر حسن قال"))))
                .extracting(m -> m.person().id())
                .containsExactly("b");
    }

    @Test
    void aSurnameOfOneConsonantIsFoundAfterAGivenNameOnly() {
        PersonResolver short_ = new PersonResolver(Gazetteer.parse("""
                persons:
                  - {id: nizar-issa, name: Nizar Karim Issa}
                  - {id: ahmed-ali, name: Ahmed Ali}
                """));
        assertThat(short_.find(Tokens.of(TextFold.mapped("A spokesperson for Nizar Karim Issa denied the report"))))
                .extracting(m -> m.person().id())
                .containsExactly("nizar-issa");
        assertThat(short_.find(Tokens.of(TextFold.mapped("نفى أحمد علي التقرير"))))
                .extracting(m -> m.person().id())
                .containsExactly("ahmed-ali");
        // alone, a one-consonant surname is any number of common words
        assertThat(short_.find(Tokens.of(TextFold.mapped("Issa said")))).isEmpty();
        assertThat(short_.find(Tokens.of(TextFold.mapped("قال علي إن")))).isEmpty();
    }

    @Test
    void lowerCaseLatinWordsAreNotANameWhateverTheirSkeleton() {
        PersonResolver rifai = new PersonResolver(Gazetteer.parse("""
                persons:
                  - {id: walid-rifai, name: Walid Rifai}
                """));
        // would ~ Walid, review ~ Rifai by consonants; only capitals make them a name
        assertThat(rifai.find(Tokens.of(TextFold.mapped("the ministry would review the budget"))))
                .isEmpty();
        assertThat(rifai.find(Tokens.of(TextFold.mapped("Walid Rifai would review the budget"))))
                .extracting(m -> m.person().id())
                .containsExactly("walid-rifai");
    }

    @Test
    void aFullNameIsOnePersonNotEveryoneSharingPartOfIt() {
        // a middle name that is another watched person's given name, and a given name that reads as
        // a third person's surname: the longest match in the text is the one it names
        PersonResolver family = new PersonResolver(Gazetteer.parse("""
                persons:
                  - {id: nabil-azzam, name: Nabil Karim Azzam}
                  - {id: sami-azzam, name: Sami Karim Azzam}
                  - {id: karim-azzam, name: Karim Azzam}
                  - {id: nabil-karam, name: Nabil Karam}
                """));
        for (String text : List.of("Nabil Karim Azzam signed the deal", "وقع نبيل كريم عزام الاتفاق")) {
            assertThat(family.find(Tokens.of(TextFold.mapped(text))))
                    .extracting(m -> m.person().id())
                    .as(text)
                    .containsExactly("nabil-azzam");
        }
        // each given name counts once: "Karim Karim Azzam" is not Sami Karim Azzam's full name
        PersonResolver repeated = new PersonResolver(Gazetteer.parse("""
                persons:
                  - {id: karim-karim-azzam, name: Karim Karim Azzam}
                  - {id: sami-azzam, name: Sami Karim Azzam}
                """));
        assertThat(repeated.find(Tokens.of(TextFold.mapped("Karim Karim Azzam said"))))
                .extracting(m -> m.person().id())
                .containsExactly("karim-karim-azzam");
        // given names count in their order: "Nabil Karim Azzam" is not a Karim Nabil Azzam
        PersonResolver reordered = new PersonResolver(Gazetteer.parse("""
                persons:
                  - {id: nabil-karim-azzam, name: Nabil Karim Azzam}
                  - {id: karim-nabil-azzam, name: Karim Nabil Azzam}
                """));
        assertThat(reordered.find(Tokens.of(TextFold.mapped("Nabil Karim Azzam said"))))
                .extracting(m -> m.person().id())
                .containsExactly("nabil-karim-azzam");
        // a shorter form still names the person when nothing longer covers it
        assertThat(family.find(Tokens.of(TextFold.mapped("Karim Azzam said"))))
                .extracting(m -> m.person().id())
                .contains("karim-azzam");
    }

    @Test
    void accountsAndOrganisationsSpeakForTheirPerson() {
        Gazetteer g = Gazetteer.parse("""
                persons:
                  - {id: ahmed-al-sharaa, name: Ahmed al-Sharaa, accounts: ["x:sharaa_official"]}
                organizations:
                  - {id: syrian-presidency, name: Syrian Presidency, speaks_for: ahmed-al-sharaa, accounts: ["x:SyPresidency"]}
                """);
        PersonResolver r = new PersonResolver(g);
        assertThat(r.author(new Account("x:sharaa_official", "sharaa_official", "anything", AccountKind.PERSON))
                        .person()
                        .id())
                .isEqualTo("ahmed-al-sharaa");
        assertThat(r.author(new Account("x:1", "SyPresidency", "الرئاسة", AccountKind.OFFICIAL))
                        .organization()
                        .speaksFor())
                .extracting(Link::id)
                .containsExactly("ahmed-al-sharaa");
        assertThat(r.author(new Account("x:2", "someone", "أحمد الشرع", AccountKind.PERSON))
                        .person()
                        .id())
                .isEqualTo("ahmed-al-sharaa");
    }

    @Test
    void officeAccountDenialConcernsThePersonItSpeaksFor() {
        Gazetteer g = Gazetteer.parse("""
                persons:
                  - {id: ahmed-al-sharaa, name: Ahmed al-Sharaa}
                organizations:
                  - {id: syrian-presidency, name: Syrian Presidency, speaks_for: ahmed-al-sharaa, accounts: ["x:SyPresidency"]}
                """);
        var a = new MultilingualAnalyzer(g)
                .analyze(Posts.post(
                        "ننفي ما نشرته إحدى الصحف عن زيارة سرية.",
                        new Account("x:1", "SyPresidency", "رئاسة الجمهورية", AccountKind.OFFICIAL)));
        assertThat(a.isDenial()).isTrue();
        assertThat(a.denier().kind()).isEqualTo("office");
        assertThat(a.persons()).extracting(m -> m.id() + "/" + m.how()).containsExactly("ahmed-al-sharaa/speaks_for");
    }

    private static final PersonResolver TITLED = new PersonResolver(Gazetteer.parse("""
            persons:
              - {id: meghan, name: "Meghan, Duchess of Sussex"}
              - {id: prince-philip, name: "Prince Philip, Duke of Edinburgh"}
              - {id: william, name: "William, Prince of Wales"}
              - {id: charles, name: "Charles III", aliases: ["Charles, Prince of Wales"]}
              - {id: salman, name: Salman of Saudi Arabia}
            """));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The Duchess of Sussex has denied reports of a rift.|meghan",
                "the duchess of Sussex said the claims were false|meghan",
                "La duchesse de Sussex a démenti ces rumeurs.|meghan",
                "Meghan denied the report.|meghan",
                "The Duke of Edinburgh never said that, the palace said.|prince-philip",
                "Prince Philip denied it.|prince-philip",
                // the place alone is no one's surname, nor a title two watched persons bore
                "Police in Sussex denied the report.|''",
                "The Prince of Wales denied the report.|''",
                "Prince William denied the report.|william",
                // a name and a territory: the territory is no surname, the whole names the person
                "Saudi Arabia denied the claims.|''",
                "King Salman denied the claims.|salman",
                "Salman of Saudi Arabia denied the claims.|salman",
            })
    void aTitleAfterACommaIsAFormOfThePersonAndTheNameBeforeItAnother(String text, String id) {
        assertThat(String.join(
                        ",",
                        TITLED.find(Tokens.of(TextFold.mapped(text))).stream()
                                .map(m -> m.person().id())
                                .toList()))
                .isEqualTo(id);
    }

    @Test
    void aCapitalisedWordAfterAOneNamePersonIsTheirSurnameNotAnotherWatchedPersons() {
        PersonResolver one = new PersonResolver(Gazetteer.parse("""
                persons:
                  - {id: beyonce, name: Beyoncé}
                  - {id: craig-knowles, name: Craig Knowles}
                """));
        assertThat(one.find(Tokens.of(
                        TextFold.mapped("Michelle Williams denied that her friend Beyonce Knowles is pregnant."))))
                .extracting(m -> m.person().id())
                .containsExactly("beyonce");
        assertThat(one.find(Tokens.of(TextFold.mapped("The minister, Knowles, denied the report."))))
                .extracting(m -> m.person().id())
                .containsExactly("craig-knowles");
    }
}
