package io.denialwatch.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.denialwatch.common.kafka.Topics;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReplaySourceTest {
    @TempDir
    Path dir;

    @Test
    void badLinesAreReportedWithLineAndFieldAndTheRestIsProducedWithItsLine() throws Exception {
        Path file = dir.resolve("archive.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"id\":\"x:1\",\"text\":\"one\",\"published_at\":\"2025-11-13T10:00:00Z\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
            out.write("{\"id\":\"x:3\",\"text\":\"t\",\"published_at\":\"last Tuesday\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"x:4\",\"published_at\":\"2025-11-13T10:00:00Z\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"x:5\",\"text\":\"five\",\"published_at\":\"2025-11-13T10:00:00Z\"}"
                    .getBytes(StandardCharsets.UTF_8));
        }
        MockProducer<String, byte[]> producer =
                new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        JsonlReplaySource.Result r = new JsonlReplaySource(producer, "dw.posts").replay(file);

        assertThat(r.produced()).isEqualTo(2);
        assertThat(r.rejected())
                .extracting(JsonlReplaySource.Rejected::where, JsonlReplaySource.Rejected::field)
                .containsExactly(
                        tuple("archive.jsonl:2", null),
                        tuple("archive.jsonl:3", "published_at"),
                        tuple("archive.jsonl:4", "text"));
        assertThat(r.rejected().get(0).reason()).isEqualTo("invalid UTF-8");
        assertThat(producer.history())
                .extracting(p ->
                        new String(p.headers().lastHeader(Topics.ORIGIN_HEADER).value(), StandardCharsets.UTF_8))
                .containsExactly("archive.jsonl:1", "archive.jsonl:5");
    }
}
