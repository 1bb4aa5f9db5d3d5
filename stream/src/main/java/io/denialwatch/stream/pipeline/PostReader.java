package io.denialwatch.stream.pipeline;

import com.fasterxml.jackson.databind.ObjectReader;
import io.denialwatch.common.LogSafe;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.json.Utf8;
import io.denialwatch.common.model.DeadLetter;
import io.denialwatch.common.model.Post;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns the raw bytes of a {@code dw.posts} record into a {@link Post}, or into a dead letter
 * that says why not. Never throws: one bad record must not stop the topology.
 */
public final class PostReader {
    /** Larger records are refused before parsing: no real post comes near it. */
    public static final int MAX_RECORD_BYTES = 2 * 1024 * 1024;
    /** Bound to the type once: every post of {@code dw.posts} passes here. */
    private static final ObjectReader POSTS = Json.MAPPER.readerFor(Post.class);

    private PostReader() {}

    public static Parsed<Post> read(byte[] bytes, String origin) {
        if (bytes == null) {
            return Parsed.failed(DeadLetter.of("stream.parse", "empty record", origin, null));
        }
        if (bytes.length > MAX_RECORD_BYTES) {
            return Parsed.failed(DeadLetter.of(
                    "stream.parse", "record of " + bytes.length + " bytes exceeds " + MAX_RECORD_BYTES, origin, null));
        }
        // the lenient decoder puts U+FFFD where the bytes are not UTF-8, so a text without one
        // was valid; only a text with one (malformed, or a real U+FFFD) is decoded again strictly
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0 && !Utf8.isValid(bytes)) {
            return Parsed.failed(DeadLetter.of("stream.parse", "invalid UTF-8", origin, text));
        }
        try {
            Post post = POSTS.readValue(text);
            if (post == null) {
                return Parsed.failed(DeadLetter.of("stream.parse", "null record", origin, text));
            }
            Post.Problem invalid = post.problem();
            if (invalid != null) {
                return Parsed.failed(DeadLetter.of("stream.validate", invalid.reason(), origin, invalid.field(), text));
            }
            return Parsed.ok(post);
        } catch (IOException e) {
            Post.Problem p = Post.Problem.of(e);
            return Parsed.failed(DeadLetter.of("stream.parse", p.reason(), origin, p.field(), text));
        } catch (RuntimeException e) {
            return Parsed.failed(DeadLetter.of(
                    "stream.parse", "not a valid post: " + LogSafe.firstLine(e.getMessage()), origin, text));
        }
    }
}
