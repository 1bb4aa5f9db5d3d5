package io.denialwatch.ingest.connector;

import io.denialwatch.common.model.Post;

/** A post with the key that decides whether it was seen before. */
record KeyedPost(String key, Post post) {
}
