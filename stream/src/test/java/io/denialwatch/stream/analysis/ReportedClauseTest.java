package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.lexicon.Lexicon;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reported speech governing a negated clause, a feature of its own, and the traps at its head. */
class ReportedClauseTest {

    private static Set<DenialFeature> features(String lang, String text) {
        DenialDetector detector = new DenialDetector(Lexicon.bundled(lang), 0.5);
        return detector.detect(Tokens.of(TextFold.mapped(text)), false).features();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|The coach said he had not met the agent before the final.",
                "en|The club insisted the player had not travelled to Madrid.",
                "fr|Le ministre a affirmé qu'il n'avait pas rencontré l'homme d'affaires.",
                "fr|Le joueur assure qu'il ne se trouvait pas à Madrid ce jour-là.",
                "ar|قال الوزير إنه لم يسافر إلى باريس الأسبوع الماضي.",
            })
    void aReportedNegatedClauseIsAFeatureOfItsOwn(String lang, String text) {
        Set<DenialFeature> on = features(lang, text);
        assertThat(on).as(text).contains(DenialFeature.SPEECH_NEGATED_CLAUSE).doesNotContain(DenialFeature.CLAUSE_HEAD);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|The investigator said there was no evidence of fraud in the accounts.",
                "en|The minister said he did not know about the payments.",
                "en|The spokesman said the company would not comment on the matter.",
                "fr|Le gouvernement affirme n'avoir, à ce stade, aucune preuve de cet enlèvement.",
                "fr|Le porte-parole a déclaré qu'il ne pouvait pas se prononcer sur ce dossier.",
                "ar|قال المتحدث إنه ليس لديه علم بهذه المعلومات.",
                // the future reported is a pledge or a refusal, not the answer to a report
                "en|The minister said the government would not raise the fuel tax next year.",
                "en|The coach says the club won't sell the striker in January.",
                "ar|قال الوزير إنه لن يستقيل من منصبه.",
            })
    void aTrapAtTheClauseHeadDisarmsIt(String lang, String text) {
        Set<DenialFeature> on = features(lang, text);
        assertThat(on).as(text).contains(DenialFeature.CLAUSE_HEAD).doesNotContain(DenialFeature.SPEECH_NEGATED_CLAUSE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the negator negates the speech, not a clause it reports
                "The minister did not say when the talks would resume.",
                // a cue word already reads the denial
                "The minister said he had not met the agent, calling the report baseless.",
            })
    void notWhereTheSpeechIsNegatedOrACueStands(String text) {
        assertThat(features("en", text)).as(text).doesNotContain(DenialFeature.SPEECH_NEGATED_CLAUSE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|The singer was said to be unhappy that the tour had not sold out.",
                "fr|Le ministre aurait déclaré qu'il ne quitterait pas le parti.",
            })
    void hearsayIsNoSpeaker(String lang, String text) {
        assertThat(features(lang, text)).as(text).doesNotContain(DenialFeature.SPEECH_NEGATED_CLAUSE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // French and Arabic introduce the clause; a negator in a relative clause is no clause's
                "fr|Le ministre a déclaré mardi à Paris devant les élus qui n'étaient pas venus la réforme votée.",
                "ar|وقال المدير الذي طلب عدم نشر اسمه إن الصفقة ستكون كبيرة.",
            })
    void frenchAndArabicClausesAreIntroduced(String langAndText) {
        String[] parts = langAndText.split("\\|", 2);
        assertThat(features(parts[0], parts[1])).as(parts[1]).doesNotContain(DenialFeature.SPEECH_NEGATED_CLAUSE);
    }
}
