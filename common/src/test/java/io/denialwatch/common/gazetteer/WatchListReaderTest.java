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
                        "w.yaml:2: unknown key 'people'; did you mean 'persons'? (known: persons, organizations, roles, "
                                + "outlets)");
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
                        "w.yaml:8: speaks_for: 'ahmed-al-shara' is not the id of a person or organisation in this "
                                + "file; did you mean 'ahmed-al-sharaa'?");
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
                        + "roles, outlets) (and 1 more: denialwatch check watchlist w.yaml lists them)");
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
        assertThat(r.summary()).isEqualTo("2 persons, 1 organisation, 1 speaks_for link, 1 warning");
        assertThat(r.warnings())
                .singleElement()
                .asString()
                .startsWith("w.yaml:3: account 'x:same' is also listed on line 2");
    }

    @Test
    void officesWithHoldersAndDatedSpeaksForLinksAreReadAndCounted() {
        WatchListReader.Result r = WatchListReader.read("w.yaml", """
                persons:
                  - id: boris-johnson
                    name: Boris Johnson
                  - id: keir-starmer
                    name: Keir Starmer
                  - id: jamie-davies
                    name: Jamie Davies
                    speaks_for: [{id: uk-government, from: 2024-07-05}]
                organizations:
                  - id: united-kingdom
                    name: United Kingdom
                    aliases: [Britain, Royaume-Uni, المملكة المتحدة]
                  - id: uk-government
                    name: UK Government
                    speaks_for: [keir-starmer]
                roles:
                  - id: uk-prime-minister
                    name: Prime Minister of the United Kingdom
                    aliases: [Britain's prime minister, Downing Street]
                    titles: [prime minister, Premier ministre, رئيس الوزراء]
                    of: united-kingdom
                    holders:
                      - {person: boris-johnson, from: 2019-07-24, to: 2022-09-06}
                      - {person: keir-starmer, from: 2024-07-05}
                """);
        assertThat(r.summary())
                .isEqualTo("3 persons, 2 organisations, 1 office with 2 holders, 2 speaks_for links, " + "0 warnings");
        RoleEntry pm = r.gazetteer().roles().get(0);
        assertThat(pm.holderOn(java.time.LocalDate.parse("2021-04-26"))).isEqualTo("boris-johnson");
        assertThat(pm.holderOn(java.time.LocalDate.parse("2023-01-01"))).isNull();
        assertThat(pm.holderOn(java.time.LocalDate.parse("2025-11-14"))).isEqualTo("keir-starmer");
        assertThat(r.gazetteer().persons().get(2).speaksFor().get(0).holdsOn(java.time.LocalDate.parse("2024-01-01")))
                .isFalse();
        assertThat(r.gazetteer().organizations().get(1).speaksFor()).containsExactly(Link.of("keir-starmer"));
    }

    @Test
    void danglingHoldersBadDatesAndUnknownNestedKeysAreErrorsWithTheirLines() {
        List<String> p = problems("""
                persons:
                  - {id: a, name: A, speaks_for: [{id: a}]}
                organizations:
                  - {id: c, name: C}
                roles:
                  - id: r
                    name: R
                    of: a
                    holders: [{person: b, from: 2020-01-01, to: 2019-01-01}]
                  - id: s
                    name: S
                    holders: [{person: a, form: 2020-01-01}]
                  - id: t
                    name: T
                    holders: [{person: a, from: last year}]
                """);
        assertThat(p)
                .containsExactly(
                        "w.yaml:12: unknown key 'form' in holders; did you mean 'from'? (known: person, from, to)",
                        "w.yaml:15: 'last year' in holders is not a date; write it as YYYY-MM-DD",
                        "w.yaml:2: speaks_for: 'a' is the entry itself; name whom it speaks for",
                        "w.yaml:6: of: 'a' is not the id of an organisation in this file; did you mean 'c'?",
                        "w.yaml:6: holders: person: 'b' is not the id of a person in this file; did you mean 'a'?",
                        "w.yaml:6: holders 'b' ends (2019-01-01) before it starts (2020-01-01)");
    }

    @Test
    void aWatchListOfManyMegabytesLoads() {
        StringBuilder b = new StringBuilder("persons:\n");
        for (int i = 0; i < 40_000; i++) {
            b.append("  - {id: p").append(i).append(", name: Person Number ").append(i);
            b.append(", aliases: [Alias Number ").append(i).append(" of this person, Another alias]}\n");
        }
        assertThat(b.length()).isGreaterThan(3 << 20); // over SnakeYAML's default limit of 3 MB
        assertThat(WatchListReader.read("big.yaml", b.toString()).gazetteer().persons())
                .hasSize(40_000);
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
