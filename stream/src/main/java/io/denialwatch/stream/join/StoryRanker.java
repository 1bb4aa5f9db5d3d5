package io.denialwatch.stream.join;

import io.denialwatch.common.model.RankedStory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores how likely a story is the one a denial answers, and says why. The person is already
 * shared (the index is per person); on top of that: the outlet the denial names, the claim's
 * terms, numbers and concepts, quoted phrases, closeness in time, and originals over reposts.
 * See docs/join.md.
 */
public final class StoryRanker {
    static final double BASE = 0.2;
    static final double OUTLET = 0.35;
    static final double TERMS = 0.3;
    private static final double TERMS_SCALE = 1.5;
    static final double NUMBERS = 0.1;
    static final double QUOTE = 0.15;
    static final double RECENCY = 0.1;
    static final double REPOST_PENALTY = 0.1;
    private static final double RECENCY_SCALE_HOURS = 72;

    /** What the ranker needs to know about the denial. */
    public record DenialView(Set<String> terms, Set<String> outletIds, List<String> quotes, Instant at) {
    }

    public List<RankedStory> rank(DenialView denial, List<StoryRecord> stories, int topK) {
        List<Wanted> wanted = wanted(denial);
        List<Map<String, String>> shared = new ArrayList<>(stories.size());
        Map<String, Integer> df = new HashMap<>();
        for (StoryRecord s : stories) {
            Map<String, String> m = sharedTerms(wanted, s);
            shared.add(m);
            m.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        // score every candidate, but write the reasons out only for the few that are shown
        List<Integer> order = new ArrayList<>(stories.size());
        double[] scores = new double[stories.size()];
        for (int i = 0; i < stories.size(); i++) {
            scores[i] = round(evaluate(denial, stories.get(i), shared.get(i), df, stories.size(), null));
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -scores[i])
                .thenComparing(i -> stories.get(i).publishedAt(), Comparator.reverseOrder())
                .thenComparing(i -> stories.get(i).postId()));
        List<RankedStory> ranked = new ArrayList<>(Math.min(topK, stories.size()));
        for (int i : order.subList(0, Math.min(topK, order.size()))) {
            ranked.add(score(denial, stories.get(i), shared.get(i), df, stories.size()));
        }
        return ranked;
    }

    /**
     * One of the denial's terms as a story may share it: a plain term (word, number, concept) is
     * looked up as it is; a name by its skeleton in the other script ({@code name} true, {@code key}
     * the other script's tagged skeleton, {@code word} the denial's spelling).
     */
    private record Wanted(String key, boolean name, String word) {
    }

    /** The denial's terms taken apart once per ranking, not once per candidate story. */
    private static List<Wanted> wanted(DenialView d) {
        List<Wanted> out = new ArrayList<>(d.terms().size());
        for (String t : d.terms()) {
            String[] name = Terms.nameParts(t);
            if (name != null) {
                // only across scripts: within one script the word itself is already a shared term
                String other = (name[0].equals(Terms.ARABIC_NAME) ? Terms.LATIN_NAME : Terms.ARABIC_NAME) + name[1];
                out.add(new Wanted(other, true, name[2]));
            } else {
                out.add(new Wanted(t, false, t.startsWith("n:") || t.startsWith("c:") ? t.substring(2) : t));
            }
        }
        return out;
    }

    /**
     * The denial's terms this story shares, each with how to show it: words and concepts as they
     * are, numbers, and names matched across scripts by their skeleton ({@code واشنطن ≈ washington}).
     */
    private static Map<String, String> sharedTerms(List<Wanted> wanted, StoryRecord s) {
        Map<String, String> shared = new TreeMap<>();
        for (Wanted w : wanted) {
            if (w.name()) {
                String surface = s.names().get(w.key());
                if (surface != null) {
                    // keyed by the denial's word, so a name shared in one script by some stories and
                    // across scripts by others is one term, as common as it really is
                    shared.putIfAbsent(w.word(), w.word() + " ≈ " + surface);
                }
            } else if (s.terms().contains(w.key())) {
                shared.put(w.key(), w.word());
            }
        }
        return shared;
    }

    /**
     * How much a shared term tells this story apart from the person's other stories: 1 when no
     * other candidate shares it, near 0 when all do (the person's own name, a word of every story).
     */
    static double weight(int df, int n) {
        return n <= 1 ? 1.0 : Math.log((n + 1.0) / df) / Math.log(n + 1.0);
    }

    RankedStory score(DenialView d, StoryRecord s, Map<String, String> shared, Map<String, Integer> df, int n) {
        List<String> reasons = new ArrayList<>();
        double clamped = evaluate(d, s, shared, df, n, reasons);
        return new RankedStory(s.postId(), s.url(), s.outlet(), s.publishedAt(), round(clamped),
                reasons, s.lang(), s.title(), s.text());
    }

    /** The score in [0, 1]; with a list for {@code reasons}, also why (skipped when ranking many). */
    private double evaluate(DenialView d, StoryRecord s, Map<String, String> shared, Map<String, Integer> df, int n,
            List<String> reasons) {
        boolean explain = reasons != null;
        double score = BASE;
        if (explain) {
            reasons.add("same person" + (s.personHow() == null ? "" : " (" + s.personHow() + ")"));
        }

        Set<String> sharedOutlets = new TreeSet<>(d.outletIds());
        sharedOutlets.retainAll(s.outletIds());
        if (!sharedOutlets.isEmpty()) {
            score += OUTLET;
            if (explain) {
                reasons.add("the denial names the outlet of this story: " + (s.outlet() != null ? s.outlet() : String.join(", ", sharedOutlets)));
            }
        } else if (s.outlet() != null) {
            if (explain) {
                reasons.add("report by " + s.outlet());
            }
        }

        Set<String> sharedNumbers = new TreeSet<>();
        Set<String> sharedWords = new TreeSet<>();
        double numberWeight = 0;
        double termWeight = 0;
        for (Map.Entry<String, String> e : shared.entrySet()) {
            double w = weight(df.get(e.getKey()), n);
            if (e.getKey().startsWith("n:")) {
                sharedNumbers.add(e.getValue());
                numberWeight = Math.max(numberWeight, w);
            } else {
                sharedWords.add(e.getValue());
                termWeight += w;
            }
        }
        if (!sharedNumbers.isEmpty()) {
            score += NUMBERS * numberWeight;
            if (explain) {
                reasons.add("shared numbers: " + String.join(", ", sharedNumbers));
            }
        }
        if (!sharedWords.isEmpty()) {
            // saturating: the first distinctive shared terms say the most
            score += TERMS * (1 - Math.exp(-termWeight / TERMS_SCALE));
            if (explain) {
                reasons.add("shared terms: " + String.join(", ", limit(sharedWords, 8)));
            }
        }

        for (String q : d.quotes()) {
            if (s.text() != null && Terms.fold(s.text()).contains(q)) {
                score += QUOTE;
                if (explain) {
                    reasons.add("quotes the same words: \"" + q + "\"");
                }
                break;
            }
        }

        Duration gap = Duration.between(s.publishedAt(), d.at());
        score += RECENCY * Math.exp(-gap.toMinutes() / 60.0 / RECENCY_SCALE_HOURS);
        if (explain) {
            reasons.add("published " + human(gap) + " before the denial");
        }

        if (s.repost()) {
            score -= REPOST_PENALTY;
            if (explain) {
                reasons.add("a repost, not the original report");
            }
        }
        return Math.max(0, Math.min(1, score));
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private static List<String> limit(Set<String> words, int n) {
        return words.stream().limit(n).toList();
    }

    static String human(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 120) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        return hours < 48 ? hours + " h" : (hours / 24) + " days";
    }
}
