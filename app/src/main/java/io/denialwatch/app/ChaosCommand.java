package io.denialwatch.app;

import io.denialwatch.chaos.ChaosPlan;
import io.denialwatch.chaos.ChaosReport;
import io.denialwatch.chaos.ChaosRun;
import io.denialwatch.common.DirectoryTree;
import io.denialwatch.common.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code denialwatch chaos}: the fault suite (docs/reliability.md). */
@Command(
        name = "chaos",
        mixinStandardHelpOptions = true,
        description = {
            "Run the fault suite: a generator with a known answer feeds a broker, three stream instances and "
                    + "the sink, all child JVMs, while stream instances are killed (SIGKILL) and stalled (SIGSTOP beyond the "
                    + "transaction timeout), the broker is restarted hard and the sink is killed while it writes. Then the "
                    + "committed alerts, the sink's store and the transaction state are verified.",
            "The last line printed is one JSON object: {\"expected\", \"delivered\", \"duplicates\", \"missing\", "
                    + "\"db_rows\", \"hanging\", ...}. Exit 0 when nothing is lost, doubled or left open; 1 otherwise; "
                    + "2 when the run could not be set up."
        })
final class ChaosCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "a short run (about 3 minutes): one round of faults over 84 posts")
    boolean quick;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "1",
            description = "seed of the generator (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--work-dir",
            paramLabel = "DIR",
            description =
                    "where the broker, stream and sink data and the child logs go (default: a new temporary directory)")
    Path workDir;

    @Option(
            names = "--postgres",
            paramLabel = "JDBC_URL",
            description = "the sink stores alerts in this PostgreSQL database, and the verifier counts its rows "
                    + "(without it the sink's JSONL file is checked instead)")
    String postgres;

    @Option(
            names = "--postgres-user",
            paramLabel = "USER",
            defaultValue = "postgres",
            description = "PostgreSQL user (default: ${DEFAULT-VALUE})")
    String postgresUser;

    @Option(
            names = "--postgres-password",
            paramLabel = "PASSWORD",
            defaultValue = "",
            description = "PostgreSQL password (default: empty; DW_POSTGRES_PASSWORD also works)")
    String postgresPassword;

    @Option(
            names = "--keep",
            description = "keep the work directory after a passing run (a failing run always keeps it)")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        quietKafkaClients();
        Path dir = workDir != null ? workDir : Files.createTempDirectory("denialwatch-chaos-");
        ChaosPlan plan = quick ? ChaosPlan.quick() : ChaosPlan.full();
        Settings s = Settings.load(null, Map.of(), Map.of());
        ChaosReport report;
        try {
            ChaosRun.Database db = postgres == null
                    ? null
                    : new ChaosRun.Database(
                            postgres,
                            postgresUser,
                            postgresPassword.isEmpty()
                                    ? System.getenv().getOrDefault("DW_POSTGRES_PASSWORD", "")
                                    : postgresPassword);
            report = new ChaosRun(plan, seed, dir, System.out, db).run(g -> Components.analyzer(g, s));
        } catch (ChaosRun.SetupException e) {
            System.err.println("chaos: " + e.getMessage() + " (logs in " + dir + ")");
            return 2;
        }
        if (report.passed() && !keep && workDir == null) {
            DirectoryTree.delete(dir);
        } else {
            System.out.println("chaos: data and logs kept in " + dir);
        }
        System.out.println(report.toJson());
        return report.passed() ? 0 : 1;
    }

    /** The run takes the broker down on purpose: its own clients' reconnect warnings are expected noise. */
    private static void quietKafkaClients() {
        if (LoggerFactory.getLogger("org.apache.kafka") instanceof ch.qos.logback.classic.Logger l) {
            l.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }
}
