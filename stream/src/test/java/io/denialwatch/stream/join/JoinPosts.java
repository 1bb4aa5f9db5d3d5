package io.denialwatch.stream.join;

import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.Post;
import java.time.Instant;

/** Posts for the join's tests: in English, published at a time and fetched a minute later. */
public final class JoinPosts {
    private JoinPosts() {}

    public static Post post(String id, Account account, Instant at, String text) {
        return new Post(
                id,
                account.id(),
                "https://example.org/" + id,
                at,
                at.plusSeconds(60),
                account,
                "en",
                null,
                text,
                null,
                null,
                null,
                null);
    }
}
