package io.denialwatch.ingest.worker;

import io.denialwatch.common.kafka.Topics;
import io.denialwatch.ingest.TestHttp;
import io.denialwatch.ingest.connectors.IngestMetrics;
import io.denialwatch.ingest.connectors.SourcePoller;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;

/**
 * {@code WorkerProcess BOOTSTRAP TOPIC_PREFIX GROUP WORKER_ID}: an ingest worker in a JVM of its
 * own, so a test can kill it with SIGKILL mid-transaction. Prints {@code OWNED <n>} when the
 * number of sources partitions it owns changes.
 */
public final class WorkerProcess {
    private WorkerProcess() {}

    public static void main(String[] args) throws InterruptedException {
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", args[0]);
        Clock clock = Clock.systemUTC();
        SourcePoller poller = new SourcePoller(
                TestHttp.connectors(TestHttp.client(), clock),
                new IngestMetrics(new SimpleMeterRegistry(), clock),
                clock);
        IngestWorker worker = new IngestWorker(
                        new IngestWorker.Config(
                                kafka, new Topics(args[1]), args[2], args[3], 4, Duration.ofSeconds(10)),
                        poller,
                        new SimpleMeterRegistry(),
                        clock)
                .start();
        int last = -1;
        while (true) {
            int owned = worker.ownedPartitions().size();
            if (owned != last) {
                System.out.println("OWNED " + owned);
                System.out.flush();
                last = owned;
            }
            Thread.sleep(100); // reporting cadence of a helper process, not test synchronisation
        }
    }
}
