package io.denialwatch.stream.analysis.names;

import io.denialwatch.common.gazetteer.PersonEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name form indexed under one surname skeleton, also keyed by given-name skeleton. A word
 * read as this surname then needs one probe per given-name reading before it, instead of building
 * a "given surname" key string per word. Filled at construction, read-only afterwards.
 */
final class SurnameEntry {

    /** No watched name has this surname. Never added to. */
    static final SurnameEntry NONE = new SurnameEntry();

    private final List<NameForm> forms = new ArrayList<>();
    private final Map<String, GivenForms> byGiven = new HashMap<>();
    /** Who may be named by the surname alone (see {@link NameForm#bareSurname()}). */
    private final Set<String> bareBearers = new HashSet<>();
    /** The forms that may name someone alone, grouped by what the checks of a surname alone read. */
    private final Map<AloneKey, AloneForms> alone = new LinkedHashMap<>();

    /**
     * Everything about a form that decides whether a word may name its bearer alone (spelling,
     * vowels, article, particle, script, whether it is a regnal name and its number, or has given
     * names): forms
     * equal in these pass or fail those checks together, whoever bears them.
     */
    private record AloneKey(
            String skeleton,
            String loose,
            List<Integer> vowels,
            boolean article,
            String particle,
            boolean latin,
            boolean bare,
            boolean regnal,
            int regnalNumber,
            boolean givenNames,
            boolean respelled) {

        static AloneKey of(NameForm f) {
            List<Integer> vowels = f.surnameVowels() == null
                    ? null
                    : Arrays.stream(f.surnameVowels()).boxed().toList();
            return new AloneKey(
                    f.surnameSkeleton(),
                    f.surnameLoose(),
                    vowels,
                    f.surnameArticle(),
                    f.particle(),
                    f.latin(),
                    f.bareSurname(),
                    f.regnal(),
                    f.regnal() ? RegnalNumbers.watched(f.person().name()) : 0,
                    !f.givenSkeletons().isEmpty(),
                    f.respelled());
        }
    }

    /**
     * One way a surname may stand alone, and every person it may then name, in the order they were
     * added. A large watch list gives a common surname hundreds of forms but few such ways: the
     * checks run once per way, not once per form.
     */
    record AloneForms(NameForm form, Map<String, PersonEntry> bearers) {}

    void add(NameForm form) {
        forms.add(form);
        for (String given : form.givenSkeletons()) {
            byGiven.computeIfAbsent(given, k -> new GivenForms()).add(form, given);
        }
        if (form.bareSurname()) {
            bareBearers.add(form.person().id());
        }
        if (form.bareSurname() || form.regnal()) {
            alone.computeIfAbsent(AloneKey.of(form), k -> new AloneForms(form, new LinkedHashMap<>()))
                    .bearers()
                    .putIfAbsent(form.person().id(), form.person());
        }
    }

    /** The ways this surname may name someone alone (see {@link AloneForms}). */
    Collection<AloneForms> aloneForms() {
        return alone.values();
    }

    List<NameForm> forms() {
        return forms;
    }

    /** The forms of this surname whose given names include {@code givenSkeleton}. */
    GivenForms withGiven(String givenSkeleton) {
        return byGiven.getOrDefault(givenSkeleton, GivenForms.NONE);
    }

    /**
     * True when one watched person alone is called by this surname alone, so it may name them:
     * "Trump" names Donald Trump though Donald Trump Jr. is watched too, "Zuma" names Jacob Zuma
     * though Nkosazana Dlamini-Zuma is.
     */
    boolean onePerson() {
        return bareBearers.size() == 1;
    }
}
