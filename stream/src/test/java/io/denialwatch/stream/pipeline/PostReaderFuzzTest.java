package io.denialwatch.stream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.denialwatch.common.model.DeadLetter;
import io.denialwatch.common.model.Post;

/**
 * Whatever bytes arrive on dw.posts, the reader answers with a usable post or a dead letter
 * that says why; it never throws, so one record cannot stop the topology. The saved inputs
 * under {@code PostReaderFuzzTestInputs/} replay in every build.
 */
class PostReaderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void anyBytesGiveAPostOrADeadLetter(byte[] bytes) {
        Parsed<Post> parsed = PostReader.read(bytes, "dw.posts-0@0");

        assertThat(parsed).isNotNull();
        if (parsed.isOk()) {
            assertThat(parsed.value().invalidReason()).isNull();
            assertThat(parsed.value().fullText()).isNotNull();
        } else {
            DeadLetter d = parsed.deadLetter();
            assertThat(d.stage()).startsWith("stream.");
            assertThat(d.reason()).isNotBlank();
            assertThat(d.source()).isEqualTo("dw.posts-0@0");
            assertThat(d.payload() == null || d.payload().length() <= DeadLetter.MAX_PAYLOAD_CHARS + 1)
                    .isTrue();
        }
    }
}
