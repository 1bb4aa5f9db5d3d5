package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.broker.EmbeddedKafkaBroker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SourcesCommandTest {
    @Test
    void loadsThenListsSourcesAndRefusesABadFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sources.yaml");
        Files.writeString(file, """
                sources:
                  - {id: feed-a, kind: rss, url: "https://a.example/feed", account_kind: outlet}
                  - {id: tg-b, kind: telegram, handle: example_office, account_kind: official, enabled: false}
                """);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"))) {
            String bootstrap = broker.bootstrapServers();
            StringWriter out = new StringWriter();
            assertThat(run(out, new StringWriter(), "--bootstrap", bootstrap, "load", file.toString()))
                    .isZero();
            assertThat(out.toString()).contains("loaded 2 sources");

            StringWriter list = new StringWriter();
            assertThat(run(list, new StringWriter(), "--bootstrap", bootstrap, "list"))
                    .isZero();
            assertThat(list.toString())
                    .contains("SOURCE")
                    .containsPattern("feed-a\\s+rss\\s+true")
                    .containsPattern("tg-b\\s+telegram\\s+false");

            Files.writeString(file, "sources:\n  - {id: feed-a, kind: rss, url: \"https://a.example/feed\"}\n");
            StringWriter pruned = new StringWriter();
            assertThat(run(pruned, new StringWriter(), "--bootstrap", bootstrap, "load", "--prune", file.toString()))
                    .isZero();
            assertThat(pruned.toString()).contains("removed 1");

            Path bad = dir.resolve("bad.yaml");
            Files.writeString(bad, "sources:\n  - {id: x, kind: gopher, url: u}\n");
            StringWriter err = new StringWriter();
            assertThat(run(new StringWriter(), err, "--bootstrap", bootstrap, "load", bad.toString()))
                    .isEqualTo(2);
            assertThat(err.toString()).contains("unknown source kind");
        }
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Main.withErrorHandling(new CommandLine(new SourcesCommand()));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }
}
