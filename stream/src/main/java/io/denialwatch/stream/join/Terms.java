package io.denialwatch.stream.join;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.denialwatch.common.text.ArabicWord;
import io.denialwatch.common.text.FoldedText;
import io.denialwatch.common.text.NameKeys;
import io.denialwatch.common.text.Scripts;
import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.common.text.WordMemo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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

    static final String ARABIC_NAME = "ka:";
    static final String LATIN_NAME = "kl:";
    private static final Pattern QUOTED = Pattern.compile("[\"“«]([^\"”»]{8,200})[\"”»]");
    private static final int MAX_CHARS = 20_000;

    private final Map<String, String> conceptOf;
    private final Set<String> stopWords;
    /** Month names (folded), which make a number beside them a day of a date. */
    private final Set<String> months;

    /** First words of the concepts written as two words, so most word pairs need no look-up. */
    private final Set<String> firstWords = new java.util.HashSet<>();

    private Terms(Map<String, String> conceptOf, Set<String> stopWords, Set<String> months) {
        this.conceptOf = conceptOf;
        this.months = months;
        for (String k : conceptOf.keySet()) {
            if (k.indexOf(' ') > 0) {
                firstWords.add(k.substring(0, k.indexOf(' ')));
            }
        }
        this.stopWords = stopWords;
    }

    /** The bundled lists, read once for every user that needs no copy of its own. */
    private static final class Shared {
        static final Terms TERMS = bundled();
    }

    /** The bundled concept and stop-word lists, one instance for the process (it is thread-safe). */
    public static Terms shared() {
        return Shared.TERMS;
    }

    /** The bundled concept and stop-word lists. */
    public static Terms bundled() {
        try (InputStream in = Terms.class.getResourceAsStream(CONCEPTS)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> doc = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            Map<String, String> conceptOf = new HashMap<>();
            @SuppressWarnings("unchecked")
            Map<String, List<String>> concepts = (Map<String, List<String>>) doc.get("concepts");
            concepts.forEach((concept, words) -> words.forEach(w -> conceptOf.put(conceptKey(w), concept)));
            Set<String> stop = new java.util.HashSet<>();
            @SuppressWarnings("unchecked")
            List<String> stopList = (List<String>) doc.get("stop_words");
            stopList.forEach(w -> stop.add(TextFold.fold(w)));
            Set<String> months = new java.util.HashSet<>();
            @SuppressWarnings("unchecked")
            List<String> monthList = (List<String>) doc.get("months");
            monthList.forEach(w -> months.add(TextFold.fold(w)));
            return new Terms(Map.copyOf(conceptOf), Set.copyOf(stop), Set.copyOf(months));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled concept list unreadable", e);
        }
    }

    /**
     * Terms of a text: folded content words, numbers ({@code n:2016}, whatever the digits'
     * script and thousands separator), concepts ({@code c:interview}) and, for the words that can
     * be names (any word in a script without capitals, a capitalised word in Latin script), their
     * transliteration skeleton tagged with the script ({@code ka:krtm|خرطوم}, {@code
     * kl:krtm|khartoum}; see {@link NameKeys#skeleton}), so that a name can be matched across
     * scripts. Folded and tokenised as the analysis does ({@link TextFold}, {@link Tokens}).
     */
    public Set<String> of(String text) {
        if (text == null) {
            return new LinkedHashSet<>();
        }
        return of(tokensOf(text));
    }

    /** The terms of a text already folded and tokenised: by the analysis, which reads the same words. */
    public Set<String> of(Tokens tokens) {
        Set<String> out = new LinkedHashSet<>(128);
        walk(tokens, (term, folded, from, to) -> out.add(term));
        return out;
    }

    /**
     * Each term of {@link #of} with the words of {@code text} it comes from, as written there (the
     * first place it does): what the desk shows of a shared term, "الرئيس" where the term is the
     * folded stem رييس, "interview" where it is the concept {@code c:interview}. A name term is
     * found both as itself and by its tagged skeleton ({@code ka:krtm}), as a story files its names.
     */
    public Map<String, String> surfaces(String text) {
        return surfaces(text, null);
    }

    /**
     * {@link #surfaces} of only the terms in {@code wanted} (terms, or a name's tagged skeleton),
     * read no further than the last of them: the few terms a story shows as shared, out of the
     * hundred or so its text has. {@code wanted} null: every term.
     */
    Map<String, String> surfaces(String text, Set<String> wanted) {
        Map<String, String> out = new HashMap<>();
        if (text == null || wanted != null && wanted.isEmpty()) {
            return out;
        }
        walk(tokensOf(text), new Found() {
            @Override
            public void term(String term, FoldedText folded, int from, int to) {
                if ((wanted == null || wanted.contains(term)) && !out.containsKey(term)) {
                    out.put(term, folded.originalSlice(from, to));
                }
                if (isName(term)) {
                    String skeleton = term.substring(0, term.indexOf('|'));
                    if ((wanted == null || wanted.contains(skeleton)) && !out.containsKey(skeleton)) {
                        out.put(skeleton, folded.originalSlice(from, to));
                    }
                }
            }

            @Override
            public boolean done() {
                return wanted != null && out.size() == wanted.size();
            }
        });
        return out;
    }

    static Tokens tokensOf(String text) {
        return Tokens.of(TextFold.mapped(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text));
    }

    /** Where a term was found: the folded range {@code [from, to)} of the text it came from. */
    @FunctionalInterface
    private interface Found {
        void term(String term, FoldedText folded, int from, int to);

        /** A word's own terms, all found at {@code [from, to)}: by default each in turn. */
        default void word(WordTerms w, FoldedText folded, int from, int to) {
            for (String t : w.terms()) {
                term(t, folded, from, to);
            }
        }

        /** Whether nothing more is wanted from the rest of the text. */
        default boolean done() {
            return false;
        }
    }

    /**
     * A story's terms as the story index files them ({@link StoryFeatures}): the plain terms
     * (words, numbers, concepts) as sorted, distinct {@link TermHash}es, and the names by
     * script-tagged skeleton ({@link #names}).
     */
    record Filed(long[] termHashes, Map<String, String> names) {}

    /**
     * {@link #of} as a story is filed: the same as {@link TermHash#sorted} of {@link #withoutNames}
     * and {@link #names} of it, worked out from what each word's terms were worked out to once
     * ({@link WordTerms}) rather than by building, filtering and hashing sets of strings per post.
     */
    Filed filed(Tokens tokens) {
        long[][] hashes = {new long[64]};
        int[] n = {0};
        Map<String, String> names = new HashMap<>();
        walk(tokens, new Found() {
            @Override
            public void term(String term, FoldedText folded, int from, int to) {
                // a two-word concept: rare, hashed where found
                add(TermHash.of(term));
            }

            @Override
            public void word(WordTerms w, FoldedText folded, int from, int to) {
                for (long h : w.plainHashes()) {
                    add(h);
                }
                for (String[] name : w.names()) {
                    names.putIfAbsent(name[0], name[1]);
                }
            }

            private void add(long h) {
                if (n[0] == hashes[0].length) {
                    hashes[0] = Arrays.copyOf(hashes[0], n[0] * 2);
                }
                hashes[0][n[0]++] = h;
            }
        });
        long[] sorted = Arrays.copyOf(hashes[0], n[0]);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return new Filed(Arrays.copyOf(sorted, distinct), names);
    }

    /** Finds the terms of {@code tokens}, each where it stands. */
    private void walk(Tokens tokens, Found found) {
        FoldedText folded = tokens.text();
        WordTerms previous = null;
        for (int i = 0; i < tokens.size() && !found.done(); i++) {
            WordTerms w = (capitalised(folded, tokens.start(i)) ? capitalisedWords : words).get(tokens.word(i));
            switch (w.kind()) {
                case NUMBER -> {
                    if (!dayOfMonth(tokens, i)) {
                        found.word(w, folded, tokens.start(i), tokens.end(i));
                    }
                    previous = null;
                }
                case WORD -> {
                    // most words begin no two-word concept: no look-up, no iterator
                    String pair = previous == null || previous.firstForms().isEmpty() ? null : pairConcept(previous, w);
                    if (pair != null) {
                        found.term("c:" + pair, folded, tokens.start(i - 1), tokens.end(i));
                    }
                    previous = w;
                    found.word(w, folded, tokens.start(i), tokens.end(i));
                }
            }
        }
    }

    /**
     * Whether the number at token {@code i} is the day of a date ("30 juillet", "July 30", "30
     * يوليو"): a day is no claim's number, and a story dated the same day of another month would
     * otherwise share a number with the denial's dateline. Years and other numbers stay terms.
     */
    private boolean dayOfMonth(Tokens tokens, int i) {
        String n = tokens.word(i);
        if (n.length() != 2 || !Character.isDigit(n.charAt(1)) || Integer.parseInt(n) > 31) {
            return false;
        }
        return i > 0 && months.contains(tokens.word(i - 1))
                || i + 1 < tokens.size() && months.contains(tokens.word(i + 1));
    }

    /** Whether the word at folded offset {@code start} is written with a capital Latin letter. */
    private static boolean capitalised(FoldedText folded, int start) {
        char c = folded.original().charAt(folded.originalStart(start));
        return Character.isUpperCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /**
     * What one word contributes, worked out once per distinct word ({@link WordMemo}): words in
     * news follow Zipf's law, so nearly every word of a post has been seen before, and the folding,
     * inflection variants and name skeletons would otherwise be rebuilt for each occurrence.
     *
     * @param terms       the word's own terms: {@code n:} number, {@code c:} concept, or the stem
     *                    and its name keys
     * @param firstForms  forms of the word that begin a two-word concept (usually none)
     * @param secondForms the stem and its inflection variants, as the second word of a pair
     * @param plainHashes the {@link TermHash}es of its terms that are no names, as a story files them
     * @param names       its name terms, each as its skeleton key and surface ({@link #names})
     */
    private record WordTerms(
            Kind kind,
            List<String> terms,
            List<String> firstForms,
            List<String> secondForms,
            long[] plainHashes,
            List<String[]> names) {
        enum Kind {
            NUMBER,
            WORD
        }

        WordTerms(Kind kind, List<String> terms, List<String> firstForms, List<String> secondForms) {
            this(
                    kind,
                    terms,
                    firstForms,
                    secondForms,
                    terms.stream()
                            .filter(t -> !isName(t))
                            .mapToLong(TermHash::of)
                            .toArray(),
                    terms.stream().filter(Terms::isName).map(Terms::nameEntry).toList());
        }
    }

    private static final WordTerms SHORT_NUMBER = new WordTerms(WordTerms.Kind.NUMBER, List.of(), List.of(), List.of());

    private final WordMemo<WordTerms> words = new WordMemo<>(w -> wordTerms(w, false));
    /** The same for words written with a capital, which in Latin script may be names. */
    private final WordMemo<WordTerms> capitalisedWords = new WordMemo<>(w -> wordTerms(w, true));

    /** What folded word or number {@code t} contributes. */
    private WordTerms wordTerms(String t, boolean capitalised) {
        if (Character.isDigit(t.charAt(0))) {
            return t.length() >= 2
                    ? new WordTerms(WordTerms.Kind.NUMBER, List.of("n:" + t), List.of(), List.of())
                    : SHORT_NUMBER;
        }
        String stem = ArabicWord.stem(t);
        List<String> own = new ArrayList<>(3);
        String concept = concept(t, stem);
        if (concept != null) {
            own.add("c:" + concept);
        } else if (stem.length() >= 3 && !stopWords.contains(t) && !stopWords.contains(stem)) {
            own.add(stem);
            String script = nameScript(t, capitalised);
            if (script != null) {
                addNameKey(own, script, stem);
                if (!stem.equals(t)) {
                    addNameKey(own, script, t); // the stripped letter may have been the name's own (بغداد)
                }
            }
        }
        List<String> firsts = new ArrayList<>();
        if (firstWords.contains(stem)) {
            firsts.add(stem);
        }
        List<String> seconds = new ArrayList<>(List.of(stem));
        for (String v : variants(stem)) {
            seconds.add(v);
            if (firstWords.contains(v)) {
                firsts.add(v);
            }
        }
        return new WordTerms(WordTerms.Kind.WORD, List.copyOf(own), List.copyOf(firsts), List.copyOf(seconds));
    }

    private static void addNameKey(List<String> out, String script, String word) {
        String key = NameKeys.skeleton(word);
        if (key.length() >= 3) {
            out.add(script + key + "|" + word);
        }
    }

    /**
     * The concept of a word, trying it as written and then without common inflections: Arabic
     * verb prefixes (سي، ست، ي، ت) and possessive or plural suffixes (تي → ة, ي, ه, ها, هم, ات...),
     * English and French plural, feminine and participle endings. Only concept look-ups are
     * this lenient: a wrong strip can only miss, since the word must then be in a concept list.
     */
    private String concept(String t, String stem) {
        String c = conceptOf.get(t);
        if (c != null || (c = conceptOf.get(stem)) != null) {
            return c;
        }
        for (String v : variants(stem)) {
            if ((c = conceptOf.get(v)) != null) {
                return c;
            }
        }
        return null;
    }

    /** The concept of two words in a row (رئيسا للوزراء, premier ministre), each inflected or not. */
    private String pairConcept(WordTerms first, WordTerms second) {
        for (String f : first.firstForms()) {
            for (String v : second.secondForms()) {
                String c = conceptOf.get(f + " " + v);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private static final String[] AR_SUFFIXES = {
        "تهم", "تها", "تنا", "تكم", "تي", "ته", "هم", "ها", "نا", "كم", "ات", "ون", "ين", "ان", "ي", "ه", "ا"
    };
    private static final String[] AR_PREFIXES = {"سي", "ست", "سن", "ي", "ت", "ن"};
    /** Folded (no accents), as the words they are cut from. */
    private static final String[] LATIN_SUFFIXES = Arrays.stream(
                    new String[] {"ings", "ing", "ées", "ée", "és", "ies", "es", "ed", "s", "e", "d"})
            .map(TextFold::fold)
            .toArray(String[]::new);

    private static List<String> variants(String stem) {
        List<String> out = new ArrayList<>();
        if (stem.isEmpty()) {
            return out;
        }
        if (Scripts.isArabic(stem.charAt(0))) {
            List<String> bases = new ArrayList<>(List.of(stem));
            for (String p : AR_PREFIXES) {
                if (stem.startsWith(p) && stem.length() - p.length() >= 3) {
                    bases.add(stem.substring(p.length()));
                }
            }
            for (String b : bases) {
                out.add(b);
                for (String suf : AR_SUFFIXES) {
                    if (b.endsWith(suf) && b.length() - suf.length() >= 3) {
                        String root = b.substring(0, b.length() - suf.length());
                        out.add(root);
                        if (suf.startsWith("ت")) {
                            out.add(root + "ه"); // the ta marbuta a suffix turned into ta
                        }
                    }
                }
            }
        } else {
            for (String suf : LATIN_SUFFIXES) {
                if (stem.endsWith(suf) && stem.length() - suf.length() >= 3) {
                    out.add(stem.substring(0, stem.length() - suf.length()));
                }
            }
        }
        return out;
    }

    /** How a concept list entry is looked up: folded and tokenised as text is, each word's Arabic stem. */
    private static String conceptKey(String entry) {
        Tokens t = Tokens.of(TextFold.mapped(entry));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            b.append(i == 0 ? "" : " ").append(ArabicWord.stem(t.word(i)));
        }
        return b.toString();
    }

    /**
     * The tag of a word that may be a name: {@code ka:} in Arabic script (which has no capitals, so
     * any word may be), {@code kl:} for a capitalised Latin word; {@code null} otherwise.
     */
    private static String nameScript(String word, boolean capitalised) {
        if (Scripts.isArabic(word.charAt(0))) {
            return ARABIC_NAME;
        }
        return capitalised && word.length() >= 3 ? LATIN_NAME : null;
    }

    /** The name terms among {@code terms}, by script-tagged skeleton ({@code ka:krtm}) → surface (the first seen). */
    public static Map<String, String> names(Set<String> terms) {
        Map<String, String> names = new HashMap<>();
        for (String t : terms) {
            if (isName(t)) {
                String[] entry = nameEntry(t);
                names.putIfAbsent(entry[0], entry[1]);
            }
        }
        return names;
    }

    /** A name term's skeleton key ({@code ka:krtm}) and surface. */
    private static String[] nameEntry(String nameTerm) {
        int bar = nameTerm.indexOf('|');
        return new String[] {nameTerm.substring(0, bar), nameTerm.substring(bar + 1)};
    }

    /** {@code terms} without its name terms. */
    public static Set<String> withoutNames(Set<String> terms) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : terms) {
            if (!isName(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isName(String term) {
        return term.startsWith(ARABIC_NAME) || term.startsWith(LATIN_NAME);
    }

    /** The skeleton and surface of a name term, or {@code null} for any other term. */
    static String[] nameParts(String term) {
        if (!isName(term)) {
            return null;
        }
        int bar = term.indexOf('|');
        return new String[] {term.substring(0, 3), term.substring(3, bar), term.substring(bar + 1)};
    }

    /** Where the first mark that may open a quote ({@link #QUOTED}) stands before {@code end}, or -1. */
    private static int firstOpeningQuote(String text, int end) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '«') {
                return i;
            }
        }
        return -1;
    }

    /** Phrases the text puts in quotation marks, folded: a quoted claim is a strong join signal. */
    public static List<String> quotes(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int end = Math.min(text.length(), MAX_CHARS);
        int first = firstOpeningQuote(text, end);
        if (first < 0) {
            return out; // most texts quote nothing: no search for a pattern at every position
        }
        // a quote can only begin at an opening mark, so the search starts at the first one
        Matcher m = QUOTED.matcher(text).region(first, end);
        while (m.find() && out.size() < 10) {
            out.add(TextFold.fold(m.group(1)).trim());
        }
        return out;
    }
}
