package io.denialwatch.stream.join;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.denialwatch.common.text.TextFold;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary a denial and a story are compared on, across languages: content words after
 * folding, numbers ({@code n:2016}), and language-independent concepts ({@code c:interview} for
 * interview / مقابلة / entretien) from a data file a desk can extend.
 */
public final class Terms {
    private static final String CONCEPTS = "/io/denialwatch/stream/join/concepts.yaml";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern QUOTED = Pattern.compile("[\"“«]([^\"”»]{8,200})[\"”»]");
    private static final int MAX_CHARS = 20_000;

    private final Map<String, String> conceptOf;
    private final Set<String> stopWords;

    private Terms(Map<String, String> conceptOf, Set<String> stopWords) {
        this.conceptOf = conceptOf;
        this.stopWords = stopWords;
    }

    /** The bundled concept and stop-word lists. */
    public static Terms bundled() {
        try (InputStream in = Terms.class.getResourceAsStream(CONCEPTS)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> doc = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            Map<String, String> conceptOf = new HashMap<>();
            @SuppressWarnings("unchecked")
            Map<String, List<String>> concepts = (Map<String, List<String>>) doc.get("concepts");
            concepts.forEach((concept, words) -> words.forEach(w -> conceptOf.put(fold(w), concept)));
            Set<String> stop = new java.util.HashSet<>();
            @SuppressWarnings("unchecked")
            List<String> stopList = (List<String>) doc.get("stop_words");
            stopList.forEach(w -> stop.add(fold(w)));
            return new Terms(Map.copyOf(conceptOf), Set.copyOf(stop));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled concept list unreadable", e);
        }
    }

    /** Terms of a text: folded content words, numbers and concepts. */
    public Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        String folded = fold(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        Matcher m = TOKEN.matcher(folded);
        while (m.find()) {
            String t = m.group();
            if (t.chars().allMatch(Character::isDigit)) {
                if (t.length() >= 2) {
                    out.add("n:" + t);
                }
                continue;
            }
            String stem = stripArabicPrefixes(t);
            String concept = conceptOf.getOrDefault(t, conceptOf.get(stem));
            if (concept != null) {
                out.add("c:" + concept);
            } else if (stem.length() >= 3 && !stopWords.contains(t) && !stopWords.contains(stem)) {
                out.add(stem);
            }
        }
        return out;
    }

    /** Phrases the text puts in quotation marks, folded: a quoted claim is a strong join signal. */
    public static List<String> quotes(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = QUOTED.matcher(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        while (m.find() && out.size() < 10) {
            out.add(fold(m.group(1)).trim());
        }
        return out;
    }

    /** See {@link TextFold#fold}: the desk's search folds text the same way. */
    public static String fold(String s) {
        return TextFold.fold(s);
    }

    /** Drops the Arabic article and one-letter proclitics (وال، بال، لل، و، ب) from a long enough token. */
    static String stripArabicPrefixes(String t) {
        if (t.isEmpty() || t.charAt(0) < '\u0600' || t.charAt(0) > '\u06FF') {
            return t;
        }
        for (String p : new String[] {"وال", "بال", "فال", "كال", "لل", "ال"}) {
            if (t.startsWith(p) && t.length() - p.length() >= 3) {
                return t.substring(p.length());
            }
        }
        if ((t.startsWith("و") || t.startsWith("ب") || t.startsWith("ف")) && t.length() >= 5) {
            return t.substring(1);
        }
        return t;
    }
}
