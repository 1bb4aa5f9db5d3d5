package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void theBundledWatchListChecksCleanWithASummary() {
        CommandRun r = CommandRun.of("check", "watchlist", "../config/persons.yaml");
        assertThat(r.code()).isZero();
        assertThat(r.lastLine())
                .isEqualTo("../config/persons.yaml: 2 persons, 1 organisation, 1 speaks_for link, 0 warnings");
    }

    @Test
    void aWatchListWithErrorsListsThemAllAndExitsNonZero() throws Exception {
        Path f = Files.writeString(dir.resolve("persons.yaml"), """
                people:
                  - id: a
                    name: A
                organizations:
                  - id: office
                    name: Office
                    speaks_for: nobody-here
                """);
        CommandRun r = CommandRun.of("check", "watchlist", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out())
                .contains("error: " + f + ":1: unknown key 'people'; did you mean 'persons'?")
                .contains("error: " + f
                        + ":5: speaks_for: 'nobody-here' is not the id of a person or organisation in this file")
                .contains(f + ": 2 errors");
    }
}
