package io.denialwatch.stream.analysis.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The full-name matches at one surname that can make a difference, found without trying every
 * form that shares the surname and the given name before it. With thousands of watched persons,
 * dozens may share "Karim Azzam"; when the text says "Nabil Karim Azzam", only the forms that
 * have Nabil just before Karim reach back to it, and of the rest {@link LongestMatches#addEndingTogether}
 * keeps at most the named person's own forms and one runner-up. So those are the forms tried:
 * the cost follows how many persons the text's words name, not how many share a part of it.
 */
final class FullNameSelection {

    /** The match of a form read with the {@code reading}-th given-name reading, or null when it does not fit. */
    interface Trial {
        PersonMatch of(int reading, NameForm form, boolean reachesBack);
    }

    private FullNameSelection() {}

    /**
     * @param byReading the forms for each reading of the given name, in the order they are tried
     * @param earlier   skeleton of the word before the given name, in its sentence, or null
     * @return matches in the order trying every form gives them, of which
     *         {@link LongestMatches#addEndingTogether} keeps what it would keep of all of them
     */
    static List<PersonMatch> select(List<GivenForms> byReading, String earlier, Trial trial) {
        Map<Long, PersonMatch> chosen = new TreeMap<>();
        if (earlier != null) {
            for (int r = 0; r < byReading.size(); r++) {
                for (int at : byReading.get(r).withGivenBefore(earlier)) {
                    put(chosen, r, at, trial.of(r, byReading.get(r).forms().get(at), true));
                }
            }
        }
        if (chosen.isEmpty()) {
            // nothing reaches back: every match starts at the given name, so all are longest and kept
            return tryAll(byReading, trial);
        }
        LongestMatches.Longest top = LongestMatches.Longest.of(chosen.values());
        String longestPerson = top.personId();
        boolean otherReaches = false;
        if (!top.several()) {
            for (PersonMatch m : chosen.values()) {
                otherReaches |= !m.person().id().equals(longestPerson);
            }
            addPerson(chosen, byReading, longestPerson, trial);
            if (!otherReaches) {
                addFirstOther(chosen, byReading, longestPerson, trial);
            }
        }
        return new ArrayList<>(chosen.values());
    }

    private static void put(Map<Long, PersonMatch> chosen, int reading, int at, PersonMatch m) {
        if (m != null) {
            chosen.putIfAbsent(((long) reading << Integer.SIZE) | at, m);
        }
    }

    /** Forms outside {@code withGivenBefore(earlier)} cannot reach back, so they are tried as not reaching. */
    private static List<PersonMatch> tryAll(List<GivenForms> byReading, Trial trial) {
        List<PersonMatch> out = new ArrayList<>();
        for (int r = 0; r < byReading.size(); r++) {
            for (NameForm form : byReading.get(r).forms()) {
                PersonMatch m = trial.of(r, form, false);
                if (m != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** The longest match's person's other forms, which are kept even when shorter. */
    private static void addPerson(
            Map<Long, PersonMatch> chosen, List<GivenForms> byReading, String personId, Trial trial) {
        for (int r = 0; r < byReading.size(); r++) {
            for (int at : byReading.get(r).ofPerson(personId)) {
                if (!chosen.containsKey(((long) r << Integer.SIZE) | at)) {
                    put(chosen, r, at, trial.of(r, byReading.get(r).forms().get(at), false));
                }
            }
        }
    }

    /** The runner-up when no other person's form reaches back: the first other person's form that fits. */
    private static void addFirstOther(
            Map<Long, PersonMatch> chosen, List<GivenForms> byReading, String personId, Trial trial) {
        for (int r = 0; r < byReading.size(); r++) {
            List<NameForm> forms = byReading.get(r).forms();
            for (int at = 0; at < forms.size(); at++) {
                if (!forms.get(at).person().id().equals(personId)) {
                    PersonMatch m = trial.of(r, forms.get(at), false);
                    if (m != null) {
                        put(chosen, r, at, m);
                        return;
                    }
                }
            }
        }
    }
}
