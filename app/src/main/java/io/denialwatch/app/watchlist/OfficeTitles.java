package io.denialwatch.app.watchlist;

import java.util.List;
import java.util.Map;

/**
 * The offices an organisation's statements imply without an item of their own (chairperson
 * P488, CEO P169, director or manager P1037, and head of government or state when the country
 * names no office item): how each is named after its organisation, and its generic titles, per
 * language. A language without an entry here gets the English ones.
 */
enum OfficeTitles {
    HEAD_OF_GOVERNMENT(
            WikidataEntity.HEAD_OF_GOVERNMENT,
            "head-of-government",
            Map.of(
                    "en", "head of government of %s",
                    "fr", "chef du gouvernement de %s",
                    "ar", "رئيس حكومة %s"),
            Map.of(
                    "en", List.of("head of government", "prime minister"),
                    "fr", List.of("chef du gouvernement", "Premier ministre"),
                    "ar", List.of("رئيس الحكومة", "رئيس الوزراء"))),
    HEAD_OF_STATE(
            WikidataEntity.HEAD_OF_STATE,
            "head-of-state",
            Map.of("en", "head of state of %s", "fr", "chef de l'État de %s", "ar", "رئيس دولة %s"),
            Map.of(
                    "en", List.of("head of state", "president"),
                    "fr", List.of("chef de l'État", "président"),
                    "ar", List.of("رئيس الدولة", "الرئيس"))),
    CHAIRPERSON(
            WikidataEntity.CHAIRPERSON,
            "chairperson",
            Map.of("en", "chairperson of %s", "fr", "président de %s", "ar", "رئيس %s"),
            Map.of(
                    "en", List.of("chairperson", "chairman", "chairwoman", "chair"),
                    "fr", List.of("président", "présidente"),
                    "ar", List.of("رئيس", "رئيسة"))),
    CEO(
            WikidataEntity.CEO,
            "ceo",
            Map.of("en", "chief executive of %s", "fr", "directeur général de %s", "ar", "الرئيس التنفيذي لـ%s"),
            Map.of(
                    "en", List.of("chief executive", "chief executive officer", "CEO"),
                    "fr", List.of("directeur général", "directrice générale", "PDG", "patron"),
                    "ar", List.of("الرئيس التنفيذي", "المدير التنفيذي"))),
    DIRECTOR(
            WikidataEntity.DIRECTOR,
            "director",
            Map.of("en", "director of %s", "fr", "directeur de %s", "ar", "مدير %s"),
            Map.of(
                    "en", List.of("director", "manager"),
                    "fr", List.of("directeur", "directrice", "entraîneur"),
                    "ar", List.of("مدير", "المدرب")));

    final String property;
    final String idSuffix;
    private final Map<String, String> names;
    private final Map<String, List<String>> titles;

    OfficeTitles(String property, String idSuffix, Map<String, String> names, Map<String, List<String>> titles) {
        this.property = property;
        this.idSuffix = idSuffix;
        this.names = names;
        this.titles = titles;
    }

    /** The office's name in {@code lang} after the organisation's name in that language. */
    String name(String lang, String organization) {
        return String.format(names.getOrDefault(lang, names.get("en")), organization);
    }

    List<String> titles(String lang) {
        return titles.getOrDefault(lang, titles.get("en"));
    }

    static OfficeTitles of(String property) {
        for (OfficeTitles t : values()) {
            if (t.property.equals(property)) {
                return t;
            }
        }
        throw new IllegalArgumentException(property);
    }
}
