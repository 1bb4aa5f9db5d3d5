package io.denialwatch.stream.join;

import io.denialwatch.common.json.JsonSerde;
import io.denialwatch.stream.pipeline.Parsed;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The serde of the {@code by-denial} repartition topic: a {@link KeyRanking} in Smile. Reading
 * never throws: a record that cannot be read comes back as a dead letter saying why, so the
 * topology writes it to {@code dw.deadletter} and goes on.
 */
public final class KeyRankingWire {
    static final String STAGE = "stream.gather";
    private static final JsonSerde<KeyRanking> SMILE = JsonSerde.compact(KeyRanking.class);

    public static final Serde<Parsed<KeyRanking>> SERDE = Serdes.serdeFrom(serializer(), deserializer());

    private KeyRankingWire() {}

    private static Serializer<Parsed<KeyRanking>> serializer() {
        return (topic, parsed) -> {
            if (parsed == null) {
                return null;
            }
            if (!parsed.isOk()) {
                throw new IllegalStateException("a dead letter is not a key's ranking: " + parsed.deadLetter());
            }
            return SMILE.serializer().serialize(topic, parsed.value());
        };
    }

    private static Deserializer<Parsed<KeyRanking>> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(topic, bytes);
    }

    static Parsed<KeyRanking> read(String topic, byte[] bytes) {
        try {
            KeyRanking r = SMILE.deserializer().deserialize(topic, bytes);
            if (r == null
                    || r.keys() == null
                    || r.keys().isEmpty()
                    || r.part() == null
                    || r.part().person() == null) {
                return unreadable(topic, bytes, "a key's ranking without its keys or its alert");
            }
            return Parsed.ok(r);
        } catch (RuntimeException e) {
            return unreadable(topic, bytes, "a key's ranking that cannot be read: " + e.getMessage());
        }
    }

    private static Parsed<KeyRanking> unreadable(String topic, byte[] bytes, String why) {
        return PersonEventWire.unreadable(STAGE, topic, bytes, why);
    }
}
