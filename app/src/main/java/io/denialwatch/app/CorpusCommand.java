package io.denialwatch.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.denialwatch.common.UserError;
import io.denialwatch.common.json.Json;
import io.denialwatch.stream.analysis.eval.LabelledPost;
import io.denialwatch.stream.corpus.Agreement;
import io.denialwatch.stream.corpus.Corpus;
import io.denialwatch.stream.corpus.CorpusExport;
import io.denialwatch.stream.corpus.CorpusSplit;
import io.denialwatch.stream.corpus.CorpusStats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code denialwatch corpus check|freeze DIR}: keeps the real-text corpus (eval/corpus/README.md)
 * honest — every line valid, the counts and the agreement of the second labelling in view, and
 * the test split frozen once.
 */
@Command(
        name = "corpus",
        mixinStandardHelpOptions = true,
        description = "Check the labelled real-text corpus or freeze its test split (eval/corpus/README.md).",
        subcommands = {CorpusCommand.Check.class, CorpusCommand.Freeze.class, CorpusCommand.Export.class})
final class CorpusCommand {

    static Corpus open(Path dir) {
        if (!Files.isDirectory(dir.resolve("items"))) {
            throw new UserError(dir + ": not a corpus directory (no items/ folder in it); give the corpus directory, "
                    + "e.g. eval/corpus");
        }
        return Corpus.load(dir);
    }

    /** What every corpus subcommand shares: the corpus directory, opened before the work. */
    abstract static class OnCorpus implements Callable<Integer> {
        @Parameters(
                paramLabel = "DIR",
                defaultValue = "eval/corpus",
                description = "corpus directory (default ${DEFAULT-VALUE})")
        Path dir;

        @Override
        public Integer call() throws IOException {
            return run(open(dir));
        }

        abstract int run(Corpus corpus) throws IOException;
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = {
                "Validate every item and pair (file:line for each problem), print the counts per "
                        + "language, family and negative kind, the split and the second labelling's agreement.",
                "Exit 1 when any line is invalid."
            })
    static final class Check extends OnCorpus {
        @Override
        int run(Corpus corpus) {
            corpus.problems().forEach(p -> System.out.println("problem: " + p));
            CorpusSplit.Freeze freeze = CorpusSplit.read(dir);
            System.out.print(CorpusStats.describe(corpus, CorpusSplit.assign(corpus, freeze)));
            System.out.println(
                    freeze == null
                            ? "test split: not frozen (denialwatch corpus freeze)"
                            : "test split: frozen on " + freeze.frozenOn() + ", cut-off " + freeze.cutoff() + ", "
                                    + freeze.testIds().size() + " items");
            Agreement a = Agreement.of(corpus.items(), corpus.secondLabels());
            System.out.printf(
                    Locale.ROOT,
                    "second labelling: %d items (%.1f%% of the corpus), Cohen's kappa on "
                            + "is_denial %.3f, raw agreement %.3f, persons alike %.3f%n",
                    a.items(),
                    corpus.items().isEmpty()
                            ? 0.0
                            : 100.0 * a.items() / corpus.items().size(),
                    a.kappa(),
                    a.observed(),
                    a.personsAlike());
            System.out.println(corpus.problems().size() + " problems");
            return corpus.problems().isEmpty() ? 0 : 1;
        }
    }

    @Command(
            name = "freeze",
            mixinStandardHelpOptions = true,
            description = "Write the test split (test-ids.txt) by the rule: outlet host in the test quarter, "
                    + "or dated after the newest tenth's cut-off; pairs follow their denial. Refuses to overwrite.")
    static final class Freeze extends OnCorpus {
        @Option(
                names = "--add",
                description = "Add the items gathered since the freeze that the rule sends to test (shown as held) "
                        + "to the frozen list, under a dated line; nothing else changes.")
        boolean add;

        @Override
        int run(Corpus corpus) {
            if (!corpus.problems().isEmpty()) {
                throw new UserError("corpus freeze: " + corpus.problems().size() + " problems in " + dir
                        + "; run `denialwatch corpus check " + dir + "` and fix them first");
            }
            if (add) {
                if (CorpusSplit.read(dir) == null) {
                    throw new UserError("corpus freeze --add: " + dir.resolve(CorpusSplit.FILE)
                            + " does not exist; freeze the test split first (denialwatch corpus freeze " + dir + ")");
                }
                var added = CorpusSplit.addHeld(dir, corpus, LocalDate.now(ZoneOffset.UTC));
                System.out.println(
                        "added " + added.size() + " held items to the test split in " + dir.resolve(CorpusSplit.FILE));
                return 0;
            }
            if (CorpusSplit.read(dir) != null) {
                throw new UserError("corpus freeze: " + dir.resolve(CorpusSplit.FILE) + " exists; the test split "
                        + "is frozen once (delete the file only to start a new measure of record)");
            }
            CorpusSplit.Freeze f = CorpusSplit.propose(corpus, LocalDate.now(ZoneOffset.UTC));
            CorpusSplit.write(dir, f);
            CorpusSplit.pinDev(dir, corpus);
            System.out.println(
                    "froze " + f.testIds().size() + " of " + corpus.items().size() + " items as test " + "(cut-off "
                            + f.cutoff() + ") in " + dir.resolve(CorpusSplit.FILE));
            return 0;
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Write a part of the corpus as plain files any build can score: labelled.jsonl (for "
                        + "eval --in), posts.jsonl and pairs.jsonl (for replay --in --pairs; pairs about an organisation "
                        + "in pairs-organisations.jsonl, to replay with watchlist-entities.yaml) and watchlist.yaml (the "
                        + "Latin-name watch list) — so an older build is measured on the same items as a baseline."
            })
    static final class Export extends OnCorpus {
        @Option(
                names = "--split",
                paramLabel = "PART",
                defaultValue = "test",
                description = "dev, test or all (default ${DEFAULT-VALUE})")
        String split;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "where to write the files")
        Path out;

        @Override
        int run(Corpus corpus) throws IOException {
            Map<String, CorpusSplit.Part> parts = CorpusParts.select(corpus, split);
            CorpusExport export = CorpusExport.of(corpus, parts, CorpusParts.wanted(split));
            Files.createDirectories(out);
            // the Post's own fields, then the labels, as eval --in reads them
            List<String> labelled = new ArrayList<>();
            List<String> posts = new ArrayList<>();
            for (LabelledPost p : export.posts()) {
                ObjectNode line = Json.MAPPER.valueToTree(p.post());
                posts.add(line.toString());
                line.put("is_denial", p.isDenial());
                line.set("canonical_persons", Json.MAPPER.valueToTree(p.canonicalPersons()));
                labelled.add(line.toString());
            }
            List<String> pairs = export.pairs().stream().map(Json::write).toList();
            List<String> organisationPairs =
                    export.organisationPairs().stream().map(Json::write).toList();
            Files.write(out.resolve("labelled.jsonl"), labelled, StandardCharsets.UTF_8);
            Files.write(out.resolve("posts.jsonl"), posts, StandardCharsets.UTF_8);
            Files.write(out.resolve("pairs.jsonl"), pairs, StandardCharsets.UTF_8);
            Files.write(out.resolve("pairs-organisations.jsonl"), organisationPairs, StandardCharsets.UTF_8);
            Files.writeString(out.resolve("watchlist.yaml"), export.watchlistYaml(), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("watchlist-entities.yaml"), export.entitiesYaml(), StandardCharsets.UTF_8);
            System.out.println("wrote " + labelled.size() + " items and " + pairs.size() + " pairs of the " + split
                    + " split to " + out);
            return 0;
        }
    }
}
