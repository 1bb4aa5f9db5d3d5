package io.denialwatch.app.watchlist;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import needs of one Wikidata entity document, and nothing more (a dump's entity is
 * mostly sitelinks, references and properties no watch list uses): its labels and aliases in the
 * chosen languages, what it is an instance of, and the statements that say who holds which office,
 * who speaks for whom and who plays for which team, each with its start and end.
 */
record WikidataEntity(
        String id,
        Map<String, String> labels,
        Map<String, List<String>> aliases,
        Set<String> instanceOf,
        List<Statement> statements) {

    /** Instance of (P31) human. */
    static final String HUMAN = "Q5";
    /** Classes whose instances are offices: position (Q4164871), public office (Q294414). */
    static final Set<String> OFFICE_CLASSES = Set.of("Q4164871", "Q294414");

    static final String POSITION_HELD = "P39";
    static final String HEAD_OF_GOVERNMENT = "P6";
    static final String HEAD_OF_STATE = "P35";
    static final String OFFICE_OF_HEAD_OF_GOVERNMENT = "P1313";
    static final String OFFICE_OF_HEAD_OF_STATE = "P1906";
    static final String CHAIRPERSON = "P488";
    static final String CEO = "P169";
    static final String DIRECTOR = "P1037";
    static final String SPORTS_TEAM = "P54";
    static final String SPOKESPERSON = "P2035";
    static final String JURISDICTION = "P1001";
    private static final String INSTANCE_OF = "P31";
    private static final String START = "P580";
    private static final String END = "P582";
    private static final Set<String> KEPT = Set.of(
            POSITION_HELD,
            HEAD_OF_GOVERNMENT,
            HEAD_OF_STATE,
            OFFICE_OF_HEAD_OF_GOVERNMENT,
            OFFICE_OF_HEAD_OF_STATE,
            CHAIRPERSON,
            CEO,
            DIRECTOR,
            SPORTS_TEAM,
            SPOKESPERSON,
            JURISDICTION);

    /** A statement whose value is an item: {@code property} of this entity is {@code value}, from … to. */
    record Statement(String property, String value, LocalDate from, LocalDate to) {}

    boolean isHuman() {
        return instanceOf.contains(HUMAN);
    }

    List<Statement> statements(String property) {
        return statements.stream().filter(s -> s.property().equals(property)).toList();
    }

    /**
     * The parts of an entity document ({@code type: item}) an import uses; null for anything else
     * (a property, a lexeme, a missing entity).
     */
    static WikidataEntity of(JsonNode doc, List<String> languages) {
        if (!"item".equals(doc.path("type").asText()) || !doc.path("id").isTextual()) {
            return null;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (String lang : languages) {
            JsonNode label = doc.path("labels").path(lang).path("value");
            if (label.isTextual() && !label.asText().isBlank()) {
                labels.put(lang, label.asText().strip());
            }
            List<String> names = new ArrayList<>();
            doc.path("aliases").path(lang).forEach(a -> {
                if (a.path("value").isTextual()) {
                    names.add(a.path("value").asText().strip());
                }
            });
            if (!names.isEmpty()) {
                aliases.put(lang, names);
            }
        }
        Set<String> instanceOf = new LinkedHashSet<>();
        List<Statement> statements = new ArrayList<>();
        JsonNode claims = doc.path("claims");
        claims.path(INSTANCE_OF).forEach(c -> {
            String v = itemValue(c.path("mainsnak"));
            if (v != null) {
                instanceOf.add(v);
            }
        });
        for (String property : KEPT) {
            for (JsonNode c : claims.path(property)) {
                String value = itemValue(c.path("mainsnak"));
                if (value != null && !"deprecated".equals(c.path("rank").asText())) {
                    JsonNode q = c.path("qualifiers");
                    statements.add(new Statement(
                            property,
                            value,
                            WikidataTime.start(q.path(START).path(0)),
                            WikidataTime.end(q.path(END).path(0))));
                }
            }
        }
        return new WikidataEntity(doc.path("id").asText(), labels, aliases, instanceOf, statements);
    }

    /** The item a snak names ("Q5"), in the current format ({@code id}) or the older one ({@code numeric-id}). */
    private static String itemValue(JsonNode snak) {
        if (!"value".equals(snak.path("snaktype").asText())) {
            return null; // "somevalue" (unknown) and "novalue" name no item
        }
        JsonNode v = snak.path("datavalue").path("value");
        if (v.path("id").isTextual()) {
            return v.path("id").asText();
        }
        return v.path("numeric-id").isNumber()
                        && "item".equals(v.path("entity-type").asText())
                ? "Q" + v.path("numeric-id").asLong()
                : null;
    }
}
