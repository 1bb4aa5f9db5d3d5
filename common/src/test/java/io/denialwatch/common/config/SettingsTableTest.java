package io.denialwatch.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The configuration table of docs/operations.md is Settings.KEYS, row for row: a key added, renamed
 * or given a new default without the table fails here, with the table to paste in the message.
 */
class SettingsTableTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final String START =
            "<!-- settings-table:start (generated from Settings.KEYS; SettingsTableTest checks it) -->";
    static final String END = "<!-- settings-table:end -->";

    @Test
    void operationsDocHasTheTableOfEverySetting() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/operations.md"));
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("docs/operations.md has the marker " + START).isNotNegative();
        assertThat(end).isGreaterThan(start);
        String inDoc = doc.substring(start + START.length(), end).strip() + "\n";
        assertThat(inDoc)
                .as("the table in docs/operations.md; replace it with:\n" + Settings.table())
                .isEqualTo(Settings.table());
    }

    @Test
    void readmeKeepsNoSecondTableAndPointsOperatorsToTheDoc() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(readme).contains("docs/operations.md");
        for (Setting<?> s : Settings.KEYS) {
            assertThat(readme)
                    .as("README has a row for " + s.key() + "; the table lives in docs/operations.md")
                    .doesNotContain("| `" + s.key() + "` |");
        }
    }
}
