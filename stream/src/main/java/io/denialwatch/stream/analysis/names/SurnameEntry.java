package io.denialwatch.stream.analysis.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name form indexed under one surname skeleton, also keyed by given-name skeleton. A word
 * read as this surname then needs one probe per given-name reading before it, instead of building
 * a "given surname" key string per word. Filled at construction, read-only afterwards.
 */
final class SurnameEntry {

    private final List<NameForm> forms = new ArrayList<>();
    private final Map<String, GivenForms> byGiven = new HashMap<>();
    /** Who may be named by the surname alone (see {@link NameForm#bareSurname()}). */
    private final Set<String> bareBearers = new HashSet<>();

    void add(NameForm form) {
        forms.add(form);
        for (String given : form.givenSkeletons()) {
            byGiven.computeIfAbsent(given, k -> new GivenForms()).add(form, given);
        }
        if (form.bareSurname()) {
            bareBearers.add(form.person().id());
        }
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
