package io.denialwatch.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.denialwatch.common.LogSafe;
import io.denialwatch.common.UserError;
import io.denialwatch.common.YamlSyntax;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.model.SourcesFile;
import io.denialwatch.ingest.worker.SourceHealth;
import io.denialwatch.ingest.worker.SourcesCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Manages the watched sources in the compacted sources topic and shows their health. */
@Command(
        name = "sources",
        mixinStandardHelpOptions = true,
        description = "Manage the watched sources.",
        subcommands = {SourcesCommand.Load.class, SourcesCommand.ListSources.class})
public final class SourcesCommand {

    @Option(names = "--config", description = "denialwatch YAML configuration (DW_* variables override it)")
    Path config;

    @Option(names = "--bootstrap", description = "Kafka bootstrap servers (overrides configuration)")
    String bootstrap;

    Settings settings() {
        Map<String, String> overrides = bootstrap == null ? Map.of() : Map.of(Settings.BOOTSTRAP.key(), bootstrap);
        return Settings.load(config, System.getenv(), overrides);
    }

    static Topics topics(Settings s) {
        return new Topics(s.get(Settings.TOPIC_PREFIX));
    }

    @Command(name = "load", mixinStandardHelpOptions = true, description = "Publish the sources of a YAML file.")
    static final class Load implements Callable<Integer> {
        @ParentCommand
        SourcesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", description = "sources file, e.g. config/sources.yaml")
        Path file;

        @Option(names = "--prune", description = "delete sources that the file no longer lists")
        boolean prune;

        @Override
        public Integer call() throws Exception {
            List<SourceDefinition> sources;
            try {
                sources = SourcesFile.load(file);
            } catch (JsonProcessingException e) {
                YamlSyntax y = YamlSyntax.of(e);
                throw new UserError(file + ":" + y.line() + ": " + y.message(), e);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
            Settings s = parent.settings();
            KafkaClients.ensureTopics(s);
            int removed = new SourcesCatalog(s.kafkaProperties(), topics(s)).load(sources, prune);
            spec.commandLine()
                    .getOut()
                    .printf("loaded %d sources%s%n", sources.size(), prune ? ", removed " + removed : "");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List sources and their health.")
    static final class ListSources implements Callable<Integer> {
        @ParentCommand
        SourcesCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Settings s = parent.settings();
            List<SourcesCatalog.Status> all = new SourcesCatalog(s.kafkaProperties(), topics(s)).list();
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    "%-28s %-9s %-8s %-20s %-20s %6s %10s  %s%n",
                    "SOURCE", "KIND", "ENABLED", "LAST SUCCESS", "LAST ERROR AT", "ITEMS", "QUIET (s)", "LAST ERROR");
            Instant now = Instant.now();
            for (SourcesCatalog.Status st : all) {
                SourceHealth h = st.health();
                long quiet = h.secondsSinceNewest(now);
                out.printf(
                        "%-28s %-9s %-8s %-20s %-20s %6d %10s  %s%n",
                        st.source().id(),
                        st.source().kind().id(),
                        st.source().enabled(),
                        time(h.lastSuccessAt()),
                        time(h.lastErrorAt()),
                        h.itemsLastFetch(),
                        quiet < 0 ? "-" : String.valueOf(quiet),
                        h.lastError() == null ? "" : LogSafe.of(h.lastError()));
            }
            out.flush();
            return 0;
        }

        private static String time(Instant t) {
            return t == null
                    ? "-"
                    : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        }
    }
}
