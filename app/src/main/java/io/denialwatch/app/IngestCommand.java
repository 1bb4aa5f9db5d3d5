package io.denialwatch.app;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.kafka.Topics;
import io.denialwatch.ingest.replay.JsonlReplaySource;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code denialwatch ingest}: brings posts into dw.posts. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Run the ingest role. With --replay FILE, produce the Posts of a JSONL file to dw.posts and exit.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--replay", paramLabel = "FILE", required = true,
            description = "a JSONL file of Posts (one per line; id, text and published_at required)")
    Path replay;

    @Override
    public Integer call() throws Exception {
        Settings s = config.load(Map.of());
        KafkaClients.ensureTopics(s);
        try (var producer = KafkaClients.postProducer(s)) {
            var result = new JsonlReplaySource(producer, new Topics(s.get(Settings.TOPIC_PREFIX)).posts.name())
                    .replay(replay);
            result.rejected().forEach(r -> System.err.println("skipped " + r.where() + ": " + r.reason()));
            System.out.println("produced " + result.produced() + " posts, skipped " + result.rejected().size());
        }
        return 0;
    }
}
