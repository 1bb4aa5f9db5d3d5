package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's mistake anywhere on the command line: one line saying what, where and how to fix it, exit 2, no stack trace. */
class UserErrorsTest {
    private static final String POSTS = "../examples/founding-example.jsonl";

    @TempDir
    Path dir;

    private static CommandRun mistake(String... args) {
        CommandRun r = CommandRun.of(args);
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err() + r.out())
                .as("no stack trace")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
        return r;
    }

    @Test
    void badYamlInTheWatchListNamesFileAndLine() throws Exception {
        Path persons = Files.writeString(dir.resolve("persons.yaml"), "persons:\n  - id: a\n   name: b\n");
        assertThat(mistake("replay", "--in", POSTS, "--persons", persons.toString())
                        .lastErrorLine())
                .startsWith("denialwatch: " + persons + ":3: not valid YAML: ");
    }

    @Test
    void aMissingWatchListSaysWhichAndHowToGiveOne() {
        assertThat(mistake("replay", "--in", POSTS, "--persons", "nope.yaml").lastErrorLine())
                .isEqualTo("denialwatch: nope.yaml: no such watch-list file; give an existing one with --persons FILE "
                        + "or persons.file (config/persons.yaml is the bundled one)");
    }

    @Test
    void anIllFormedDurationNamesTheOption() {
        assertThat(mistake("replay", "--in", POSTS, "--persons", "../config/persons.yaml", "--lookback", "2x")
                        .lastErrorLine())
                .isEqualTo("denialwatch: --lookback must be a duration like 14d, 48h, 30s, 100ms or P14D, not '2x'");
    }

    @Test
    void evalOnAnUnlabelledFileSaysWhatIsMissing() {
        assertThat(mistake("eval", "--in", POSTS).lastErrorLine())
                .startsWith("denialwatch: " + POSTS + ":1: no is_denial label; eval needs labelled posts");
    }

    @Test
    void missingFilesAndBadOptionsAreOneLine() {
        assertThat(mistake("eval", "--in", "nope.jsonl").lastErrorLine())
                .isEqualTo("denialwatch: nope.jsonl: no such file; check the path");
        assertThat(mistake("replay", "--in", "nope.jsonl").lastErrorLine())
                .startsWith("denialwatch: nope.jsonl: no such posts file");
        assertThat(mistake("replay", "--in", POSTS, "--lookbak", "2d").lastErrorLine())
                .isEqualTo(
                        "denialwatch replay: Unknown options: '--lookbak', '2d'; did you mean --lookback? (see denialwatch replay --help)");
        assertThat(mistake("demo", "--port", "abc").lastErrorLine())
                .isEqualTo(
                        "denialwatch demo: Invalid value for option '--port': 'abc' is not an int (see denialwatch demo --help)");
    }

    @Test
    void aConfigurationFileWithAnUnknownKeyIsRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("denialwatch.yaml"), "sink:\n  prot: 8080\n");
        assertThat(mistake("check", "config", f.toString()).lastErrorLine())
                .isEqualTo("denialwatch: " + f + ":2: unknown key 'sink.prot'; did you mean 'sink.port'? "
                        + "(docs/operations.md lists every key)");
        assertThat(mistake("replay", "--in", POSTS, "--config", f.toString()).lastErrorLine())
                .contains("'sink.prot'");
    }

    @Test
    void verboseAddsTheStackTrace() {
        CommandRun r = CommandRun.of("replay", "--in", POSTS, "--lookback", "2x", "--verbose");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .contains("denialwatch: --lookback must be a duration")
                .contains("\tat ");
    }
}
