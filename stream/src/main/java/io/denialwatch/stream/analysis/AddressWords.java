package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.PersonEntry;
import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The words of a post's web address, read for a person's full name: a news page's address
 * usually carries its headline ({@code /dustin-johnsons-pga-tour-pledge/}, {@code
 * /imran-khan-alive-and-well/}), where the body says only "Johnson" or "Khan". Only the path is
 * read, percent-decoded (Arabic and accented addresses), in the one folding and tokenising of
 * posts; host, query and fragment name the site and its tracking, not the story.
 */
final class AddressWords {

    private static final AddressWords NONE = new AddressWords(new String[0]);

    private final String[] words;

    private AddressWords(String[] words) {
        this.words = words;
    }

    /** The words of {@code url}'s path; none for a missing or unreadable address. */
    static AddressWords of(String url) {
        if (url == null || url.isBlank()) {
            return NONE;
        }
        String path;
        try {
            path = URI.create(url.strip()).getRawPath();
        } catch (IllegalArgumentException e) {
            // not a well-formed URI (a space, a raw non-ASCII letter): read what comes after the host
            int scheme = url.indexOf("://");
            int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
            path = slash < 0 ? "" : url.substring(slash);
        }
        if (path == null || path.isEmpty()) {
            return NONE;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = path; // a stray % is a literal, not an escape
        }
        Tokens tokens = Tokens.of(TextFold.mapped(decoded));
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.word(i);
        }
        return new AddressWords(words);
    }

    /**
     * Whether the address writes one of {@code p}'s names whole, its words in a row: its initials
     * may be left out ({@code george-bush} for George W. Bush) and its last word may carry a
     * possessive s ({@code dustin-johnsons-pga-pledge}). A name of one word, or only a surname
     * after initials left out, is no full name: the body already says as much.
     */
    boolean namesInFull(PersonEntry p) {
        if (words.length < 2) {
            return false;
        }
        if (writes(p.name())) {
            return true;
        }
        for (String alias : p.aliases()) {
            if (writes(alias)) {
                return true;
            }
        }
        return false;
    }

    private boolean writes(String name) {
        Tokens n = Tokens.of(TextFold.mapped(name));
        if (n.size() < 2) {
            return false;
        }
        for (int start = 0; start < words.length; start++) {
            if (matchesAt(n, start)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesAt(Tokens name, int start) {
        int at = start;
        int matched = 0;
        for (int j = 0; j < name.size(); j++) {
            String w = name.word(j);
            boolean last = j == name.size() - 1;
            if (at < words.length && (words[at].equals(w) || last && words[at].equals(w + "s"))) {
                at++;
                matched++;
            } else if (w.length() > 1 || last) {
                return false;
            }
        }
        return matched >= 2;
    }
}
