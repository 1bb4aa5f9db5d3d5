package io.denialwatch.stream.corpus;

import java.util.List;

/**
 * One labelled item of the real-text corpus, a line of {@code eval/corpus/items/*.jsonl}; the
 * fields and their rules are in eval/corpus/README.md.
 */
public record CorpusItem(
        String id,
        String lang,
        String kind,
        String text,
        String url,
        String publishedAt,
        String dateBasis,
        String outlet,
        Boolean isDenial,
        String family,
        String negativeKind,
        String denier,
        List<Entity> persons,
        List<Entity> organisations,
        String deniedOutlet,
        String claim,
        String labeller) {

    public CorpusItem {
        persons = persons == null ? List.of() : List.copyOf(persons);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }

    /**
     * A person or organisation the item concerns.
     *
     * @param via how the text refers to it: {@code name}, {@code role}, {@code organisation} or {@code account}
     * @param office on a person, the canonical English name of the office through which the text
     *     names them ("President of Russia"), or null
     */
    public record Entity(String id, String name, String surface, String via, String office) {

        public Entity(String id, String name, String surface, String via) {
            this(id, name, surface, via, null);
        }
    }

    /** A negative whose words look like a denial's: every negative kind but a plain story. */
    public boolean isHardNegative() {
        return Boolean.FALSE.equals(isDenial) && negativeKind != null && !"story".equals(negativeKind);
    }
}
