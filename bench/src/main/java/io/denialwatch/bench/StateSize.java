package io.denialwatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.kafka.streams.KafkaStreams;

/** How much state an application holds: bytes on disk and RocksDB's estimate of its keys. */
record StateSize(long diskBytes, long keys) {

    static StateSize of(KafkaStreams streams, Path appStateDir) {
        long keys = 0;
        for (var e : streams.metrics().entrySet()) {
            if (e.getKey().name().equals("estimate-num-keys") && e.getValue().metricValue() instanceof Number n) {
                keys += n.longValue();
            }
        }
        return new StateSize(diskBytes(appStateDir), keys);
    }

    static long diskBytes(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            return 0; // RocksDB removed it while we walked
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            return 0; // a directory vanished during compaction; the next reading will do
        }
    }
}
