package io.denialwatch.app;

import io.denialwatch.app.watchlist.WikidataWatchList;
import io.denialwatch.common.UserError;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code denialwatch watchlist import}: make or extend a watch list from other sources. */
@Command(
        name = "watchlist",
        mixinStandardHelpOptions = true,
        description = "Make or extend a watch list (docs/watchlist.md).",
        subcommands = {WatchListCommand.Import.class})
final class WatchListCommand {

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Import persons, organisations and offices with their holders from Wikidata's JSON, and merge "
                        + "them into a watch list (docs/watchlist.md, 'Importing from Wikidata').",
                "Reads entity documents as Wikidata serves them (Special:EntityData/Q….json, one or several) "
                        + "or a JSON dump (latest-all.json.gz or .bz2, read as a stream); no network.",
                "Entries the file already has (same wikidata:) keep what was edited by hand; comments are not "
                        + "kept, the previous file is left beside it as FILE.bak."
            })
    static final class Import implements Callable<Integer> {
        @Option(
                names = "--wikidata",
                required = true,
                paramLabel = "FILE",
                description = "Wikidata entity JSON: documents or a dump, plain, gzip or bzip2")
        Path wikidata;

        @Option(
                names = "--ids",
                split = ",",
                paramLabel = "Q…",
                description = "the items to import (Q7747,Q1065); the items they name are brought in from the same "
                        + "file for their names. Default: every item in the file")
        List<String> ids = List.of();

        @Option(
                names = "--languages",
                split = ",",
                paramLabel = "LANG",
                description = "languages of the names and aliases to import; the first with a label gives the name "
                        + "(default: ${DEFAULT-VALUE})")
        List<String> languages = List.of("en", "fr", "ar");

        @Option(
                names = "--out",
                paramLabel = "FILE",
                description = "the watch list to write or merge into (default: ${DEFAULT-VALUE})")
        Path out = Path.of("config/persons.yaml");

        @Override
        public Integer call() {
            Set<String> pick = new LinkedHashSet<>();
            for (String id : ids) {
                String q = id.strip().toUpperCase(java.util.Locale.ROOT);
                if (!q.matches("Q[1-9][0-9]*")) {
                    throw new UserError("--ids: '" + id + "' is not a Wikidata item id; write it as Q followed by "
                            + "digits (Q7747)");
                }
                pick.add(q);
            }
            WikidataWatchList.importInto(out, wikidata, pick, languages).lines().forEach(System.out::println);
            return 0;
        }
    }
}
