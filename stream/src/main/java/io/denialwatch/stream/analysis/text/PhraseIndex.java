package io.denialwatch.stream.analysis.text;

import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.common.text.WordMemo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds every listed phrase in a post (lexicon cues, outlet names). Phrases are folded and split
 * like posts and indexed by their first word, so a post costs one hash look-up per word whatever
 * the number of phrases.
 *
 * <p>What a word may start is worked out once per distinct word and remembered ({@link Starts}):
 * the phrases of the word itself and of each proclitic-stripped form of it, in the order they
 * would be tried, grouped by the word they need next. Many phrases share a first word (dozens
 * begin with لم or "the"), so a post then costs one probe per reading of the next word instead of
 * an attempt per phrase.
 *
 * @param <T> what a phrase stands for (a cue category, an outlet)
 */
public final class PhraseIndex<T> {

    /** Skips zero to {@link #MAX_GAP} words inside a phrase; "~1" skips at most one. */
    static final String GAP = "~";

    static final int MAX_GAP = 3;
    /** A gap word: "~", "~1", "~2" … kept as themselves in a phrase. */
    private static boolean isGap(String word) {
        return word.startsWith(GAP);
    }

    private static int gapSize(String word) {
        return word.length() == 1 ? MAX_GAP : Math.min(MAX_GAP, Character.digit(word.charAt(1), 10));
    }
    /** A stripped word shorter than this is more likely a different word than a clitic-bearing one. */
    private static final int MIN_STEM = 2;

    /** A phrase found in a post: its category and token range {@code [from, to)}. */
    public record Match<T>(T value, int from, int to) {}

    private record Phrase<T>(T value, String[] words) {
        /** The fixed word this phrase needs right after its first, or null (one word, or a gap next). */
        String second() {
            return words.length > 1 && !isGap(words[1]) ? words[1] : null;
        }
    }

    /**
     * A phrase a word may start; {@code order} is its place among all the word's phrases, and
     * {@code known} how many of its words are matched once it is found (two under its next word).
     */
    private record Start<T>(int order, Phrase<T> phrase, int known) {}

    /**
     * The phrases one word may start: those that take any next word (one-word phrases, a gap
     * next), and those that need a given word next, by that word.
     */
    private record Starts<T>(List<Start<T>> anyNext, Map<String, List<Start<T>>> byNext) {
        boolean isEmpty() {
            return anyNext.isEmpty() && byNext.isEmpty();
        }
    }

    private static final Starts<?> NO_STARTS = new Starts<>(List.of(), Map.of());
    private static final Comparator<Start<?>> IN_ORDER = Comparator.comparingInt(Start::order);

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();
    /** A phrase as {@link #added} knows it. */
    private record Added(List<String> words, Object value) {}

    private Set<Added> added;
    private final List<String> proclitics;
    private final Set<String> procliticSet;
    private final String article;
    private final WordMemo<Starts<T>> starts = new WordMemo<>(this::startsOf);
    /** Per word: the forms a later phrase word may take in it (see {@link #readingsOf}). */
    private final WordMemo<List<String>> readings = new WordMemo<>(this::readingsOf);

    /**
     * What a word is read as, in phrases and in posts alike: itself, or its stem in an index
     * matched through stems ({@link WordStems}).
     */
    private final UnaryOperator<String> form;

    private final WordMemo<String> forms;

    /** An empty index; {@code proclitics} are prefixes a word may carry and still match (Arabic و ب ال …). */
    public PhraseIndex(List<String> proclitics) {
        this(proclitics, null);
    }

    /**
     * An empty index whose phrases and posts are both read through {@code form} (a stemmer), or
     * word for word when it is null.
     */
    public PhraseIndex(List<String> proclitics, UnaryOperator<String> form) {
        this.form = form;
        this.forms = form == null ? null : new WordMemo<>(form);
        List<String> folded = new ArrayList<>();
        for (String p : proclitics) {
            folded.add(TextFold.fold(p));
        }
        folded.sort(Comparator.comparingInt(String::length).reversed());
        this.proclitics = List.copyOf(folded);
        this.procliticSet = new HashSet<>(folded);
        this.article = TextFold.fold("ال");
    }

    /** Adds {@code phrase} (written as in a post; "~" skips up to three words) standing for {@code value}. */
    public void add(String phrase, T value) {
        List<String> words = new ArrayList<>();
        for (String part : phrase.trim().split("\\s+")) {
            if (part.matches("~\\d?")) {
                words.add(part);
                continue;
            }
            Tokens t = Tokens.of(TextFold.mapped(part));
            for (int i = 0; i < t.size(); i++) {
                words.add(form == null ? t.word(i) : form.apply(t.word(i)));
            }
        }
        if (words.isEmpty() || isGap(words.get(0))) {
            return;
        }
        Phrase<T> entry = new Phrase<>(value, words.toArray(String[]::new));
        List<Phrase<T>> same = byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
        // نفى and نفي fold alike: keep one, or every match would be reported twice
        if (added().add(new Added(List.of(entry.words()), value))) {
            same.add(entry);
            starts.clear();
        }
    }

    /**
     * The phrases added, by words and value, while the index is built: thousands of phrases share
     * a first word in a large watch list ("chairperson of …"), and comparing each new one with
     * all of them made building quadratic. Dropped at the first {@link #find} (a built index is
     * only read), made again from the index should a phrase be added after.
     */
    private Set<Added> added() {
        Set<Added> a = added;
        if (a == null) {
            a = new HashSet<>();
            for (List<Phrase<T>> phrases : byFirstWord.values()) {
                for (Phrase<T> p : phrases) {
                    a.add(new Added(List.of(p.words()), p.value()));
                }
            }
            added = a;
        }
        return a;
    }

    /** Every phrase occurrence in {@code tokens}, in text order. */
    public List<Match<T>> find(Tokens tokens) {
        if (added != null) {
            added = null;
        }
        if (byFirstWord.isEmpty()) {
            // an index with nothing in it (a watch list with no titled names) costs no look-up per word
            return new ArrayList<>(0);
        }
        List<Match<T>> out = new ArrayList<>();
        List<Start<T>> due = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Starts<T> s = starts.get(word(tokens, i));
            if (s.isEmpty()) {
                continue;
            }
            due.clear();
            due.addAll(s.anyNext());
            int next = i + 1;
            boolean nextInSentence = next < tokens.size() && tokens.sentence(next) == tokens.sentence(i);
            if (!s.byNext().isEmpty() && nextInSentence) {
                for (String reading : readings(word(tokens, next))) {
                    due.addAll(s.byNext().getOrDefault(reading, List.of()));
                }
            }
            due.sort(IN_ORDER);
            int before = out.size();
            for (Start<T> start : due) {
                int end =
                        matchRest(tokens, i + start.known(), start.phrase().words(), start.known(), tokens.sentence(i));
                if (end >= 0) {
                    out.add(new Match<>(start.phrase().value(), i, end));
                }
            }
            if (!proclitics.isEmpty()) {
                dropRepeats(out, before);
            }
        }
        return out;
    }

    /** Word {@code i} of {@code tokens} as this index reads it. */
    private String word(Tokens tokens, int i) {
        return forms == null ? tokens.word(i) : forms.get(tokens.word(i));
    }

    /** The phrases {@code word} may start, itself or without a proclitic, each phrase once, in the order tried. */
    @SuppressWarnings("unchecked")
    private Starts<T> startsOf(String word) {
        List<Phrase<T>> all = new ArrayList<>(byFirstWord.getOrDefault(word, List.of()));
        for (String stem : stems(word)) {
            for (Phrase<T> p : byFirstWord.getOrDefault(stem, List.of())) {
                if (!all.contains(p)) {
                    all.add(p);
                }
            }
        }
        if (all.isEmpty()) {
            return (Starts<T>) NO_STARTS;
        }
        List<Start<T>> anyNext = new ArrayList<>();
        Map<String, List<Start<T>>> byNext = new HashMap<>();
        for (int order = 0; order < all.size(); order++) {
            String second = all.get(order).second();
            if (second == null) {
                anyNext.add(new Start<>(order, all.get(order), 1));
            } else {
                byNext.computeIfAbsent(second, k -> new ArrayList<>()).add(new Start<>(order, all.get(order), 2));
            }
        }
        byNext.replaceAll((k, v) -> List.copyOf(v));
        return new Starts<>(List.copyOf(anyNext), Map.copyOf(byNext));
    }

    /** One word read with and without its proclitic may hit the same phrase twice; keep the first. */
    private static <T> void dropRepeats(List<Match<T>> out, int from) {
        for (int a = out.size() - 1; a > from; a--) {
            for (int b = from; b < a; b++) {
                if (out.get(a).equals(out.get(b))) {
                    out.remove(a);
                    break;
                }
            }
        }
    }

    /** The forms of {@code word} without each proclitic it may carry ("والتقارير" → "التقارير", "تقارير" …). */
    private List<String> stems(String word) {
        List<String> out = new ArrayList<>(3);
        for (String p : proclitics) {
            if (p.isEmpty()) {
                continue;
            }
            if (word.length() - p.length() >= MIN_STEM && word.startsWith(p)) {
                String rest = word.substring(p.length());
                out.add(rest);
                if (p.endsWith("لل")) {
                    out.add(article + rest);
                }
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    /** Matches {@code words[wi..]} from token {@code ti}; the end token index, or -1. */
    private int matchRest(Tokens tokens, int ti, String[] words, int wi, int sentence) {
        if (wi == words.length) {
            return ti;
        }
        if (isGap(words[wi])) {
            for (int skip = 0; skip <= gapSize(words[wi]); skip++) {
                int at = ti + skip;
                if (at > tokens.size() || (skip > 0 && tokens.sentence(at - 1) != sentence)) {
                    break;
                }
                int end = matchRest(tokens, at, words, wi + 1, sentence);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (ti >= tokens.size() || tokens.sentence(ti) != sentence || !wordMatches(word(tokens, ti), words[wi])) {
            return -1;
        }
        return matchRest(tokens, ti + 1, words, wi + 1, sentence);
    }

    private boolean wordMatches(String token, String word) {
        return token.equals(word)
                || !procliticSet.isEmpty() && readings.get(token).contains(word);
    }

    /** The forms a phrase word after the first may take in {@code token}: see {@link #readingsOf}. */
    private List<String> readings(String token) {
        return procliticSet.isEmpty() ? List.of(token) : readings.get(token);
    }

    /**
     * {@code token} itself, and the word it is with any one proclitic removed ("والتقارير" is
     * "التقارير"). A proclitic that ends in the article (وال, لل for ل + ال) also leaves the
     * word with the article put back: "للتقارير" carries the article of "التقارير".
     */
    private List<String> readingsOf(String token) {
        List<String> out = new ArrayList<>(4);
        out.add(token);
        for (String p : procliticSet) {
            if (!p.isEmpty() && token.startsWith(p)) {
                String rest = token.substring(p.length());
                addOnce(out, rest);
                if (p.length() > article.length()) {
                    addOnce(out, article + rest); // وال + تقارير is و + التقارير: the same reading twice
                }
            }
        }
        return List.copyOf(out);
    }

    private static void addOnce(List<String> out, String form) {
        if (!out.contains(form)) {
            out.add(form);
        }
    }
}
