package io.denialwatch.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Post;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The binary form of internal records round-trips, is smaller than text, and still reads text written before it. */
class JsonSerdeTest {
    private static final Post POST = new Post(
            "x:1",
            "x",
            "https://example.org/1",
            Instant.parse("2025-11-15T08:30:00.123Z"),
            Instant.parse("2025-11-15T08:31:00Z"),
            new Account("x:a", "a", "نيويورك تايمز", AccountKind.OUTLET),
            "ar",
            null,
            "نفى المكتب ما نشرته الصحيفة «عن لقاء لم يحدث»",
            List.of("https://example.org/2"),
            null,
            null,
            null);

    @Test
    void compactRecordsRoundTripAndAreSmallerThanText() {
        JsonSerde<Post> compact = JsonSerde.compact(Post.class);
        byte[] bytes = compact.serializer().serialize("t", POST);
        assertThat(compact.deserializer().deserialize("t", bytes)).isEqualTo(POST);
        assertThat(bytes.length).isLessThan(Json.writeBytes(POST).length);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo(":)\n");
    }

    @Test
    void theCompactSerdeStillReadsTextWrittenBeforeIt() {
        assertThat(JsonSerde.compact(Post.class).deserializer().deserialize("t", Json.writeBytes(POST)))
                .isEqualTo(POST);
    }
}
