package io.denialwatch.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** A Kafka serde for one contract type, written in the project's JSON dialect. */
public final class JsonSerde<T> implements Serde<T> {
    private final Class<T> type;
    /** Bound to the type once: a mapper looks the (de)serialiser up on every call. */
    private final ObjectReader reader;

    private final ObjectWriter writer;
    /** For the binary form: reads records written as text by earlier versions (state, repartition). */
    private final ObjectReader textReader;

    /** JSON text: for topics others read. */
    public JsonSerde(Class<T> type) {
        this(Json.MAPPER, type);
    }

    private JsonSerde(ObjectMapper mapper, Class<T> type) {
        this.type = type;
        this.reader = mapper.readerFor(type);
        this.writer = mapper.writerFor(type);
        this.textReader = mapper == Json.MAPPER ? reader : Json.MAPPER.readerFor(type);
    }

    /**
     * The binary form ({@link Json#COMPACT}): for internal topics and state stores. It still reads
     * text JSON, so state and repartition records written before the binary form stay readable.
     */
    public static <T> JsonSerde<T> compact(Class<T> type) {
        return new JsonSerde<>(Json.COMPACT, type);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return writer.writeValueAsBytes(value);
            } catch (JsonProcessingException e) {
                throw new SerializationException("cannot write a " + type.getSimpleName() + ": " + e.getMessage(), e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                // Smile starts with ":)\n", never with '{': a text record is from before the binary form
                return bytes.length > 0 && bytes[0] == '{' ? textReader.readValue(bytes) : reader.readValue(bytes);
            } catch (IOException e) {
                throw new SerializationException("not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
            }
        };
    }
}
