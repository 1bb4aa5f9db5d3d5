package io.denialwatch.stream.analysis.names;

import io.denialwatch.common.gazetteer.PersonEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The watched Latin names as Arabic hears them ({@link ArabicRespellings}), by surname skeleton,
 * kept apart from the resolver's index of the names as the watch list writes them.
 *
 * <p>Why apart, and why so little of them: a name gives up to 16 respellings. Indexed beside the
 * list's own forms (most surnames' entries copied to hold both), they doubled the resolver's
 * memory at 100,000 persons (341 against 175 MB, BENCHMARKS.md, the watch list at scale). Yet a
 * respelling is read in Arabic text only and only as a full name (a given name before the
 * surname; it never names anyone by a surname alone). So what is kept is who has a respelling of
 * which surname with which given name; the forms themselves are worked out again from the
 * person's names the first time a text writes that given name before that surname, and kept
 * with the surname's own forms of that given name for the next time: the memory follows the
 * names the texts write, not the size of the list.
 */
final class RespelledSurnames {

    /** A surname's respellings: who bears them, by given-name skeleton. */
    static final class Surname {
        private final String skeleton;
        /** The forms of the surname as the watch list writes it ({@link SurnameEntry#NONE} when none). */
        private final SurnameEntry listed;
        /** The persons with a respelled form of this surname and that given name, in watch-list order. */
        private final Map<String, List<PersonEntry>> byGiven;

        private final Function<PersonEntry, List<NameForm>> formsOf;
        /** The given names a text has written before this surname, with their forms (see {@link #withGiven}). */
        private final Map<String, GivenForms> met = new ConcurrentHashMap<>();

        private Surname(
                String skeleton,
                SurnameEntry listed,
                Map<String, List<PersonEntry>> byGiven,
                Function<PersonEntry, List<NameForm>> formsOf) {
            this.skeleton = skeleton;
            this.listed = listed;
            this.byGiven = byGiven;
            this.formsOf = formsOf;
        }

        /**
         * The forms of this surname that include {@code givenSkeleton}: the list's own first, then
         * the respelled ones, in the order one index holding both would give them.
         */
        GivenForms withGiven(String givenSkeleton) {
            if (!byGiven.containsKey(givenSkeleton)) {
                return listed.withGiven(givenSkeleton);
            }
            // a plain read first: computeIfAbsent may lock the bin even when the forms are there
            GivenForms known = met.get(givenSkeleton);
            return known != null ? known : met.computeIfAbsent(givenSkeleton, this::both);
        }

        private GivenForms both(String givenSkeleton) {
            GivenForms out = new GivenForms();
            for (NameForm form : listed.withGiven(givenSkeleton).forms()) {
                out.add(form, givenSkeleton);
            }
            for (PersonEntry person : byGiven.get(givenSkeleton)) {
                for (NameForm form : formsOf.apply(person)) {
                    if (form.respelled() && form.surnameSkeleton().equals(skeleton)) {
                        // once per time the given name is among the form's, as SurnameEntry adds it
                        for (String given : form.givenSkeletons()) {
                            if (given.equals(givenSkeleton)) {
                                out.add(form, givenSkeleton);
                            }
                        }
                    }
                }
            }
            return out;
        }
    }

    private final Map<String, Surname> bySkeleton;

    /**
     * @param respelled every respelled form, in the order the watch list gives them (read here,
     *     not kept)
     * @param listed the index of the list's own forms, by surname skeleton
     * @param formsOf all the name forms of a person, respelled ones included, as {@code respelled}
     *     was made of them
     */
    RespelledSurnames(
            List<NameForm> respelled, Map<String, SurnameEntry> listed, Function<PersonEntry, List<NameForm>> formsOf) {
        Map<String, Map<String, List<PersonEntry>>> bearers = new HashMap<>();
        for (NameForm form : respelled) {
            Map<String, List<PersonEntry>> byGiven =
                    bearers.computeIfAbsent(form.surnameSkeleton(), k -> new HashMap<>());
            for (String given : form.givenSkeletons()) {
                List<PersonEntry> persons = byGiven.computeIfAbsent(given, k -> new ArrayList<>(1));
                if (persons.isEmpty() || persons.get(persons.size() - 1) != form.person()) {
                    persons.add(form.person());
                }
            }
        }
        Map<String, Surname> out = new HashMap<>(bearers.size() * 2);
        bearers.forEach((skeleton, byGiven) -> {
            Map<String, List<PersonEntry>> compact = new HashMap<>(byGiven.size() * 2);
            byGiven.forEach((given, persons) -> compact.put(given, List.copyOf(persons)));
            out.put(
                    skeleton,
                    new Surname(skeleton, listed.getOrDefault(skeleton, SurnameEntry.NONE), compact, formsOf));
        });
        this.bySkeleton = out;
    }

    /** The respellings of the surname with this skeleton, or null when no watched name gives one. */
    Surname get(String skeleton) {
        return bySkeleton.get(skeleton);
    }
}
