package io.denialwatch.stream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.model.Post;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which bytes of dw.posts are UTF-8: decoded leniently first, strictly only when in doubt. */
class PostReaderTest {
    private static byte[] post(String text) {
        return ("{\"id\":\"p1\",\"text\":\"" + text + "\",\"published_at\":\"2025-11-14T10:00:00Z\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPostThatReallyContainsTheReplacementCharacterIsRead() {
        Parsed<Post> parsed = PostReader.read(post("نفى \uFFFD التقرير"), "dw.posts-0@0");
        assertThat(parsed.isOk()).isTrue();
        assertThat(parsed.value().text()).isEqualTo("نفى \uFFFD التقرير");
    }

    @Test
    void bytesThatAreNotUtf8AreADeadLetterEvenBesideAReplacementCharacter() {
        byte[] good = post("a \uFFFD b");
        byte[] bad = new byte[good.length + 2];
        int quote = new String(good, StandardCharsets.UTF_8).indexOf("a ") + 10;
        System.arraycopy(good, 0, bad, 0, quote);
        bad[quote] = (byte) 0xC3; // a lead byte with no continuation
        bad[quote + 1] = (byte) 0x28;
        System.arraycopy(good, quote, bad, quote + 2, good.length - quote);
        Parsed<Post> parsed = PostReader.read(bad, "dw.posts-0@0");
        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.deadLetter().reason()).isEqualTo("invalid UTF-8");
    }

    @Test
    void anOverlongEncodingIsNotUtf8() {
        byte[] good = post("x");
        int at = new String(good, StandardCharsets.UTF_8).indexOf("\"x\"") + 1;
        byte[] bad = good.clone();
        bad[at] = (byte) 0xC1; // overlong "A": C1 81
        byte[] withTail = new byte[bad.length + 1];
        System.arraycopy(bad, 0, withTail, 0, at + 1);
        withTail[at + 1] = (byte) 0x81;
        System.arraycopy(bad, at + 1, withTail, at + 2, bad.length - at - 1);
        Parsed<Post> parsed = PostReader.read(withTail, "dw.posts-0@0");
        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.deadLetter().reason()).isEqualTo("invalid UTF-8");
    }
}
