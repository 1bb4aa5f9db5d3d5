package io.denialwatch.stream.analysis.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The name forms of one surname that include one given name, in the order added, also listed by
 * person and by the given name each form has just before this one. Many watched persons may share
 * a surname and a given name; these lists let a match find the few forms that reach back to the
 * word before the given name, and a person's own forms, without trying every form. Filled at
 * construction, read-only afterwards.
 */
final class GivenForms {

    static final GivenForms NONE = new GivenForms();

    private final List<NameForm> forms = new ArrayList<>();
    private final Map<String, List<Integer>> byPerson = new HashMap<>();
    private final Map<String, List<Integer>> byGivenBefore = new HashMap<>();

    void add(NameForm form, String given) {
        int at = forms.size();
        forms.add(form);
        byPerson.computeIfAbsent(form.person().id(), k -> new ArrayList<>()).add(at);
        // given names extend a match in their order, from the last place this one has
        int k = form.givenSkeletons().lastIndexOf(given);
        if (k > 0) {
            byGivenBefore
                    .computeIfAbsent(form.givenSkeletons().get(k - 1), x -> new ArrayList<>())
                    .add(at);
        }
    }

    List<NameForm> forms() {
        return forms;
    }

    /** Positions of the forms whose given name before this one has skeleton {@code before}: only they reach back to it. */
    List<Integer> withGivenBefore(String before) {
        return byGivenBefore.getOrDefault(before, List.of());
    }

    /** Positions of {@code personId}'s forms. */
    List<Integer> ofPerson(String personId) {
        return byPerson.getOrDefault(personId, List.of());
    }
}
