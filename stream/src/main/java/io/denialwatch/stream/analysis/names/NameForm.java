package io.denialwatch.stream.analysis.names;

import io.denialwatch.common.gazetteer.PersonEntry;
import io.denialwatch.common.text.ArabicWord;
import io.denialwatch.common.text.NameKeys;
import io.denialwatch.common.text.Scripts;
import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One way of writing a watched person's name, reduced to what matching needs: the surname's
 * skeleton and Latin spelling, whether it carries the article (al-Wais, الويس), a particle
 * it needs before it (Le Pen, bin Salman) and the skeletons of the given names.
 *
 * @param bareSurname whether the surname alone may name this person: not when the name adds a
 *     generational suffix (Donald Trump Jr., who is "Trump Jr.", never "Trump") or the surname is
 *     the second half of a double-barrelled one (Nkosazana Dlamini-Zuma, never "Zuma")
 * @param suffixed whether the name ends in a generational suffix (Jr., III): its full name is then
 *     the father's too, and the text's own suffix tells them apart
 * @param halfGiven keys of given names that are half of a compound (عبد, or either word of a
 *     split "Abdullah"): they name the person only with a given name before them
 * @param regnal a monarch's regnal name (Charles III): one name and a Roman number, named by the
 *     name after a title (Prince Charles, Queen Elizabeth) or before its number
 * @param surnameHead when the surname is the second word of a compound (نصر الله for Nasrallah),
 *     the key of its first word, which must stand right before it; else null
 * @param surnameAyns how many ع an Arabic surname writes (0 in Latin): Latin spellings leave the
 *     ʿayn out, so the skeleton and the vowels do not see it, but Arabic never does (معابر is not
 *     مابار)
 * @param respelled a Latin spelling of the name as Arabic hears it ({@link ArabicRespellings}), not
 *     as the watch list writes it: it is read in Arabic text only
 */
record NameForm(
        PersonEntry person,
        String surnameSkeleton,
        String surnameLoose,
        int[] surnameVowels,
        boolean surnameArticle,
        String particle,
        List<String> givenSkeletons,
        List<String> givenLoose,
        boolean latin,
        boolean bareSurname,
        boolean suffixed,
        Set<String> halfGiven,
        String surnameHead,
        boolean regnal,
        int surnameAyns,
        boolean respelled) {

    /**
     * One or two letters after an apostrophe at the end of a Latin word (Eto'o, Te'o): the tokeniser
     * splits them off as a word of their own, which is no surname; the name is matched by the part
     * before the apostrophe ("Samuel Eto'o" by Samuel and Eto).
     */
    private static final Pattern SHORT_APOSTROPHE_END =
            Pattern.compile("(?<=\\p{IsLatin})'\\p{IsLatin}{1,2}(?!\\p{L})");

    /** A Roman number of up to four letters (II, III, IV, V, VIII), as monarchs' names carry. */
    static final Pattern REGNAL_NUMBER = Pattern.compile("[ivx]{1,4}");

    /** This name with its particle glued to the surname, as Arabic writes Le Pen: لوبان. */
    NameForm joined(String particleWord) {
        String surname = particleWord + surnameLoose;
        return new NameForm(
                person,
                NameKeys.skeleton(surname),
                NameKeys.loose(surname),
                NameKeys.vowelGaps(surname),
                false,
                null,
                givenSkeletons,
                givenLoose,
                latin,
                bareSurname,
                suffixed,
                halfGiven,
                surnameHead,
                regnal,
                ayns(particleWord) + surnameAyns,
                respelled);
    }

    /** How many ʿayn (ع) a folded word writes. */
    static int ayns(String word) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) == 'ع') {
                n++;
            }
        }
        return n;
    }

    /**
     * Parses a gazetteer name or alias; empty when nothing name-like is left after titles. A Latin
     * v is also read as w: Arabic writes the v of Persian and Turkish names with و (Javad, جواد)
     * as often as with ف (Vladimir, فلاديمير), and the skeleton reads v as ف only.
     */
    static List<NameForm> parse(PersonEntry person, String name, NameWords words) {
        String folded = SHORT_APOSTROPHE_END.matcher(TextFold.fold(name)).replaceAll("");
        List<NameForm> forms = parseSpelling(person, folded, words, false);
        if (forms.isEmpty() || !forms.get(0).latin()) {
            return forms;
        }
        List<NameForm> all = new ArrayList<>(forms);
        if (folded.indexOf('v') >= 0) {
            all.addAll(parseSpelling(person, folded.replace('v', 'w'), words, false));
        }
        // a respelling that reads as a form already there adds nothing but work per match
        Set<String> seen = new HashSet<>();
        all.forEach(f -> seen.add(f.keys()));
        for (String respelled : ArabicRespellings.of(folded, words)) {
            for (NameForm f : parseSpelling(person, respelled, words, true)) {
                if (seen.add(f.keys())) {
                    all.add(f);
                }
            }
        }
        return all;
    }

    /** What matching reads of this form: two forms equal in it find the same words. */
    private String keys() {
        return surnameSkeleton
                + ' '
                + surnameLoose
                + ' '
                + java.util.Arrays.toString(surnameVowels)
                + ' '
                + surnameArticle
                + ' '
                + particle
                + ' '
                + givenSkeletons
                + ' '
                + givenLoose
                + ' '
                + bareSurname
                + ' '
                + regnal
                + ' '
                + surnameHead;
    }

    private static List<NameForm> parseSpelling(PersonEntry person, String name, NameWords words, boolean respelled) {
        Tokens t = Tokens.of(TextFold.mapped(name));
        if (t.size() >= 2
                && (REGNAL_NUMBER.matcher(t.word(1)).matches()
                        || t.size() >= 3 && t.word(1).equals("of"))
                && !words.titles().contains(t.word(0))) {
            // a monarch's regnal name (Charles III, Elizabeth II, Muhammad V of Kelantan): the name
            // and its number, its territory aside; the name alone is theirs only after a title or
            // before the number (see PersonResolver). A name and a territory without a number
            // (Salman of Saudi Arabia) likewise: the territory is no surname ("Saudi Arabia
            // denied" is the country), the whole is a form of its own (TitledName)
            String only = t.word(0);
            return List.of(new NameForm(
                    person,
                    NameKeys.skeleton(only),
                    NameKeys.loose(only),
                    NameKeys.vowelGaps(only),
                    false,
                    null,
                    List.of(),
                    List.of(),
                    !Scripts.isArabic(only.charAt(0)),
                    false,
                    false,
                    Set.of(),
                    null,
                    true,
                    ayns(only),
                    respelled));
        }
        List<String> parts = new ArrayList<>();
        List<Boolean> articles = new ArrayList<>();
        boolean pendingArticle = false;
        boolean suffixAfter = false;
        boolean suffixed = false;
        boolean hyphenBefore = false;
        for (int i = 0; i < t.size(); i++) {
            String w = t.word(i);
            boolean last = i == t.size() - 1;
            if (words.titles().contains(w) || words.suffixes().contains(w) || (w.length() == 1 && !last)) {
                suffixAfter |= !parts.isEmpty();
                suffixed |= !parts.isEmpty() && words.suffixes().contains(w);
                continue;
            }
            if (words.articles().contains(w) && !last) {
                pendingArticle = true;
                continue;
            }
            suffixAfter = false;
            int start = t.start(i);
            hyphenBefore = !parts.isEmpty()
                    && !pendingArticle
                    && start > 0
                    && t.text().folded().charAt(start - 1) == '-';
            ArabicWord aw = ArabicWord.split(w);
            parts.add(aw.stem());
            articles.add(pendingArticle || aw.article());
            pendingArticle = false;
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        List<NameForm> forms = new ArrayList<>(formsOf(
                person,
                new Compounds.Writing(parts, articles, Set.of(), false),
                // a respelling names no one by its surname alone (PersonResolver)
                !suffixAfter && !hyphenBefore && !respelled,
                suffixed,
                words,
                respelled));
        if (!Scripts.isArabic(parts.get(parts.size() - 1).charAt(0))) {
            for (Compounds.Writing w : Compounds.arabicWritings(parts, articles, words)) {
                // Arabic writes a compound apart (نصر الله, عبد المجيد) or glued (عبدالهادي) as it
                // pleases: never a surname alone through these forms, whose last word alone is
                // half a name
                forms.addAll(formsOf(person, w, false, suffixed, words, respelled));
            }
        }
        return forms;
    }

    private static List<NameForm> formsOf(
            PersonEntry person,
            Compounds.Writing writing,
            boolean bare,
            boolean suffixed,
            NameWords words,
            boolean respelled) {
        List<String> parts = writing.parts();
        List<Boolean> articles = writing.articles();
        int s = parts.size() - 1;
        String particle = null;
        String particleWord = null;
        if (s > 0 && words.particles().contains(parts.get(s - 1))) {
            particleWord = parts.get(s - 1);
            particle = NameKeys.skeleton(particleWord);
        }
        List<String> given = new ArrayList<>();
        List<String> givenLoose = new ArrayList<>();
        Set<String> halves = new HashSet<>();
        for (int i = 0; i < s; i++) {
            if (!words.particles().contains(parts.get(i))) {
                String key = words.givenKey(parts.get(i));
                given.add(key);
                givenLoose.add(NameKeys.loose(parts.get(i)));
                if (writing.givenHalves().contains(i) || words.headKeys().contains(key)) {
                    halves.add(key);
                }
            }
        }
        String surnameHead = writing.surnameHalf() && s > 0 ? words.givenKey(parts.get(s - 1)) : null;
        String surname = parts.get(s);
        String skeleton = NameKeys.skeleton(surname);
        if (skeleton.isEmpty()) {
            return List.of();
        }
        NameForm form = new NameForm(
                person,
                skeleton,
                NameKeys.loose(surname),
                NameKeys.vowelGaps(surname),
                articles.get(s),
                particle,
                List.copyOf(given),
                List.copyOf(givenLoose),
                !Scripts.isArabic(surname.charAt(0)),
                bare && !Compounds.isTail(surname),
                suffixed,
                Set.copyOf(halves),
                surnameHead,
                false,
                ayns(surname),
                respelled);
        return particleWord == null ? List.of(form) : List.of(form, form.joined(particleWord));
    }
}
