package io.denialwatch.stream.analysis;

import static io.denialwatch.stream.analysis.Posts.LATIN_ONLY;
import static io.denialwatch.stream.analysis.Posts.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Cue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each trap family, per language, next to a plain denial it must not be confused with. */
class TrapsTest {

    private static final MultilingualAnalyzer ANALYZER = new MultilingualAnalyzer(LATIN_ONLY);

    private static Analysis analyze(String text) {
        return ANALYZER.analyze(post(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The minister denied the report published by Reuters on Monday.",
                "The spokesman said the claims were baseless.",
                "I never gave an interview to that newspaper.",
                "نفى الوزير التقارير التي نشرتها الصحيفة.",
                "أكد المتحدث أن هذه الأخبار عارية عن الصحة.",
                "قال المتحدث باسم الوزارة إن الوزير لم يدل بأي تصريح لأي وسيلة إعلامية.",
                "رفض الوزير الاتهامات التي نشرتها الصحيفة أمس.",
                "لا يزال الوزير ينفي التقارير التي نشرتها الصحيفة.",
                "ونقلت الوكالة عن متحدث -لم تذكر اسمه- نفيه التقارير التي نشرتها الصحيفة.",
                "Le ministre a démenti les informations du Monde.",
                "Le porte-parole affirme que ces rumeurs sont infondées.",
                "Je n'ai jamais accordé d'interview à ce journal."
            })
    void plainDenialsAreDenials(String text) {
        assertThat(analyze(text).isDenial()).as(text).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The minister did not deny the report.|trap:negated",
                "The minister has not denied the reports.|trap:negated",
                "لم ينفِ الوزير التقارير.|trap:negated",
                "Le ministre n'a pas démenti les informations.|trap:negated",
                "The ministry would neither confirm nor deny the report.|trap:non_confirmation",
                "لم يؤكد الوزير ولم ينفِ الأنباء.|trap:non_confirmation",
                "Le ministère n'a ni confirmé ni démenti l'information.|trap:non_confirmation",
                "The minister should deny the report.|trap:modal",
                "Le ministre devrait démentir ces informations.|trap:modal",
                "لو نفى الوزير الخبر لانتهى الجدل.|trap:modal",
                "The reporter was denied entry at the border, according to reports.|trap:other_sense",
                "A judge denied bail to the suspect named in the report.|trap:other_sense",
                "The attack was a distributed denial of service, the report said.|trap:other_sense",
                "Holocaust denial is a crime in Germany, the report notes.|trap:other_sense",
                "نُفي إلى جزيرة نائية بعد أن نشر الخبر.|trap:other_sense",
                "Did the minister deny the report?|trap:question",
                "هل نفى الوزير التقرير؟|trap:question"
            })
    void trapsDoNotFireAndSayWhy(String text, String trap) {
        Analysis a = analyze(text);
        assertThat(a.isDenial()).as(text).isFalse();
        assertThat(a.cues()).extracting(Cue::type).as(text).contains(trap);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The spokesman declined to comment on the report.",
                "رفض المتحدث التعليق على التقرير.",
                "Le porte-parole a refusé de commenter l'article.",
                "C'est complètement dément.",
                "La démence touche de nombreuses personnes âgées.",
                "أدوات النفي في العربية هي لا ولم ولن.",
                "Climate change denial is spreading online.",
                "The newspaper said it stands by its reporting despite the denial of the report.",
                "Le Monde maintient ses informations malgré le démenti du ministre sur cet article.",
                "تتمسك الصحيفة بروايتها رغم نفي الوزير للتقرير.",
                "رفضت السلطات دخوله إلى البلاد بحسب التقارير.",
                "رفضت الوزارة طلب الصحيفة إجراء مقابلة مع الوزير.",
                "نفى المتهم أمام المحكمة التهم التي نشرتها الصحف.",
                "نفته السلطات إلى جزيرة نائية بعد أن نشر الخبر."
            })
    void refusalsOtherSensesAndStandBysAreNotDenials(String text) {
        assertThat(analyze(text).isDenial()).as(text).isFalse();
    }

    /**
     * An admission weakens a denial by the weight the corpus taught; it does not veto it, since
     * in real text the same words also say "admitted to hospital" or "acknowledged the rumours".
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "He denied the report at first but later admitted the meeting took place.|He denied the report at first.",
                "Il a démenti l'article avant de reconnaître les faits.|Il a démenti l'article.",
                "نفى الخبر في البداية ثم عاد واعترف بصحته.|نفى الخبر في البداية."
            })
    void anAdmissionLowersTheScoreAndShowsWhy(String admitted, String denied) {
        Analysis a = analyze(admitted);
        assertThat(a.denialScore()).as(admitted).isLessThan(analyze(denied).denialScore());
        assertThat(a.cues())
                .filteredOn(c -> c.type().equals("trap:admission"))
                .singleElement()
                .satisfies(c -> assertThat(c.weight()).isNegative());
    }

    @Test
    void thresholdIsConfigurable() {
        MultilingualAnalyzer strict = new MultilingualAnalyzer(LATIN_ONLY, Posts.CONFIG.withThreshold(0.99));
        assertThat(strict.analyze(post("The minister denied the report.")).isDenial())
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a French "ne" with no pas, jamais… after it is expletive: she does deny
                "Des rumeurs avaient circulé à son sujet avant que la ministre ne démente farouchement.",
                // the report is named earlier in the sentence: the verb takes it as its object
                "On évoque dans la presse la maladie de l'ancien président, lui comme son épouse ont démenti ce lundi.",
                "La rumeur a été réactivée hier, mais l'agent du joueur a démenti aujourd'hui des contacts avec le club."
            })
    void aFrenchDenialWhoseReportStandsBeforeTheVerbIsADenial(String text) {
        assertThat(analyze(text).isDenial()).as(text).isTrue();
    }

    @Test
    void aFrenchNeWithItsSecondHalfStillNegates() {
        Analysis a = analyze("Des rumeurs avaient circulé, mais la ministre ne les a jamais démenties.");

        assertThat(a.isDenial()).isFalse();
        assertThat(a.cues()).extracting(Cue::type).contains("trap:negated");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Africheck a organisé une formation sur la lutte contre la désinformation pour vingt journalistes.",
                "The agency held a workshop for reporters on how to counter disinformation online.",
                "واستمعت المحكمة إلى أقوال شاهد نفي في القضية."
            })
    void textsAboutDisinformationOrADefenceWitnessAreNotDenials(String text) {
        assertThat(analyze(text).isDenial()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "وقال المتحدث: لا علاقة للشركة لا من قريب ولا من بعيد بذلك الموقع.",
                "وأوضح أن ما يتم تداوله حول ظهور فيروس جديد عارٍ تمامًا من الصحة."
            })
    void arabicDenialsWithoutADenialVerbAreDenials(String text) {
        assertThat(analyze(text).isDenial()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a phrase written with "not" also matches its contracted forms
                "\"That story isn't true,\" the spokesman said.",
                "The club said on Monday that the coach isn't leaving.",
                // a phrase carrying its own negation is not made hypothetical by a future auxiliary
                "His agent said the coach will not be leaving the club this summer.",
                // a gerund or an infinitive right after a denial verb is what it denies
                "The minister flatly denied colluding with the rebels.",
                "Le ministre a démenti vouloir quitter le gouvernement."
            })
    void contractedFutureAndVerbalDenialsAreDenials(String text) {
        assertThat(analyze(text).isDenial()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The minister wouldn't deny the report.",
                "Asked about the report, the minister couldn't deny it."
            })
    void aContractedNegationBeforeADenialVerbNegatesIt(String text) {
        Analysis a = analyze(text);
        assertThat(a.isDenial()).as(text).isFalse();
        assertThat(a.cues()).extracting(Cue::type).as(text).contains("trap:negated");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The club moved to put the transfer rumours to bed on Friday, a spokesman said.|true",
                "Le porte-parole a voulu tordre le cou à la rumeur d'un départ.|true",
                "He was laid to rest on Sunday, his family said.|false",
                "Le ministre a déclaré que le gouvernement met fin aux subventions.|false"
            })
    void idiomsOfPuttingARumourDownNeedTheRumour(String text, boolean denial) {
        assertThat(analyze(text).isDenial()).as(text).isEqualTo(denial);
    }

    @Test
    void aNameInsideASentenceIsNotACueThroughTheStemItShares() {
        // "Balar" stems as "balaie" (brushes aside) does
        Analysis a = analyze("Emmanuel Macron a reçu mardi le ministre Ziad Balar pour parler du budget.");
        assertThat(a.cues()).isEmpty();
        assertThat(a.isDenial()).isFalse();
    }
}
