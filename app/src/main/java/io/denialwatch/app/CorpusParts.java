package io.denialwatch.app;

import io.denialwatch.stream.corpus.Corpus;
import io.denialwatch.stream.corpus.CorpusSplit;
import io.denialwatch.stream.corpus.CorpusSplit.Part;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** {@code --split dev|test|all} as the eval, replay and train commands read it. */
final class CorpusParts {

    private CorpusParts() {
    }

    /** Every item's part, or null after saying on stderr why the corpus cannot be used. */
    static Map<String, Part> select(Corpus corpus, String split) {
        if (wanted(split) == null) {
            System.err.println("--split " + split + ": must be dev, test or all");
            return null;
        }
        if (!corpus.problems().isEmpty()) {
            System.err.println("corpus " + corpus.dir() + ": " + corpus.problems().size() + " problems, the first: "
                    + corpus.problems().get(0) + " (denialwatch corpus check " + corpus.dir() + " lists them)");
            return null;
        }
        CorpusSplit.Freeze freeze = CorpusSplit.read(corpus.dir());
        if (freeze == null && !split.equals("dev")) {
            System.err.println("--split " + split + ": the test split of " + corpus.dir() + " is not frozen yet "
                    + "(denialwatch corpus freeze " + corpus.dir() + ")");
            return null;
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
