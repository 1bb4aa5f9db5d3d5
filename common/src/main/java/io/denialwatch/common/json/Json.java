package io.denialwatch.common.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The one JSON dialect of denialwatch: snake_case, ISO-8601 instants, unknown fields tolerated. */
public final class Json {

    /** Deeper than any real post; a bound so hostile nesting fails fast instead of exhausting the stack. */
    public static final int MAX_NESTING_DEPTH = 64;

    public static final ObjectMapper MAPPER = dialect(JsonMapper.builder())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /**
     * The same dialect in Smile, Jackson's binary JSON, with instants as numbers: for what only
     * denialwatch itself reads back (the repartition topic, state stores). It is smaller and
     * several times cheaper to write and read than text, and these records are written and read
     * once or more for every post about a watched person. Outside readers get {@link #MAPPER}.
     */
    public static final ObjectMapper COMPACT = dialect(SmileMapper.builder())
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
            .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
            // bytes (an encoded story inside a repartition record) as they are, not spread over 7-bit groups
            .disable(SmileGenerator.Feature.ENCODE_BINARY_AS_7BIT)
            .build();

    static {
        for (ObjectMapper mapper : new ObjectMapper[] {MAPPER, COMPACT}) {
            limit(mapper);
        }
    }

    private Json() {}

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B dialect(B builder) {
        return builder.addModule(new JavaTimeModule())
                .addModule(
                        new SimpleModule("utc-instants").addDeserializer(Instant.class, new UtcInstantDeserializer()))
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .serializationInclusion(JsonInclude.Include.NON_NULL);
    }

    private static void limit(ObjectMapper mapper) {
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(8 * 1024 * 1024)
                        .build());
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String json, Class<T> type) throws IOException {
        return MAPPER.readValue(json, type);
    }

    public static <T> T read(byte[] json, Class<T> type) throws IOException {
        return MAPPER.readValue(json, type);
    }
}
