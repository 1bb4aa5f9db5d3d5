package io.denialwatch.stream.corpus;

import java.util.List;

/** A second, independent reading of an item: a line of {@code eval/corpus/second/*.jsonl}. */
public record SecondLabel(
        String id, Boolean isDenial, String family, String negativeKind, List<String> persons, String labeller) {

    public SecondLabel {
        persons = persons == null ? List.of() : List.copyOf(persons);
    }
}
