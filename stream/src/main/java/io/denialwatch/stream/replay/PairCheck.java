package io.denialwatch.stream.replay;

import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Analysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Scores alerts against labelled denial → story pairs: for each pair, is the labelled story the
 * first one ranked in that denial's one alert? The stories of every entity the denial concerns
 * compete there, so a distractor about another of them counts against the pair. (A pair's
 * {@code person_id} says whom the pair is about, for {@link #why}; the alert is the denial's.)
 */
public final class PairCheck {

    /** One labelled pair, a line of {@code pairs.jsonl}; {@code person_id} is optional. */
    public record Pair(String denialId, String personId, String storyId, String note) {}

    /** How one pair fared: the story ranked first instead, when it was not the right one. */
    public record Outcome(Pair pair, boolean correct, String rankedFirst) {}

    public record Result(List<Outcome> outcomes) {
        public int pairs() {
            return outcomes.size();
        }

        public int correct() {
            return (int) outcomes.stream().filter(Outcome::correct).count();
        }

        public double rate() {
            return outcomes.isEmpty() ? 0 : (double) correct() / outcomes.size();
        }
    }

    private PairCheck() {}

    public static List<Pair> read(Path file) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            Pair p = Json.read(line, Pair.class);
            if (p == null || p.denialId() == null || p.storyId() == null) {
                throw new IOException(file + ":" + n + ": a pair needs denial_id and story_id");
            }
            pairs.add(p);
        }
        return pairs;
    }

    /**
     * Why a pair's story was not ranked first, in the order a reader would check: the denial was
     * not detected; the analysis of the denial, or of the story, does not name the pair's subject;
     * the story was published after the denial or before its look-back; the alert's ranked
     * stories leave it out; a distractor is ranked above it. Null when it was ranked first.
     *
     * @param denial   the denial's analysis, or null when the denial was not replayed
     * @param story    the story's analysis, or null when the story was not replayed
     * @param alert    the latest alert of that denial, or null
     * @param storyAge how long before the denial the story was published, or null if unknown
     */
    public static String why(
            Pair pair, Analysis denial, Analysis story, Alert alert, Duration storyAge, Duration lookback) {
        if (alert != null
                && !alert.stories().isEmpty()
                && pair.storyId().equals(alert.stories().get(0).postId())) {
            return null;
        }
        if (denial == null || !denial.isDenial()) {
            return "denial not detected";
        }
        if (pair.personId() != null && !names(denial, pair.personId())) {
            return "the denial's subject not found";
        }
        if (pair.personId() != null && (story == null || !names(story, pair.personId()))) {
            return "the story's subject not found";
        }
        if (storyAge != null && (storyAge.isNegative() || storyAge.compareTo(lookback) > 0)) {
            return "story out of look-back";
        }
        if (alert == null) {
            return "no alert for the denial";
        }
        if (alert.stories().stream().noneMatch(s -> s.postId().equals(pair.storyId()))) {
            return "story not among those ranked";
        }
        return "ranked below a distractor";
    }

    private static boolean names(Analysis a, String id) {
        return a.persons().stream().anyMatch(m -> m.id().equals(id) && !m.undecided());
    }

    /** @param latest the latest revision of every alert */
    public static Result score(List<Pair> pairs, Collection<Alert> latest) {
        List<Outcome> out = new ArrayList<>(pairs.size());
        for (Pair p : pairs) {
            Alert alert = alertOf(p, latest);
            String first = alert == null || alert.stories().isEmpty()
                    ? null
                    : alert.stories().get(0).postId();
            out.add(new Outcome(p, p.storyId().equals(first), first));
        }
        return new Result(out);
    }

    /** The alert of {@code pair}'s denial, or null. */
    public static Alert alertOf(Pair pair, Collection<Alert> latest) {
        return latest.stream()
                .filter(a -> a.denial().postId().equals(pair.denialId()))
                .findFirst()
                .orElse(null);
    }
}
