package io.denialwatch.stream.pipeline;

import com.fasterxml.jackson.databind.ObjectReader;
import io.denialwatch.common.LogSafe;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.json.Utf8;
import io.denialwatch.common.model.DeadLetter;
import io.denialwatch.common.model.Post;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

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

    /**
     * Whether Jackson reads {@code bytes} as UTF-8 JSON: an object's opening brace, and not the
     * zero byte after it by which Jackson would take the text for UTF-16 or UTF-32.
     */
    private static boolean readsAsUtf8Json(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == '{' && bytes[1] != 0;
    }

    public static Parsed<Post> read(byte[] bytes, String origin) {
        return read(bytes, () -> origin);
    }

    /** The same, told where the record came from only when it is a dead letter. */
    public static Parsed<Post> read(byte[] bytes, Supplier<String> where) {
        if (bytes == null) {
            return Parsed.failed(DeadLetter.of("stream.parse", "empty record", where.get(), null));
        }
        if (bytes.length > MAX_RECORD_BYTES) {
            return Parsed.failed(DeadLetter.of(
                    "stream.parse",
                    "record of " + bytes.length + " bytes exceeds " + MAX_RECORD_BYTES,
                    where.get(),
                    null));
        }
        boolean utf8 = Utf8.isValid(bytes);
        if (utf8 && readsAsUtf8Json(bytes)) {
            // the usual post, parsed from its bytes in one pass: no text decoded beside it
            try {
                Post post = POSTS.readValue(bytes);
                if (post != null && post.problem() == null) {
                    return Parsed.ok(post);
                }
            } catch (IOException | RuntimeException e) {
                // told below, from the text, as every unusable record is
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!utf8) {
            return Parsed.failed(DeadLetter.of("stream.parse", "invalid UTF-8", where.get(), text));
        }
        try {
            Post post = POSTS.readValue(text);
            if (post == null) {
                return Parsed.failed(DeadLetter.of("stream.parse", "null record", where.get(), text));
            }
            Post.Problem invalid = post.problem();
            if (invalid != null) {
                return Parsed.failed(
                        DeadLetter.of("stream.validate", invalid.reason(), where.get(), invalid.field(), text));
            }
            return Parsed.ok(post);
        } catch (IOException e) {
            Post.Problem p = Post.Problem.of(e);
            return Parsed.failed(DeadLetter.of("stream.parse", p.reason(), where.get(), p.field(), text));
        } catch (RuntimeException e) {
            return Parsed.failed(DeadLetter.of(
                    "stream.parse", "not a valid post: " + LogSafe.firstLine(e.getMessage()), where.get(), text));
        }
    }
}
