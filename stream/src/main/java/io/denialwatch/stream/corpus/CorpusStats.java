package io.denialwatch.stream.corpus;

import io.denialwatch.stream.corpus.CorpusSplit.Part;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What the corpus holds, per language and per part: the counts eval/corpus/README.md asks for. */
public final class CorpusStats {

    private CorpusStats() {}

    public static String describe(Corpus corpus, Map<String, Part> parts) {
        Map<String, int[]> perLang = new TreeMap<>();
        Map<String, Integer> families = new TreeMap<>();
        Map<String, Integer> negatives = new TreeMap<>();
        Map<Part, Integer> perPart = new TreeMap<>();
        for (CorpusItem i : corpus.items().values()) {
            int[] c = perLang.computeIfAbsent(i.lang(), k -> new int[4]);
            c[0]++;
            if (i.isDenial()) {
                c[1]++;
                families.merge(i.family(), 1, Integer::sum);
            } else {
                c[i.isHardNegative() ? 2 : 3]++;
                negatives.merge(i.negativeKind(), 1, Integer::sum);
            }
            perPart.merge(parts.get(i.id()), 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT, "%-5s %6s %8s %15s %8s%n", "lang", "items", "denials", "hard negatives", "stories"));
        int[] all = new int[4];
        perLang.forEach((lang, c) -> {
            out.append(row(lang, c));
            for (int k = 0; k < 4; k++) {
                all[k] += c[k];
            }
        });
        out.append(row("all", all));
        out.append("denial families: ").append(families).append('\n');
        out.append("negative kinds: ").append(negatives).append('\n');
        long pairsPerDenialPart = corpus.pairs().stream()
                .filter(p -> parts.get(p.denial()) == Part.TEST)
                .count();
        out.append(String.format(
                Locale.ROOT, "pairs: %d (%d in test)%n", corpus.pairs().size(), pairsPerDenialPart));
        out.append("parts: ").append(perPart).append('\n');
        return out.toString();
    }

    private static String row(String lang, int[] c) {
        return String.format(
                Locale.ROOT,
                "%-5s %6d %8d %8d (%3.0f%%) %8d%n",
                lang,
                c[0],
                c[1],
                c[2],
                c[0] == 0 ? 0 : 100.0 * c[2] / c[0],
                c[3]);
    }
}
