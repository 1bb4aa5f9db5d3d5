package io.denialwatch.stream.analysis.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every listed phrase in a post (lexicon cues, outlet names). Phrases are folded and split
 * like posts and indexed by their first word, so a post costs one hash look-up per word (and per
 * proclitic-stripped form of it) whatever the number of phrases.
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
    public record Match<T>(T value, int from, int to) {
    }

    private record Phrase<T>(T value, String[] words) {
    }

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();
    private final List<String> proclitics;
    private final Set<String> procliticSet;
    private final String article;
    private final WordMemo<List<String>> stemMemo = new WordMemo<>(this::stems);

    /** An empty index; {@code proclitics} are prefixes a word may carry and still match (Arabic و ب ال …). */
    public PhraseIndex(List<String> proclitics) {
        List<String> folded = new ArrayList<>();
        for (String p : proclitics) {
            folded.add(TextNormalizer.foldToString(p));
        }
        folded.sort(Comparator.comparingInt(String::length).reversed());
        this.proclitics = List.copyOf(folded);
        this.procliticSet = new HashSet<>(folded);
        this.article = TextNormalizer.foldToString("ال");
    }

    /** Adds {@code phrase} (written as in a post; "~" skips up to three words) standing for {@code value}. */
    public void add(String phrase, T value) {
        List<String> words = new ArrayList<>();
        for (String part : phrase.trim().split("\\s+")) {
            if (part.matches("~\\d?")) {
                words.add(part);
                continue;
            }
            Tokens t = Tokens.of(TextNormalizer.fold(part));
            for (int i = 0; i < t.size(); i++) {
                words.add(t.word(i));
            }
        }
        if (words.isEmpty() || isGap(words.get(0))) {
            return;
        }
        Phrase<T> entry = new Phrase<>(value, words.toArray(String[]::new));
        List<Phrase<T>> same = byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
        // نفى and نفي fold alike: keep one, or every match would be reported twice
        if (same.stream().noneMatch(p -> p.value().equals(value) && java.util.Arrays.equals(p.words(), entry.words()))) {
            same.add(entry);
        }
    }

    /** Every phrase occurrence in {@code tokens}, in text order. */
    public List<Match<T>> find(Tokens tokens) {
        List<Match<T>> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.word(i);
            int before = out.size();
            collect(tokens, i, byFirstWord.get(w), out);
            if (!proclitics.isEmpty()) {
                for (String stem : stemMemo.get(w)) {
                    collect(tokens, i, byFirstWord.get(stem), out);
                }
                dropRepeats(out, before);
            }
        }
        return out;
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

    private void collect(Tokens tokens, int i, List<Phrase<T>> phrases, List<Match<T>> out) {
        if (phrases == null) {
            return;
        }
        for (Phrase<T> p : phrases) {
            int end = matchRest(tokens, i + 1, p.words(), 1, tokens.sentence(i));
            if (end >= 0) {
                out.add(new Match<>(p.value(), i, end));
            }
        }
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
        if (ti >= tokens.size() || tokens.sentence(ti) != sentence || !wordMatches(tokens.word(ti), words[wi])) {
            return -1;
        }
        return matchRest(tokens, ti + 1, words, wi + 1, sentence);
    }

    private boolean wordMatches(String token, String word) {
        if (token.equals(word)) {
            return true;
        }
        if (procliticSet.isEmpty() || token.length() <= word.length()) {
            return false;
        }
        if (token.endsWith(word) && procliticSet.contains(token.substring(0, token.length() - word.length()))) {
            return true;
        }
        // ل + ال is written لل: "للتقارير" carries the article of "التقارير"
        if (word.startsWith(article)) {
            String bare = word.substring(article.length());
            return token.endsWith(bare) && procliticSet.contains(token.substring(0, token.length() - bare.length()));
        }
        return false;
    }
}
