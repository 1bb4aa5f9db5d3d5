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

    /**
     * Each role refuses its configuration before it connects to anything: a misspelt key, "yes" for
     * a boolean, a bad duration, a value out of range, in the file or on its command line.
     */
    @Test
    void theIngestRoleRefusesABadConfigurationAtStart() throws Exception {
        assertThat(roleWith("ingest", "ingest:\n  thread: 8\n"))
                .endsWith(":2: unknown key 'ingest.thread'; did you mean 'ingest.threads'? "
                        + "(docs/operations.md lists every key)");
        assertThat(roleWith("ingest", "ingest.http.allow.private.addresses: yes\n"))
                .endsWith(":1: ingest.http.allow.private.addresses must be true or false, not 'yes'");
        assertThat(roleWith("ingest", "ingest.http.timeout: 2x\n"))
                .endsWith(":1: ingest.http.timeout must be a duration like 14d, 48h, 30s, 100ms or P14D, not '2x'");
        assertThat(roleWith("ingest", "ingest.threads: 0\n"))
                .endsWith(":1: ingest.threads must be at least 1, not '0'");
    }

    @Test
    void theStreamRoleRefusesABadConfigurationAtStart() throws Exception {
        assertThat(roleWith("stream", "stream.lookbak: 7d\n"))
                .endsWith(":1: unknown key 'stream.lookbak'; did you mean 'stream.lookback'? "
                        + "(docs/operations.md lists every key)");
        assertThat(roleWith("stream", "stream.grace: 2x\n"))
                .endsWith(":1: stream.grace must be a duration like 14d, 48h, 30s, 100ms or P14D, not '2x'");
        assertThat(roleWith("stream", "detect.threshold: high\n"))
                .endsWith(":1: detect.threshold must be a number or empty, not 'high'");
    }

    @Test
    void theSinkRoleRefusesABadConfigurationAtStart() throws Exception {
        assertThat(roleWith("sink", "sink:\n  prot: 8080\n"))
                .endsWith(
                        ":2: unknown key 'sink.prot'; did you mean 'sink.port'? (docs/operations.md lists every key)");
        assertThat(roleWith("sink", "sink.port: 70000\n"))
                .endsWith(":1: sink.port must be from 0 to 65535, not '70000'");
        assertThat(mistake("sink", "--port", "70000").lastErrorLine())
                .isEqualTo("denialwatch: sink.port must be from 0 to 65535, not '70000' (given on the command line)");
    }

    /** The role's one error line for this configuration file, which it names. */
    private String roleWith(String role, String yaml) throws Exception {
        Path f = Files.writeString(dir.resolve(role + ".yaml"), yaml);
        String line = mistake(role, "--config", f.toString()).lastErrorLine();
        assertThat(line).startsWith("denialwatch: " + f + ":");
        return line;
    }
}
