package io.denialwatch.stream.analysis.eval;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.denialwatch.common.UserError;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Post;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a labelled file: a post plus what a reader decided about it.
 *
 * @param post             the post as the pipeline would receive it ({@code lang} is the gold language)
 * @param isDenial         whether it is a denial
 * @param canonicalPersons ids of the watched persons it concerns
 * @param canonicalOrganisations ids of the watched organisations it concerns (named, or posting it)
 * @param throughOffice ids of the watched persons it concerns that it names only through an office
 *     or an organisation ("the Kremlin", "Her Majesty"): not required of the analysis, but right
 *     when it names them (as the holder of the office that day)
 */
public record LabelledPost(
        Post post,
        boolean isDenial,
        List<String> canonicalPersons,
        List<String> canonicalOrganisations,
        List<String> throughOffice) {

    public LabelledPost {
        canonicalOrganisations = canonicalOrganisations == null ? List.of() : List.copyOf(canonicalOrganisations);
        throughOffice = throughOffice == null ? List.of() : List.copyOf(throughOffice);
    }

    public LabelledPost(
            Post post, boolean isDenial, List<String> canonicalPersons, List<String> canonicalOrganisations) {
        this(post, isDenial, canonicalPersons, canonicalOrganisations, List.of());
    }

    public LabelledPost(Post post, boolean isDenial, List<String> canonicalPersons) {
        this(post, isDenial, canonicalPersons, List.of());
    }

    private record Labels(@JsonUnwrapped Post post, Boolean isDenial, List<String> canonicalPersons) {}

    public static List<LabelledPost> read(Path file) {
        List<LabelledPost> out = new ArrayList<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file)) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                Post post;
                Labels labels;
                try {
                    post = Json.read(line, Post.class);
                    labels = Json.read(line, Labels.class);
                } catch (JsonProcessingException e) {
                    throw new UserError(file + ":" + n + ": not a JSON post ("
                            + e.getOriginalMessage().lines().findFirst().orElse("")
                            + "); eval reads one labelled post per line");
                }
                if (labels.isDenial() == null) {
                    throw new UserError(
                            file + ":" + n + ": no is_denial label; eval needs labelled posts "
                                    + "(eval/fixtures/synthetic-denials.jsonl, docs/detection.md; or eval --corpus DIR); to run unlabelled posts use replay --in");
                }
                out.add(new LabelledPost(
                        post,
                        labels.isDenial(),
                        labels.canonicalPersons() == null ? List.of() : labels.canonicalPersons()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }
}
