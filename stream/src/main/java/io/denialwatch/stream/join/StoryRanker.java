package io.denialwatch.stream.join;

import io.denialwatch.common.model.RankedStory;
import io.denialwatch.common.text.TextFold;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores how likely a story is the one a denial answers, and says why. The person is already
 * shared (the index is per person); on top of that: the outlet the denial names, the claim's
 * terms, numbers and concepts, quoted phrases, closeness in time (for a story known to come
 * before the denial), and originals over reposts.
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
    static final double RECENCY_WEEKS = 0.03;
    private static final double RECENCY_WEEKS_SCALE_HOURS = 30 * 24;

    /**
     * What the ranker needs to know about the denial.
     *
     * @param text the denial's text (title and text), whose words the desk is shown for the terms
     *             a story shares with it; null when not known
     */
    public record DenialView(Set<String> terms, Set<String> outletIds, List<String> quotes, Instant at, String text) {

        public DenialView(Set<String> terms, Set<String> outletIds, List<String> quotes, Instant at) {
            this(terms, outletIds, quotes, at, null);
        }
    }

    private final Terms terms;

    /** A ranker that shows shared terms in the words of the bundled term lists ({@link Terms#bundled}). */
    public StoryRanker() {
        this(Terms.shared());
    }

    /** A ranker that finds the words behind shared terms with {@code terms}, those the terms were made by. */
    public StoryRanker(Terms terms) {
        this.terms = terms;
    }

    /**
     * Ranks stories as the index files them. Every candidate is scored from its
     * {@link StoryFeatures} alone (term hashes, outlets, time), which costs a few look-ups a term
     * and allocates nothing per story; only the top {@code topK} are decoded, to write out their
     * reasons and what the desk shows. A denial is ranked against up to the cap of a person's
     * stories (500 by default), so this loop is the join's hottest.
     */
    public List<RankedStory> rank(DenialView denial, List<EncodedStory> stories, int topK) {
        Query q = new Query(denial);
        int n = stories.size();
        StoryFeatures[] features = new StoryFeatures[n];
        // the keys each story shares, ascending: story i's are keys[from[i]] .. keys[from[i + 1] - 1]
        int[] from = new int[n + 1];
        int[] keys = new int[Math.max(16, 4 * n)];
        int[] df = new int[q.keys.length];
        long[] marks = new long[(q.keys.length + 63) >>> 6];
        int m = 0;
        for (int i = 0; i < n; i++) {
            StoryFeatures f = stories.get(i).features();
            features[i] = f;
            q.markShared(f, marks);
            for (int word = 0; word < marks.length; word++) {
                for (long bits = marks[word]; bits != 0; bits &= bits - 1) {
                    int k = (word << 6) + Long.numberOfTrailingZeros(bits);
                    if (m == keys.length) {
                        keys = Arrays.copyOf(keys, 2 * m);
                    }
                    keys[m++] = k;
                    df[k]++;
                }
                marks[word] = 0;
            }
            from[i + 1] = m;
        }
        double[] weights = new double[df.length];
        for (int k = 0; k < df.length; k++) {
            weights[k] = df[k] == 0 ? 0 : weight(df[k], n);
        }
        double[] scores = new double[n];
        double[] ifQuoted = new double[n];
        long at = denial.at().toEpochMilli();
        for (int i = 0; i < n; i++) {
            quickScores(denial, q, features[i], keys, from[i], from[i + 1], weights, at, i, scores, ifQuoted);
        }
        if (!denial.quotes().isEmpty() && topK > 0) {
            addQuoteBonuses(denial, stories, scores, ifQuoted, topK);
        }
        int[] top = top(scores, features, stories, Math.min(topK, n));
        Map<String, Integer> dfByTerm = new HashMap<>();
        for (int k = 0; k < df.length; k++) {
            if (df[k] > 0) {
                dfByTerm.put(q.keys[k], df[k]);
            }
        }
        List<RankedStory> ranked = new ArrayList<>(top.length);
        SharedWords words = new SharedWords(terms, denial.text());
        for (int i : top) {
            EncodedStory story = stories.get(i);
            StoryRecord s = story.record();
            ranked.add(score(denial, s, words.of(sharedTerms(q.wanted, story.features(), s), s), dfByTerm, n));
        }
        return ranked;
    }

    /**
     * The indices of the {@code k} best stories, best first: highest score, then the more recent,
     * then the smaller post id (decoded only to break a tie of both), then the earlier candidate.
     * Kept in a sorted array of {@code k} as the stories go by, rather than sorting all of them.
     */
    private static int[] top(double[] scores, StoryFeatures[] features, List<EncodedStory> stories, int k) {
        int[] top = new int[k];
        int size = 0;
        for (int i = 0; i < scores.length && k > 0; i++) {
            if (size == k && !before(i, top[k - 1], scores, features, stories)) {
                continue;
            }
            int at = size < k ? size++ : k - 1;
            while (at > 0 && before(i, top[at - 1], scores, features, stories)) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
        }
        return top;
    }

    /** Whether story {@code i} ranks above story {@code j}, {@code j < i}. */
    private static boolean before(int i, int j, double[] scores, StoryFeatures[] features, List<EncodedStory> stories) {
        int c = Double.compare(-scores[i], -scores[j]);
        if (c == 0) {
            c = Long.compare(features[j].publishedAtMs(), features[i].publishedAtMs());
        }
        if (c == 0) {
            c = stories.get(i)
                    .record()
                    .postId()
                    .compareTo(stories.get(j).record().postId());
        }
        return c < 0; // a full tie keeps the earlier candidate first
    }

    /**
     * The denial's terms as hashes to look up in a story's features, grouped by the key
     * {@link #sharedTerms} files a shared term under (a name and the same word in one script are
     * one term), the keys in that map's order so that weights are summed in the same order.
     */
    private static final class Query {
        final List<Wanted> wanted;
        final String[] keys;
        final boolean[] number;
        /** Sorted hashes of the plain terms wanted, and the key each is filed under. */
        final long[] terms;

        final int[] termKey;
        /** The same for names, by the other script's skeleton. */
        final long[] names;

        final int[] nameKey;
        final long[] outlets;

        Query(DenialView d) {
            wanted = wanted(d);
            TreeMap<String, List<Wanted>> byKey = new TreeMap<>();
            for (Wanted w : wanted) {
                byKey.computeIfAbsent(w.name() ? w.word() : w.key(), k -> new ArrayList<>())
                        .add(w);
            }
            keys = byKey.keySet().toArray(new String[0]);
            number = new boolean[keys.length];
            List<long[]> plain = new ArrayList<>();
            List<long[]> named = new ArrayList<>();
            int k = 0;
            for (List<Wanted> group : byKey.values()) {
                number[k] = keys[k].startsWith("n:");
                for (Wanted w : group) {
                    (w.name() ? named : plain).add(new long[] {TermHash.of(w.key()), k});
                }
                k++;
            }
            plain.sort(Comparator.comparingLong(e -> e[0]));
            named.sort(Comparator.comparingLong(e -> e[0]));
            terms = plain.stream().mapToLong(e -> e[0]).toArray();
            termKey = plain.stream().mapToInt(e -> (int) e[1]).toArray();
            names = named.stream().mapToLong(e -> e[0]).toArray();
            nameKey = named.stream().mapToInt(e -> (int) e[1]).toArray();
            outlets = d.outletIds().stream().mapToLong(TermHash::of).toArray();
        }

        /** Sets in {@code marks} (a bit per key) the keys the story shares. */
        void markShared(StoryFeatures f, long[] marks) {
            f.markSharedTerms(terms, termKey, marks);
            f.markSharedNames(names, nameKey, marks);
        }

        boolean sharesOutlet(StoryFeatures f) {
            for (long h : outlets) {
                if (f.hasOutlet(h)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * {@link #evaluate}'s score from the story's features alone, into {@code scores[i]}; and, into
     * {@code ifQuoted[i]}, what it would be if the story's text held a phrase the denial quotes.
     * The keys it shares are {@code keys[from] .. keys[to - 1]}, ascending, so that term weights
     * are summed in the order {@link #evaluate} sums them; {@code at} is the denial's time.
     */
    private static void quickScores(
            DenialView d,
            Query q,
            StoryFeatures f,
            int[] keys,
            int from,
            int to,
            double[] weights,
            long at,
            int i,
            double[] scores,
            double[] ifQuoted) {
        double numberWeight = 0;
        double termWeight = 0;
        boolean numbers = false;
        boolean words = false;
        for (int j = from; j < to; j++) {
            int k = keys[j];
            if (q.number[k]) {
                numbers = true;
                numberWeight = Math.max(numberWeight, weights[k]);
            } else {
                words = true;
                termWeight += weights[k];
            }
        }
        boolean outlet = q.sharesOutlet(f);
        long gap = minutesBetween(f.publishedAtMs(), at);
        scores[i] = round(points(outlet, numbers ? numberWeight : -1, words ? termWeight : -1, false, gap, f.repost()));
        ifQuoted[i] = d.quotes().isEmpty()
                ? scores[i]
                : round(points(outlet, numbers ? numberWeight : -1, words ? termWeight : -1, true, gap, f.repost()));
    }

    /** Whole minutes from {@code fromMs} to {@code toMs}, as {@code Duration.between(…).toMinutes()} counts them. */
    static long minutesBetween(long fromMs, long toMs) {
        return Math.floorDiv(toMs - fromMs, 1000L) / 60;
    }

    /**
     * Adds the bonus for a quoted phrase to the stories whose text holds one. Looking means
     * decoding and folding the text, so stories are looked at best-possible score first, and no
     * more once even the bonus could not lift a story into the top {@code topK}: a story not
     * looked at keeps a score below every story shown.
     */
    private static void addQuoteBonuses(
            DenialView d, List<EncodedStory> stories, double[] scores, double[] ifQuoted, int topK) {
        Integer[] byBest = new Integer[stories.size()];
        Arrays.setAll(byBest, i -> i);
        Arrays.sort(byBest, Comparator.comparingDouble(i -> -ifQuoted[i]));
        PriorityQueue<Double> shown = new PriorityQueue<>();
        for (int i : byBest) {
            if (shown.size() >= topK && ifQuoted[i] < shown.peek()) {
                break;
            }
            if (quotedIn(d, stories.get(i).record()) != null) {
                scores[i] = ifQuoted[i];
            }
            shown.add(scores[i]);
            if (shown.size() > topK) {
                shown.poll();
            }
        }
    }

    /**
     * One of the denial's terms as a story may share it: a plain term (word, number, concept) is
     * looked up as it is; a name by its skeleton in the other script ({@code name} true, {@code key}
     * the other script's tagged skeleton, {@code word} the denial's spelling, folded). {@code term}
     * is the denial's term itself.
     */
    record Wanted(String key, boolean name, String word, String term) {}

    /** The denial's terms taken apart once per ranking, not once per candidate story. */
    private static List<Wanted> wanted(DenialView d) {
        List<Wanted> out = new ArrayList<>(d.terms().size());
        for (String t : d.terms()) {
            String[] name = Terms.nameParts(t);
            if (name != null) {
                // only across scripts: within one script the word itself is already a shared term
                String other = (name[0].equals(Terms.ARABIC_NAME) ? Terms.LATIN_NAME : Terms.ARABIC_NAME) + name[1];
                out.add(new Wanted(other, true, name[2], t));
            } else {
                out.add(new Wanted(t, false, t.startsWith("n:") || t.startsWith("c:") ? t.substring(2) : t, t));
            }
        }
        return out;
    }

    /**
     * The denial's terms this story shares, by the key they are weighed under: words, numbers and
     * concepts as they are, and names matched across scripts by their skeleton.
     */
    private static Map<String, Wanted> sharedTerms(List<Wanted> wanted, StoryFeatures f, StoryRecord s) {
        Map<String, Wanted> shared = new TreeMap<>();
        for (Wanted w : wanted) {
            if (w.name()) {
                if (s.names() != null && s.names().containsKey(w.key())) {
                    // keyed by the denial's word, so a name shared in one script by some stories and
                    // across scripts by others is one term, as common as it really is
                    shared.putIfAbsent(w.word(), w);
                }
            } else if (f.hasTerm(TermHash.of(w.key()))) {
                shared.put(w.key(), w);
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

    /** Only an outlet files a report; an ambassador's post is a statement. Unknown (filed before): an outlet's. */
    private static String byline(String sourceKind) {
        if (sourceKind == null || sourceKind.equals("outlet")) {
            return "report by ";
        }
        return sourceKind.equals("official") ? "statement by " : "post by ";
    }

    RankedStory score(DenialView d, StoryRecord s, Map<String, String> shared, Map<String, Integer> df, int n) {
        List<String> reasons = new ArrayList<>();
        double clamped = evaluate(d, s, shared, df, n, reasons);
        return new RankedStory(
                s.postId(),
                s.url(),
                s.outlet(),
                s.publishedAt(),
                round(clamped),
                reasons,
                s.lang(),
                s.title(),
                s.text());
    }

    /** The score in [0, 1] of a decoded story, and why. */
    private double evaluate(
            DenialView d,
            StoryRecord s,
            Map<String, String> shared,
            Map<String, Integer> df,
            int n,
            List<String> reasons) {
        reasons.add("same person" + (s.personHow() == null ? "" : " (" + s.personHow() + ")"));

        Set<String> sharedOutlets = new TreeSet<>(d.outletIds());
        sharedOutlets.retainAll(s.outletIds());
        if (!sharedOutlets.isEmpty()) {
            reasons.add("the denial names the outlet of this story: "
                    + (s.outlet() != null ? s.outlet() : String.join(", ", sharedOutlets)));
        } else if (s.outlet() != null) {
            reasons.add(byline(s.sourceKind()) + s.outlet());
        }

        Set<String> sharedNumbers = new TreeSet<>();
        Set<String> sharedWords = new TreeSet<>();
        boolean numbers = false;
        boolean words = false;
        double numberWeight = 0;
        double termWeight = 0;
        // a term with no words to show (null) still weighs, as it did when the story was scored
        for (Map.Entry<String, String> e : shared.entrySet()) {
            double w = weight(df.get(e.getKey()), n);
            if (e.getKey().startsWith("n:")) {
                numbers = true;
                addIfShown(sharedNumbers, e.getValue());
                numberWeight = Math.max(numberWeight, w);
            } else {
                words = true;
                addIfShown(sharedWords, e.getValue());
                termWeight += w;
            }
        }
        if (!sharedNumbers.isEmpty()) {
            reasons.add("shared numbers: " + String.join(", ", sharedNumbers));
        }
        if (!sharedWords.isEmpty()) {
            reasons.add("shared terms: " + String.join(", ", limit(sharedWords, 8)));
        }
        String quote = quotedIn(d, s);
        if (quote != null) {
            reasons.add("quotes the same words: \"" + quote + "\"");
        }
        Duration gap = Duration.between(s.publishedAt(), d.at());
        reasons.add(
                gap.toMinutes() == 0
                        ? "published at the same time as the denial: which came first is not known"
                        : "published " + human(gap) + " before the denial");
        if (s.repost()) {
            reasons.add("a repost, not the original report");
        }
        return points(
                !sharedOutlets.isEmpty(),
                numbers ? numberWeight : -1,
                words ? termWeight : -1,
                quote != null,
                gap.toMinutes(),
                s.repost());
    }

    /**
     * The score in [0, 1] from what a story shares with the denial; {@code numberWeight} and
     * {@code termWeight} are negative when it shares no number, no term. The one place the
     * weights are applied, whether a story is scored from its features or explained in full.
     */
    private static double points(
            boolean outlet, double numberWeight, double termWeight, boolean quoted, long gapMinutes, boolean repost) {
        double score = BASE;
        if (outlet) {
            score += OUTLET;
        }
        if (numberWeight >= 0) {
            score += NUMBERS * numberWeight;
        }
        if (termWeight >= 0) {
            // saturating: the first distinctive shared terms say the most
            score += TERMS * (1 - Math.exp(-termWeight / TERMS_SCALE));
        }
        if (quoted) {
            score += QUOTE;
        }
        // a story timed to the denial's very minute (most often both give only a day) is not known
        // to come before it: it is as often a report of the denial or of the same event, so its
        // closeness in time is no evidence that the denial answers it
        // hours say the most; the weeks part still tells last week's report from one of months ago
        if (gapMinutes > 0) {
            score += RECENCY * Math.exp(-gapMinutes / 60.0 / RECENCY_SCALE_HOURS)
                    + RECENCY_WEEKS * Math.exp(-gapMinutes / 60.0 / RECENCY_WEEKS_SCALE_HOURS);
        }
        if (repost) {
            score -= REPOST_PENALTY;
        }
        return Math.max(0, Math.min(1, score));
    }

    /** The first phrase the denial quotes that the story's text contains, if any. */
    private static String quotedIn(DenialView d, StoryRecord s) {
        if (d.quotes().isEmpty() || s.text() == null) {
            return null;
        }
        String folded = TextFold.fold(s.text());
        for (String q : d.quotes()) {
            if (folded.contains(q)) {
                return q;
            }
        }
        return null;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private static void addIfShown(Set<String> shown, String words) {
        if (words != null) {
            shown.add(words);
        }
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
