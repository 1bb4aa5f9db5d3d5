package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.stream.analysis.names.PersonResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A watch list that writes every person in Latin letters only, as a new desk's does, read in
 * Arabic text: Arabic writes a foreign name by its sound in the language it comes from, and an
 * alif maqsura (ى) that folding writes as ي is an a.
 */
class ArabicSpellingsOfLatinNamesTest {

    private static final PersonResolver LATIN_ONLY = new PersonResolver(Gazetteer.parse("""
            persons:
              - {id: jurgen-klopp, name: Jürgen Klopp}
              - {id: jorge-valdano, name: Jorge Valdano}
              - {id: jose-mourinho, name: José Mourinho}
              - {id: isaac-herzog, name: Isaac Herzog}
              - {id: anwar-gargash, name: Anwar Gargash}
              - {id: luka-modric, name: Luka Modrić}
              - {id: federico-chiesa, name: Federico Chiesa}
              - {id: john-kirby, name: John Kirby}
              - {id: marwan-issa, name: Marwan Issa}
              - {id: amr-moussa, name: Amr Moussa}
              - {id: hassan-nasrallah, name: Hassan Nasrallah}
              - {id: fuad-masum, name: Fuad Masum}
              - {id: mathieu-genest, name: Mathieu Genest}
              - {id: ivan-toney, name: Ivan Toney}
              - {id: ahmed-al-sharaa, name: Ahmed al-Sharaa}
              - {id: hammad-azhar, name: Hammad Azhar}
            """));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // German: an initial j is ي; Spanish: j and g before e/i are خ; Portuguese: s
                // between vowels is ز, nh is ني
                "قال المدرب يورغن كلوب إن|jurgen-klopp",
                "وأكد خورخي فالدانو أن|jorge-valdano",
                "نفى جوزيه مورينيو ما نشر|jose-mourinho",
                // Italian: ch before e is ك, s between vowels ز; Slavic: c is تش
                "انتقل فيديريكو كييزا إلى|federico-chiesa",
                "وقال لوكا مودريتش إن|luka-modric",
                // a German z is تس, a Gulf g ق
                "وقال الرئيس إسحاق هرتسوغ|isaac-herzog",
                "وكتب أنور قرقاش على حسابه|anwar-gargash",
                // a final ى is an a
                "أعلنت الحركة مقتل مروان عيسى|marwan-issa",
                "وقال عمرو موسى إن|amr-moussa",
                // English: the h of John is not heard; two common words written as foreign names
                "وقال جون كيربي إن|john-kirby"
            })
    void aLatinNameIsFoundAsArabicWritesItsSound(String text, String id) {
        FoundPersons.assertNamesOnly(LATIN_ONLY, text, id);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // على and إلى end in ى too: "نشر على" (published on) is no Nasrallah
                "وقد نشر على موقعه بيانا|",
                // a respelling names no one by a surname alone: المزاعم (the allegations) is no
                // Masum read with a ز, الكنيست no Genest read with a ق
                "ونفى المتحدث المزاعم|",
                "وصوت الكنيست على القانون|",
                // nor with a function word before it: بين (between) is no Spanish "Ivan"
                "ما بين الطعون المقدمة|",
                // zh is no German or Italian z: أحمد الشرع is Ahmed al-Sharaa, not Hammad Azhar
                "وقال أحمد الشرع إن|ahmed-al-sharaa",
                // a Latin text writes the name as the watch list does, not as Arabic hears it
                "President Hertsog said|"
            })
    void aRespellingIsReadInArabicTextOnlyAndNeverAlone(String text, String id) {
        FoundPersons.assertNamesOnly(LATIN_ONLY, text, id);
    }
}
