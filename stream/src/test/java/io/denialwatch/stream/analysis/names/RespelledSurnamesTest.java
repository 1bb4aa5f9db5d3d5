package io.denialwatch.stream.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.PersonEntry;
import io.denialwatch.common.text.NameKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The respelled names, kept apart from the list's own and worked out again when a text meets
 * them, give a full-name look-up the same forms in the same order as one index holding both.
 */
class RespelledSurnamesTest {

    /** Latin names whose respellings meet each other's and the list's own (Rojas as Rokhas). */
    private static final List<PersonEntry> PERSONS = List.of(
            person("jorge-rojas", "Jorge Rojas"),
            person("jorge-rokhas", "Jorge Rokhas"),
            person("juan-jose-rojas", "Juan José Rojas"),
            person("jurgen-herzog", "Jürgen Herzog"),
            person("hans-hertsog", "Hans Hertsog"),
            person("youssef-gargash", "Youssef Gargash", "يوسف قرقاش"),
            person("charles-iii", "Charles III"));

    private static PersonEntry person(String id, String name, String... aliases) {
        return new PersonEntry(id, name, List.of(aliases), List.of());
    }

    private static List<NameForm> formsOf(PersonEntry person) {
        List<NameForm> out = new ArrayList<>();
        out.addAll(NameForm.parse(person, person.name(), NameWords.BUNDLED));
        for (String alias : person.aliases()) {
            out.addAll(NameForm.parse(person, alias, NameWords.BUNDLED));
        }
        return out;
    }

    @Test
    void aFullNameLookUpFindsWhatOneIndexOfBothWouldFind() {
        Map<String, SurnameEntry> listed = new HashMap<>();
        Map<String, SurnameEntry> both = new HashMap<>();
        List<NameForm> respelled = new ArrayList<>();
        for (PersonEntry p : PERSONS) {
            for (NameForm f : formsOf(p)) {
                if (f.respelled()) {
                    respelled.add(f);
                } else {
                    listed.computeIfAbsent(f.surnameSkeleton(), k -> new SurnameEntry())
                            .add(f);
                }
            }
        }
        listed.forEach((k, e) -> e.forms().forEach(both.computeIfAbsent(k, x -> new SurnameEntry())::add));
        respelled.forEach(f -> both.computeIfAbsent(f.surnameSkeleton(), x -> new SurnameEntry())
                .add(f));
        AtomicInteger derived = new AtomicInteger();
        Function<PersonEntry, List<NameForm>> counting = p -> {
            derived.incrementAndGet();
            return formsOf(p);
        };
        RespelledSurnames apart = new RespelledSurnames(respelled, listed, counting);
        assertThat(derived).as("nothing is worked out before a text meets it").hasValue(0);

        int mixed = 0;
        for (Map.Entry<String, SurnameEntry> e : both.entrySet()) {
            String surname = e.getKey();
            Set<String> givens = new LinkedHashSet<>();
            e.getValue().forms().forEach(f -> givens.addAll(f.givenSkeletons()));
            givens.add("nobody");
            for (String given : givens) {
                GivenForms expected = e.getValue().withGiven(given);
                RespelledSurnames.Surname own = apart.get(surname);
                GivenForms actual = own == null
                        ? listed.getOrDefault(surname, SurnameEntry.NONE).withGiven(given)
                        : own.withGiven(given);
                assertThat(described(actual)).as(surname + " " + given).isEqualTo(described(expected));
                boolean hasRespelled = expected.forms().stream().anyMatch(NameForm::respelled);
                if (hasRespelled && expected.forms().stream().anyMatch(f -> !f.respelled())) {
                    mixed++;
                }
                if (!hasRespelled) {
                    assertThat(actual)
                            .as("the list's own, not a copy")
                            .isSameAs(listed.getOrDefault(surname, SurnameEntry.NONE)
                                    .withGiven(given));
                }
            }
        }
        assertThat(mixed)
                .as("the list meets a respelling of another's name (Jorge Rokhas)")
                .isPositive();
        assertThat(apart.get(NameKeys.skeleton("rokhas"))).isNotNull();
        int once = derived.get();
        both.forEach((surname, entry) -> entry.forms()
                .forEach(f -> f.givenSkeletons().forEach(g -> {
                    RespelledSurnames.Surname own = apart.get(surname);
                    if (own != null) {
                        own.withGiven(g);
                    }
                })));
        assertThat(derived).as("worked out once a surname and given name").hasValue(once);
    }

    /** What a match reads of each form, and the positions the selection of full names uses. */
    private static List<String> described(GivenForms forms) {
        List<String> out = new ArrayList<>();
        for (int at = 0; at < forms.forms().size(); at++) {
            NameForm f = forms.forms().get(at);
            out.add(f.person().id() + " " + f.surnameLoose() + " " + Arrays.toString(f.surnameVowels()) + " "
                    + f.givenLoose() + " " + f.respelled() + " "
                    + forms.ofPerson(f.person().id()));
            for (String before : f.givenSkeletons()) {
                out.add("  before " + before + ": " + forms.withGivenBefore(before));
            }
        }
        return out;
    }
}
