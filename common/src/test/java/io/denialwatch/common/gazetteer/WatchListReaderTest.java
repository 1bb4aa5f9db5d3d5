package io.denialwatch.common.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.denialwatch.common.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WatchListReaderTest {

    private static List<String> problems(String yaml) {
        try {
            WatchListReader.read("w.yaml", yaml);
        } catch (WatchListException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + yaml);
    }

    @Test
    void aMisspeltSectionIsAnErrorWithItsLineAndTheClosestKey() {
        assertThat(problems("# mine\npeople:\n  - {id: a, name: A}\n"))
                .containsExactly(
                        "w.yaml:2: unknown key 'people'; did you mean 'persons'? (known: persons, organizations, outlets)");
    }

    @Test
    void unknownKeysInEntriesAreReportedEachWithItsLine() {
        List<String> p = problems("""
                persons:
                  - id: a
                    name: A
                    alias: [x]
                  - id: b
                    name: B
                    acounts: [x:b]
                """);
        assertThat(p).hasSize(2);
        assertThat(p.get(0)).startsWith("w.yaml:4: unknown key 'alias'; did you mean 'aliases'?");
        assertThat(p.get(1)).startsWith("w.yaml:7: unknown key 'acounts'; did you mean 'accounts'?");
    }

    @Test
    void missingNamesDuplicateIdsAndDanglingSpeaksForAreErrors() {
        List<String> p = problems("""
                persons:
                  - id: ahmed-al-sharaa
                    name: Ahmed al-Sharaa
                  - id: nameless
                  - id: ahmed-al-sharaa
                    name: Someone Else
                organizations:
                  - id: office
                    name: The Office
                    speaks_for: ahmed-al-shara
                """);
        assertThat(p)
                .containsExactly(
                        "w.yaml:4: the person 'nameless' has no name; add name: (in any script)",
                        "w.yaml:5: duplicate id 'ahmed-al-sharaa' (first used on line 2); ids must be unique",
                        "w.yaml:8: speaks_for: 'ahmed-al-shara' is not the id of a person in this file; did you mean "
                                + "'ahmed-al-sharaa'? (known: ahmed-al-sharaa, nameless, ahmed-al-sharaa)");
    }

    @Test
    void wrongTypesAndBadYamlAreOneLineEach() {
        assertThat(problems("persons:\n  - id: a\n    name: A\n    aliases: {x: y}\n"))
                .singleElement()
                .asString()
                .startsWith("w.yaml:4: 'aliases' has the wrong type: it is a list");
        assertThat(problems("persons:\n  - id: a\n    name: A\n   - id: b\n"))
                .singleElement()
                .asString()
                .startsWith("w.yaml:4: not valid YAML: ")
                .doesNotContain("\n");
        assertThat(problems("persons: []\npersons: []\n"))
                .singleElement()
                .asString()
                .startsWith("w.yaml:2: not valid YAML: ")
                .contains("persons");
    }

    @Test
    void theExceptionIsAUserErrorNamingTheFirstProblemAndHowManyMore() {
        assertThatThrownBy(() -> WatchListReader.read("w.yaml", "people: []\norganisations: []\n"))
                .isInstanceOf(UserError.class)
                .hasMessage("w.yaml:1: unknown key 'people'; did you mean 'persons'? (known: persons, organizations, "
                        + "outlets) (and 1 more: denialwatch check watchlist w.yaml lists them)");
    }

    @Test
    void aMissingFileIsAUserError() {
        assertThatThrownBy(() -> Gazetteer.load(Path.of("no/such/persons.yaml")))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("no/such/persons.yaml: no such watch-list file");
    }

    @Test
    void aGoodListReadsWithASummaryAndWarnings() {
        WatchListReader.Result r = WatchListReader.read("w.yaml", """
                persons:
                  - {id: a, name: A, accounts: [x:same]}
                  - {id: b, name: B, accounts: [x:same]}
                organizations:
                  - {id: o, name: O, speaks_for: a}
                """);
        assertThat(r.summary()).isEqualTo("2 persons, 1 organisation, 1 warning");
        assertThat(r.warnings())
                .singleElement()
                .asString()
                .startsWith("w.yaml:3: account 'x:same' is also listed on line 2");
    }

    /** Every watch list the repository ships or tests with still loads under the strict reader. */
    @Test
    void everyWatchListInTheRepositoryLoads() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> lists;
        try (Stream<Path> files = Files.walk(root)) {
            lists = files.filter(f -> f.toString().endsWith(".yaml")
                            && !f.toString().contains("/target/")
                            && !f.toString().contains("/."))
                    .filter(f -> {
                        try {
                            return Files.readString(f)
                                    .lines()
                                    .anyMatch(l -> l.startsWith("persons:") || l.startsWith("outlets:"));
                        } catch (IOException e) {
                            throw new AssertionError(e);
                        }
                    })
                    .toList();
        }
        assertThat(lists)
                .extracting(f -> root.relativize(f).toString())
                .contains(
                        "config/persons.yaml",
                        "eval/fixtures/persons-latin.yaml",
                        "eval/fixtures/join/persons.yaml",
                        "stream/src/test/resources/persons-latin-founding.yaml");
        for (Path f : lists) {
            assertThat(WatchListReader.read(f).warnings()).as(f.toString()).isEmpty();
        }
    }
}
