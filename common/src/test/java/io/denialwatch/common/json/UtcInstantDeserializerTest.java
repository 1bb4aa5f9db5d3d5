package io.denialwatch.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Post times read the fast way are exactly what java.time reads; every other form still reads as before. */
class UtcInstantDeserializerTest {

    private static Instant read(String value) throws IOException {
        return Json.MAPPER.readValue("\"" + value + "\"", Instant.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-11-15T08:30:00Z",
                "2025-11-15T08:30:00.5Z",
                "2025-11-15T08:30:00.123Z",
                "2024-02-29T23:59:59.999999999Z",
                "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59.000001Z",
                "0001-01-01T00:00:00Z"
            })
    void utcTimesReadAsJavaTimeReadsThem(String value) throws IOException {
        assertThat(UtcInstantDeserializer.parse(value)).as("fast path taken").isNotNull();
        assertThat(read(value)).isEqualTo(Instant.parse(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-11-15T10:30:00+02:00", "2025-11-15T08:30:00.123456789012Z", "2025-11-15t08:30:00Z"})
    void otherFormsGoToTheGeneralReader(String value) throws IOException {
        assertThat(UtcInstantDeserializer.parse(value)).isNull();
        if (value.contains("+")) {
            assertThat(read(value)).isEqualTo(OffsetDateTime.parse(value).toInstant());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-02-30T08:30:00Z",
                "2025-11-15T24:30:00Z",
                "2025-11-15T08:61:00Z",
                "2025-13-01T00:00:00Z",
                "2025-11-15T08:30:0xZ",
                "not a time at all"
            })
    void impossibleTimesAreErrorsNotGuesses(String value) {
        assertThat(UtcInstantDeserializer.parse(value)).isNull();
        assertThatThrownBy(() -> read(value)).isInstanceOf(IOException.class);
    }
}
