package io.denialwatch.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.denialwatch.common.LogSafe;
import io.denialwatch.common.UserError;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.sink.notify.AlertLine;
import io.denialwatch.stream.DenialTopology;
import io.denialwatch.stream.corpus.Corpus;
import io.denialwatch.stream.corpus.CorpusExport;
import io.denialwatch.stream.corpus.CorpusSplit;
import io.denialwatch.stream.replay.OfflineReplay;
import io.denialwatch.stream.replay.PairCheck;
import io.denialwatch.stream.replay.ReplayArchive;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code denialwatch replay}: the stream role's topology, offline, over an archive of posts —
 * for backtesting a window, a watch list or the ranking on months of data, without a broker.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Run the stream topology offline (no broker) over a JSONL archive of posts, in order of "
                    + "published_at, and write each post's analysis and the resulting alerts.",
            "Alerts out: the latest revision of each alert, in the order alerts were first raised.",
            "The last line printed is one JSON object: posts, denials, alerts, dead_letters "
                    + "(and with --pairs: pairs, top1_correct, top1_rate)."
        })
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--in", paramLabel = "FILE", description = "JSONL file of Posts (docs/schema.md)")
    Path in;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            description = "instead of --in: replay a part of the real-text "
                    + "corpus (eval/corpus) with its Latin-name watch list and its pairs (as --pairs)")
    Path corpusDir;

    @Option(
            names = "--split",
            paramLabel = "PART",
            defaultValue = "dev",
            description = "with --corpus: dev, test or all (default ${DEFAULT-VALUE})")
    String split;

    @Option(
            names = "--persons",
            paramLabel = "FILE",
            description = "watch list (default: persons.file, " + "config/persons.yaml)")
    Path persons;

    @Option(
            names = "--analysis-out",
            paramLabel = "FILE",
            description = "write one analysis per post to this JSONL file")
    Path analysisOut;

    @Option(names = "--alerts-out", paramLabel = "FILE", description = "write the alerts to this JSONL file")
    Path alertsOut;

    @Option(
            names = "--lookback",
            paramLabel = "DURATION",
            description = "how far before a denial stories count (default: stream.lookback, 14d)")
    String lookback;

    @Option(
            names = "--grace",
            paramLabel = "DURATION",
            description = "how long after a denial a late story revises its alert (default: stream.grace, 48h)")
    String grace;

    @Option(
            names = "--pairs",
            paramLabel = "FILE",
            description = "labelled denial → story pairs (JSONL: denial_id, story_id, optional person_id); "
                    + "reports how often the labelled story is ranked first in the denial's one alert")
    Path pairs;

    @Option(
            names = "--print",
            description = "print each alert (its latest revision) as the terminal of the demo "
                    + "and the sink shows it, before the summary")
    boolean print;

    @Option(
            names = "--show-misses",
            description = "with --pairs, list the pairs whose story was not ranked first, each with why: "
                    + "denial not detected, the denial's or the story's subject not found, story out of "
                    + "look-back, no alert for the denial, story not among those ranked, ranked below a distractor")
    boolean showMisses;

    @Override
    public Integer call() throws Exception {
        if ((in == null) == (corpusDir == null)) {
            throw new UserError("replay: give either --in FILE or --corpus DIR (see replay --help)");
        }
        List<PairCheck.Pair> labelled = null;
        List<PairCheck.Pair> organisationPairs = List.of();
        if (corpusDir != null) {
            CorpusExport export = exportCorpus();
            labelled = export.pairs();
            organisationPairs = export.organisationPairs();
        } else if (!Files.isRegularFile(in)) {
            throw new UserError(
                    in + ": no such posts file; give a JSONL file of posts with --in FILE (docs/schema.md)");
        }
        Map<String, String> o = new HashMap<>();
        if (persons != null) {
            o.put(Settings.PERSONS_FILE.key(), persons.toString());
        }
        if (lookback != null) {
            o.put(
                    Settings.STREAM_LOOKBACK.key(),
                    Settings.parseDuration("--lookback", lookback).toString());
        }
        if (grace != null) {
            o.put(
                    Settings.STREAM_GRACE.key(),
                    Settings.parseDuration("--grace", grace).toString());
        }
        Settings s = config.load(o);
        if (pairs != null) {
            labelled = PairCheck.read(pairs);
        }
        DenialTopology.Parts parts = Components.topologyParts(s, new SimpleMeterRegistry());

        Instant started = Instant.now();
        List<ReplayArchive.Line> lines = ReplayArchive.read(in, parts.settings().futureSkew());
        Map<String, Alert> latest = new LinkedHashMap<>();
        // what --show-misses needs to say why a pair missed: the analyses of the pairs' posts
        Map<String, Analysis> pairAnalyses = new HashMap<>();
        Set<String> pairPosts = new HashSet<>();
        if (labelled != null && showMisses) {
            Stream.concat(labelled.stream(), organisationPairs.stream()).forEach(p -> {
                pairPosts.add(p.denialId());
                pairPosts.add(p.storyId());
            });
        }
        AtomicLong denials = new AtomicLong();
        AtomicLong deadLetters = new AtomicLong();
        try (Writer analysis = open(analysisOut)) {
            OfflineReplay.Outputs outputs = new OfflineReplay.Outputs(
                    a -> {
                        if (a.isDenial()) {
                            denials.incrementAndGet();
                        }
                        if (pairPosts.contains(a.postId())) {
                            pairAnalyses.put(a.postId(), a);
                        }
                        writeLine(analysis, a);
                    },
                    a -> latest.merge(a.alertId(), a, (x, y) -> y.revision() >= x.revision() ? y : x),
                    d -> {
                        deadLetters.incrementAndGet();
                        System.err.println("dead letter " + LogSafe.of(d.source())
                                + (d.field() == null ? "" : ", field " + LogSafe.of(d.field())) + ": "
                                + LogSafe.of(d.reason()));
                    });
            Path dataDir = s.get(Settings.DATA_DIR);
            boolean madeDataDir = !Files.exists(dataDir);
            try (OfflineReplay replay = new OfflineReplay(parts, outputs, dataDir)) {
                for (ReplayArchive.Line line : lines) {
                    replay.pipe(line.key(), line.value(), line.at(), line.origin());
                }
                replay.finish(parts.settings().reportHold());
            } finally {
                if (madeDataDir) {
                    try {
                        Files.deleteIfExists(dataDir);
                    } catch (DirectoryNotEmptyException e) {
                        // something else wrote there meanwhile: leave it
                    }
                }
            }
        }
        // a report folded into the first-hand denial it reports is no alert of its own
        latest.values().removeIf(a -> !a.standsAlone());
        if (print) {
            latest.values().forEach(a -> System.out.println(AlertLine.of(a)));
        }
        if (alertsOut != null) {
            try (Writer w = open(alertsOut)) {
                latest.values().forEach(a -> writeLine(w, a));
            }
        }
        Duration took = Duration.between(started, Instant.now());
        long revised = latest.values().stream().filter(a -> a.revision() > 1).count();
        System.out.printf(
                "replayed %d posts from %s in %.1f s (lookback %s, grace %s): %d denials, %d alerts "
                        + "(%d revised by a late story), %d dead letters%n",
                lines.size(),
                in,
                took.toMillis() / 1000.0,
                parts.settings().lookback(),
                parts.settings().grace(),
                denials.get(),
                latest.size(),
                revised,
                deadLetters.get());

        ObjectNode summary = Json.MAPPER.createObjectNode();
        summary.put("posts", lines.size());
        summary.put("denials", denials.get());
        summary.put("alerts", latest.size());
        summary.put("dead_letters", deadLetters.get());
        if (labelled != null) {
            PairCheck.Result r = PairCheck.score(labelled, latest.values());
            PairCheck.Result orgs = PairCheck.score(organisationPairs, latest.values());
            if (showMisses) {
                Map<String, Instant> at = new HashMap<>();
                lines.forEach(l -> at.put(l.key(), l.at()));
                Stream.concat(r.outcomes().stream(), orgs.outcomes().stream())
                        .filter(x -> !x.correct())
                        .forEach(x -> System.out.println("miss: " + x.pair().denialId() + " expected "
                                + x.pair().storyId() + ", ranked first: " + x.rankedFirst() + ", why: "
                                + why(
                                        x.pair(),
                                        pairAnalyses,
                                        latest,
                                        at,
                                        parts.settings().lookback())));
            }
            System.out.printf("top-1: %d of %d labelled denials (%.1f%%)%n", r.correct(), r.pairs(), 100 * r.rate());
            summary.put("pairs", r.pairs());
            summary.put("top1_correct", r.correct());
            summary.put("top1_rate", Math.round(r.rate() * 10000) / 10000.0);
            if (orgs.pairs() > 0) {
                System.out.printf(
                        "top-1, pairs about an organisation: %d of %d (%.1f%%)%n",
                        orgs.correct(), orgs.pairs(), 100 * orgs.rate());
                summary.put("organisation_pairs", orgs.pairs());
                summary.put("organisation_top1_correct", orgs.correct());
                summary.put("organisation_top1_rate", Math.round(orgs.rate() * 10000) / 10000.0);
            }
        }
        System.out.println(Json.write(summary));
        return 0;
    }

    private static String why(
            PairCheck.Pair pair,
            Map<String, Analysis> analyses,
            Map<String, Alert> latest,
            Map<String, Instant> at,
            Duration lookback) {
        Instant denial = at.get(pair.denialId());
        Instant story = at.get(pair.storyId());
        return PairCheck.why(
                pair,
                analyses.get(pair.denialId()),
                analyses.get(pair.storyId()),
                PairCheck.alertOf(pair, latest.values()),
                denial == null || story == null ? null : Duration.between(story, denial),
                lookback);
    }

    /** Writes the chosen part of the corpus where --in and --persons then point. */
    private CorpusExport exportCorpus() throws IOException {
        Corpus corpus = CorpusCommand.open(corpusDir);
        Map<String, CorpusSplit.Part> parts = CorpusParts.select(corpus, split);
        CorpusExport export = CorpusExport.of(corpus, parts, CorpusParts.wanted(split));
        Path tmp = Files.createTempDirectory("denialwatch-corpus");
        tmp.toFile().deleteOnExit();
        in = tmp.resolve("posts.jsonl");
        try (Writer w = open(in)) {
            export.posts().forEach(p -> writeLine(w, p.post()));
        }
        in.toFile().deleteOnExit();
        if (persons == null) {
            persons = tmp.resolve("watchlist.yaml");
            Files.writeString(persons, export.entitiesYaml(), StandardCharsets.UTF_8);
            persons.toFile().deleteOnExit();
        }
        if (export.pairsAboutNoLabelledEntity() > 0) {
            System.out.println(
                    export.pairsAboutNoLabelledEntity() + " pairs left out: their subject is labelled on no item");
        }
        if (export.pairsAcrossParts() > 0) {
            System.out.println(export.pairsAcrossParts()
                    + " pairs left out: their denial and their stories are in different parts");
        }
        return export;
    }

    private static Writer open(Path file) throws IOException {
        if (file == null) {
            return Writer.nullWriter();
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void writeLine(Writer w, Object value) {
        try {
            w.write(Json.write(value));
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
