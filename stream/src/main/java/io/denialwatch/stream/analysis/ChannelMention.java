package io.denialwatch.stream.analysis;

import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an organisation's name stands where a text names the channel a message went through,
 * not whom the message concerns: "wrote on Twitter", "sur son compte Twitter", "via Instagram",
 * "عبر حسابه على تويتر", "a Twitter account", "WhatsApp groups". A platform or a channel carrying a
 * denial is the medium, the way a letter's paper is: the labels name the one who wrote, not the
 * platform, and a desk watching a platform wants the posts about it, not every post made on it.
 * Told by grammar, not by a list of platforms: a preposition of means before the name (with at most
 * a possessive or a word for an account between), or a lower-case noun for what a platform holds
 * right after it ("account", "page", "followers").
 */
final class ChannelMention {

    /** The prepositions of a channel, folded: "on", "via", "sur", "على" (on), "عبر" (through). */
    private static final Set<String> MEANS = folded("on", "via", "sur", "على", "عبر");

    /**
     * French nouns for what a platform holds, written before its name: "un compte Twitter
     * parodique", "la page Twitter @ComptesCour", "des conversations WhatsApp", folded.
     */
    private static final Set<String> HELD_BEFORE =
            folded("compte", "comptes", "page", "pages", "conversation", "conversations");

    /** The verb of "took to Twitter", "taking to her Twitter account", folded. */
    private static final Set<String> TAKE = folded("take", "takes", "took", "taking", "taken");

    /**
     * Words that may stand between such a preposition and the name: possessives and words for an
     * account or a site ("on her official Twitter", "sur son compte Twitter", "عبر حسابه على تويتر",
     * "sur le réseau social Twitter"), folded.
     */
    private static final Set<String> BETWEEN = folded(
            "his",
            "her",
            "its",
            "their",
            "my",
            "our",
            "your",
            "official",
            "own",
            "verified",
            "personal",
            "son",
            "sa",
            "ses",
            "leur",
            "leurs",
            "mon",
            "ma",
            "notre",
            "nos",
            "votre",
            "compte",
            "comptes",
            "page",
            "fil",
            "réseau",
            "social",
            "site",
            "officiel",
            "officielle",
            "le",
            "la",
            "microblogging",
            "حساب",
            "حسابه",
            "حسابها",
            "حسابهم",
            "حسابي",
            "صفحة",
            "صفحته",
            "صفحتها",
            "منصة",
            "موقع",
            "على");

    /** Lower-case nouns after a name that make it the platform something is on: "a Twitter account", "WhatsApp groups". */
    private static final Set<String> HELD = folded(
            "account",
            "accounts",
            "handle",
            "handles",
            "page",
            "pages",
            "feed",
            "feeds",
            "post",
            "posts",
            "message",
            "messages",
            "follower",
            "followers",
            "user",
            "users",
            "thread",
            "threads",
            "tweet",
            "tweets",
            "timeline",
            "status",
            "groups",
            "video",
            "videos",
            "live",
            "story",
            "stories",
            "channel");

    private static final int MAX_BETWEEN = 3;

    private ChannelMention() {}

    /** The words as tokens hold them: folded as every post is (Arabic letter forms, case, accents). */
    private static Set<String> folded(String... words) {
        return Arrays.stream(words).map(TextFold::fold).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether tokens {@code [from, to)} name the channel a message went through, not whom it concerns. */
    static boolean names(Tokens tokens, int from, int to) {
        return afterMeans(tokens, from) || beforeHeld(tokens, to);
    }

    private static boolean afterMeans(Tokens tokens, int from) {
        int sentence = tokens.sentence(from);
        for (int i = from - 1; i >= 0 && i >= from - 1 - MAX_BETWEEN && tokens.sentence(i) == sentence; i--) {
            String w = tokens.word(i);
            if (MEANS.contains(w) || HELD_BEFORE.contains(w) && i == from - 1) {
                return true;
            }
            if ("to".equals(w) && i > 0 && TAKE.contains(tokens.word(i - 1))) {
                return true; // "took to Twitter", "taking to microblogging site Twitter"
            }
            if (!BETWEEN.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** A noun written in lower case right after the name, not after a possessive ("Twitter's users" is the company's). */
    private static boolean beforeHeld(Tokens tokens, int to) {
        if (to >= tokens.size() || tokens.sentence(to) != tokens.sentence(to - 1)) {
            return false;
        }
        String between = tokens.text().originalSlice(tokens.end(to - 1), tokens.start(to));
        if (!between.isBlank()) {
            return false;
        }
        String original = tokens.text().originalSlice(tokens.start(to), tokens.end(to));
        return !original.isEmpty() && Character.isLowerCase(original.charAt(0)) && HELD.contains(tokens.word(to));
    }
}
