package io.denialwatch.ingest.connectors;

import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.model.ItemRejection;

/**
 * A post, or the reason its item was refused, with the key that decides whether it was seen
 * before. A refused item is remembered too, so that it is dead-lettered once, not at every poll.
 */
record KeyedPost(String key, Post post, ItemRejection rejected) {
    KeyedPost(String key, Post post) {
        this(key, post, null);
    }

    static KeyedPost refused(String key, ItemRejection why) {
        return new KeyedPost(key, null, why);
    }
}
