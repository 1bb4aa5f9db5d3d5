package io.denialwatch.stream.join;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A text is written as the JDK encodes it in UTF-8, and a story's event is sized exactly. */
class WireTest {

    @Test
    void aTextIsItsUtf8BytesAsTheJdkEncodesThem() {
        for (String s : List.of(
                "",
                "plain ASCII",
                "café déjà vu",
                "أنفي ما تم تداوله عن أي تصريحات",
                "国务院 新闻办公室",
                "a 😀 smile",
                "lone \uD83D high",
                "lone \uDE00 low",
                "ends high \uD83D",
                "\uDE00\uD83D reversed")) {
            byte[] expected = s.getBytes(StandardCharsets.UTF_8);
            byte[] written = new Wire.Out(0).putString(s).toBytes();
            assertThat(Wire.utf8Length(s)).as(s).isEqualTo(expected.length);
            assertThat(written).as(s).hasSize(4 + expected.length);
            assertThat(new Wire.In(written, 0).getString())
                    .as(s)
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
            assertThat(java.util.Arrays.copyOfRange(written, 4, written.length))
                    .as(s)
                    .isEqualTo(expected);
        }
    }

    @Test
    void aStoryIsWrittenInTheBytesItsSizeSays() {
        StoryRecord arabic = new StoryRecord(
                "x:alikhbariya-1",
                "https://x.com/alikhbariya/status/1",
                "الإخبارية السورية",
                Set.of("alikhbariya", "sana"),
                Instant.parse("2025-11-14T10:00:00Z"),
                "ar",
                null,
                "نؤكد عدم صحة المعلومات التي وردت في بعض التقارير الصحفية 😀",
                Set.of(),
                Map.of("ka:shr", "الشرع", "kl:jlny", "Julani"),
                List.of("وجود تعاون"),
                true,
                "subject");
        for (StoryRecord r : List.of(arabic, EncodedStoryTest.STORY)) {
            EncodedStory story = EncodedStory.of(r);
            int size = story.sizeHint();
            assertThat(story.bytes()).hasSize(size);
        }
    }
}
