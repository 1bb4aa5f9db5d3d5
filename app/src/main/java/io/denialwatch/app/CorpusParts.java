package io.denialwatch.app;

import io.denialwatch.common.UserError;
import io.denialwatch.stream.corpus.Corpus;
import io.denialwatch.stream.corpus.CorpusSplit;
import io.denialwatch.stream.corpus.CorpusSplit.Part;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** {@code --split dev|test|all} as the eval, replay and train commands read it. */
final class CorpusParts {

    private CorpusParts() {}

    /** Every item's part; a user error when the split is unknown or the corpus cannot be used. */
    static Map<String, Part> select(Corpus corpus, String split) {
        if (wanted(split) == null) {
            throw new UserError("--split " + split + ": must be dev, test or all");
        }
        if (!corpus.problems().isEmpty()) {
            throw new UserError(
                    "corpus " + corpus.dir() + ": " + corpus.problems().size() + " problems, the first: "
                            + corpus.problems().get(0) + " (denialwatch corpus check " + corpus.dir() + " lists them)");
        }
        CorpusSplit.Freeze freeze = CorpusSplit.read(corpus.dir());
        if (freeze == null && !split.equals("dev")) {
            throw new UserError("--split " + split + ": the test split of " + corpus.dir() + " is not frozen yet "
                    + "(denialwatch corpus freeze " + corpus.dir() + ")");
        }
        return CorpusSplit.assign(corpus, freeze);
    }

    static Set<Part> wanted(String split) {
        return switch (split) {
            case "dev" -> EnumSet.of(Part.DEV);
            case "test" -> EnumSet.of(Part.TEST);
            case "all" -> EnumSet.of(Part.DEV, Part.TEST);
            default -> null;
        };
    }
}
