package io.denialwatch.stream.corpus;

import java.util.List;

/**
 * A real denial linked to the earlier real story it answers, with stories about the same subject
 * that it does not answer: a line of {@code eval/corpus/pairs/*.jsonl}.
 */
public record CorpusPair(
        String id, String denial, String story, List<String> distractors, String subject, String labeller) {

    public CorpusPair {
        distractors = distractors == null ? List.of() : List.copyOf(distractors);
    }
}
