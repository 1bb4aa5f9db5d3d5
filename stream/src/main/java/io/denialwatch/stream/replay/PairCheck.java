package io.denialwatch.stream.replay;

import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Alert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Scores alerts against labelled denial → story pairs: for each pair, is the labelled story the
 * first one ranked in the alert of that denial (and that person, when the pair names one)?
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

    /** @param latest the latest revision of every alert */
    public static Result score(List<Pair> pairs, Collection<Alert> latest) {
        List<Outcome> out = new ArrayList<>(pairs.size());
        for (Pair p : pairs) {
            Alert alert = latest.stream()
                    .filter(a -> a.denial().postId().equals(p.denialId()))
                    .filter(a -> p.personId() == null || a.person().id().equals(p.personId()))
                    .findFirst()
                    .orElse(null);
            String first = alert == null || alert.stories().isEmpty()
                    ? null
                    : alert.stories().get(0).postId();
            out.add(new Outcome(p, p.storyId().equals(first), first));
        }
        return new Result(out);
    }
}
