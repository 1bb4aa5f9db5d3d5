package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Post;
import java.time.Instant;

/** Builders for the posts and the Latin-only gazetteer the analysis tests share. */
final class Posts {

    /** Only canonical Latin names, no aliases: what the desk will really be given. */
    static final Gazetteer LATIN_ONLY = Gazetteer.parse("""
            persons:
              - {id: ahmed-al-sharaa, name: Ahmed al-Sharaa}
              - {id: mazhar-al-wais, name: Mazhar al-Wais}
              - {id: tom-barrack, name: Thomas J. Barrack}
              - {id: donald-trump, name: Donald Trump}
              - {id: emmanuel-macron, name: Emmanuel Macron}
              - {id: marine-le-pen, name: Marine Le Pen}
              - {id: mohammed-bin-salman, name: Mohammed bin Salman}
              - {id: kylian-mbappe, name: Kylian Mbappé}
              - {id: benjamin-netanyahu, name: Benjamin Netanyahu}
            """);

    static final AnalyzerConfig CONFIG = AnalyzerConfig.defaults();

    private Posts() {}

    static Post post(String text) {
        return post(text, null);
    }

    static Post post(String text, Account account) {
        return post(text, account, null, Instant.parse("2025-11-15T10:00:00Z"));
    }

    /** A post read at the web address {@code url} (null: none) on {@code day} (YYYY-MM-DD), by no known account. */
    static Post at(String url, String day, String text) {
        return post(text, null, url, Instant.parse(day + "T10:00:00Z"));
    }

    private static Post post(String text, Account account, String url, Instant publishedAt) {
        return new Post("t:1", "test", url, publishedAt, null, account, null, null, text, null, null, null, null);
    }

    static Account person(String id, String handle, String name) {
        return new Account(id, handle, name, AccountKind.PERSON);
    }

    static Account outlet(String id, String handle, String name) {
        return new Account(id, handle, name, AccountKind.OUTLET);
    }
}
