package io.denialwatch.stream.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dev/test split, by source and by date (eval/corpus/README.md). An item is for test when its
 * outlet's host hashes into the test quarter or it was published after the cut-off; the items of
 * a pair follow its denial, so a story is never tuned on while its denial is tested. Once frozen
 * ({@code test-ids.txt}), test is exactly the frozen list: items added later that the rule would
 * send to test are held out of both until the next freeze, so the test set never shifts under a
 * figure of record. Items once in dev are listed in {@code dev-ids.txt} and stay in dev, with every
 * item later paired with them: what was tuned on never moves into test.
 */
public final class CorpusSplit {

    public enum Part {
        DEV,
        TEST,
        HELD
    }

    /**
     * What {@code test-ids.txt} and {@code dev-ids.txt} hold.
     *
     * @param tunedIds the items that were in dev at the last freeze: tuned on, so dev for good
     */
    public record Freeze(LocalDate frozenOn, LocalDate cutoff, Set<String> testIds, Set<String> tunedIds) {}

    public static final String FILE = "test-ids.txt";
    public static final String DEV_FILE = "dev-ids.txt";
    private static final int BUCKETS = 4;
    /** The newest tenth of the corpus, by date, goes to test as well. */
    private static final double DATE_SHARE = 0.10;

    private static final Pattern HOST = Pattern.compile("^https?://(?:www\\.|amp\\.|m\\.)?([^/:?#]+)");
    private static final Pattern HEADER = Pattern.compile("^# (frozen|cutoff): (\\d{4}-\\d{2}-\\d{2})$");

    private CorpusSplit() {}

    /** The frozen split of {@code corpusDir}, or null when it has not been frozen yet. */
    public static Freeze read(Path corpusDir) {
        Path file = corpusDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        LocalDate frozen = null;
        LocalDate cutoff = null;
        Set<String> ids = new TreeSet<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher m = HEADER.matcher(line.strip());
                if (m.matches()) {
                    LocalDate d = LocalDate.parse(m.group(2));
                    if (m.group(1).equals("frozen")) {
                        frozen = d;
                    } else {
                        cutoff = d;
                    }
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    ids.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (frozen == null || cutoff == null) {
            throw new IllegalArgumentException(
                    file + ": needs '# frozen: YYYY-MM-DD' and '# cutoff: YYYY-MM-DD' lines");
        }
        return new Freeze(frozen, cutoff, ids, readIds(corpusDir.resolve(DEV_FILE)));
    }

    private static Set<String> readIds(Path file) {
        Set<String> ids = new TreeSet<>();
        if (!Files.isRegularFile(file)) {
            return ids;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    ids.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return ids;
    }

    /**
     * Lists every item now in dev in {@code dev-ids.txt}, so it stays in dev however the corpus
     * grows: called whenever the test split is frozen or grows, the moment from which dev is
     * tuned on.
     */
    public static Set<String> pinDev(Path corpusDir, Corpus corpus) {
        Set<String> dev = new TreeSet<>();
        assign(corpus, read(corpusDir)).forEach((id, part) -> {
            if (part == Part.DEV) {
                dev.add(id);
            }
        });
        StringBuilder out = new StringBuilder();
        out.append("# The items tuned on (eval/corpus/README.md, \"Splits\"): they stay in dev, with every\n");
        out.append("# item paired with them later, so nothing tuned on ever moves into test.\n");
        dev.forEach(id -> out.append(id).append('\n'));
        try {
            Files.writeString(corpusDir.resolve(DEV_FILE), out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + corpusDir.resolve(DEV_FILE), e);
        }
        return dev;
    }

    /** The split the rule gives today, with a cut-off that leaves the newest tenth of the items after it. */
    public static Freeze propose(Corpus corpus, LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        corpus.items().values().forEach(i -> dates.add(date(i)));
        dates.sort(null);
        LocalDate cutoff =
                dates.isEmpty() ? today : dates.get(Math.max(0, (int) Math.floor(dates.size() * (1 - DATE_SHARE)) - 1));
        Set<String> test = new TreeSet<>();
        byRule(corpus, cutoff, Set.of()).forEach((id, isTest) -> {
            if (isTest) {
                test.add(id);
            }
        });
        return new Freeze(today, cutoff, test, Set.of());
    }

    public static void write(Path corpusDir, Freeze freeze) {
        StringBuilder out = new StringBuilder();
        out.append("# The frozen test split of the real-text corpus (eval/corpus/README.md, \"Splits\").\n");
        out.append("# Never tune on these items; they are read only for the figures of record.\n");
        out.append("# frozen: ").append(freeze.frozenOn()).append('\n');
        out.append("# cutoff: ").append(freeze.cutoff()).append('\n');
        freeze.testIds().forEach(id -> out.append(id).append('\n'));
        try {
            Files.writeString(corpusDir.resolve(FILE), out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + corpusDir.resolve(FILE), e);
        }
    }

    /**
     * Adds items gathered after the freeze that the rule sends to test (the held ones) to the frozen
     * list, under a dated line, so the test split grows by the same rule without ever taking an item
     * that was tuned on: held items are in neither part until then. Returns the ids added.
     */
    public static Set<String> addHeld(Path corpusDir, Corpus corpus, LocalDate today) {
        Freeze freeze = read(corpusDir);
        if (freeze == null) {
            throw new IllegalStateException(corpusDir.resolve(FILE) + " does not exist yet");
        }
        Set<String> held = new TreeSet<>();
        assign(corpus, freeze).forEach((id, part) -> {
            if (part == Part.HELD) {
                held.add(id);
            }
        });
        if (held.isEmpty()) {
            return held;
        }
        StringBuilder out = new StringBuilder();
        out.append("# added ")
                .append(today)
                .append(": ")
                .append(held.size())
                .append(" items gathered after the freeze, sent to test by the same rule\n");
        held.forEach(id -> out.append(id).append('\n'));
        try {
            Files.writeString(corpusDir.resolve(FILE), out, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + corpusDir.resolve(FILE), e);
        }
        pinDev(corpusDir, corpus);
        return held;
    }

    /** Every item's part; without a freeze, the rule's split as proposed today. */
    public static Map<String, Part> assign(Corpus corpus, Freeze freeze) {
        Freeze f = freeze != null ? freeze : propose(corpus, LocalDate.now(ZoneOffset.UTC));
        Map<String, Part> parts = new LinkedHashMap<>();
        byRule(corpus, f.cutoff(), f.tunedIds()).forEach((id, isTest) -> {
            Part p;
            if (f.testIds().contains(id)) {
                p = Part.TEST;
            } else {
                p = isTest && !f.tunedIds().contains(id) ? Part.HELD : Part.DEV;
            }
            parts.put(id, p);
        });
        return parts;
    }

    /**
     * Whether the rule sends each item to test, pairs following their denial; a group holding an
     * item of {@code tuned} stays in dev.
     */
    static Map<String, Boolean> byRule(Corpus corpus, LocalDate cutoff, Set<String> tuned) {
        Map<String, Boolean> own = new LinkedHashMap<>();
        corpus.items().values().forEach(i -> own.put(i.id(), testByRule(i, cutoff)));
        // items linked through pairs form groups; a group is for test when one of its denials is
        Map<String, String> root = new HashMap<>();
        for (CorpusPair p : corpus.pairs()) {
            for (String id : Corpus.concat(List.of(p.story()), p.distractors())) {
                union(root, p.denial(), id);
            }
        }
        Set<String> testGroups = new HashSet<>();
        for (CorpusPair p : corpus.pairs()) {
            if (Boolean.TRUE.equals(own.get(p.denial()))) {
                testGroups.add(find(root, p.denial()));
            }
        }
        for (String id : tuned) {
            if (root.containsKey(id)) {
                testGroups.remove(find(root, id));
            }
        }
        Map<String, Boolean> out = new LinkedHashMap<>();
        own.forEach((id, isTest) -> out.put(id, root.containsKey(id) ? testGroups.contains(find(root, id)) : isTest));
        return out;
    }

    static boolean testByRule(CorpusItem item, LocalDate cutoff) {
        return hostBucket(item.url()) == 0 || date(item).isAfter(cutoff);
    }

    static int hostBucket(String url) {
        String host = host(url);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(host.getBytes(StandardCharsets.UTF_8));
            return Byte.toUnsignedInt(h[0]) % BUCKETS;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The web host of an item's url, without www., amp. or m.: the outlet, as the split sees it. */
    public static String host(String url) {
        Matcher m = HOST.matcher(url);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : url;
    }

    private static LocalDate date(CorpusItem item) {
        return Corpus.publishedAt(item).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String find(Map<String, String> root, String id) {
        String r = root.getOrDefault(id, id);
        if (r.equals(id)) {
            return id;
        }
        String top = find(root, r);
        root.put(id, top);
        return top;
    }

    private static void union(Map<String, String> root, String a, String b) {
        root.putIfAbsent(a, a);
        root.putIfAbsent(b, b);
        String ra = find(root, a);
        String rb = find(root, b);
        if (!ra.equals(rb)) {
            root.put(rb, ra);
        }
    }
}
