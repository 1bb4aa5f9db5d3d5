package io.denialwatch.chaos;

import io.denialwatch.common.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verdict of a run, printed as the last line of {@code chaos}: one JSON object whose first
 * six fields are {@code expected, delivered, duplicates, missing, db_rows, hanging}.
 *
 * @param expected       alert ids the generated posts owe
 * @param delivered      distinct alert ids committed on dw.alerts
 * @param duplicates     committed records repeating an (alert id, revision) already seen
 * @param missing        expected ids never committed
 * @param dbRows         distinct alert ids in the sink's store
 * @param hanging        partitions whose last stable offset is behind the end, plus unfinished transactions
 * @param spurious       committed alert ids nobody expected
 * @param sinkStore      which store {@code db_rows} was read from
 * @param sinkDuplicates rows in the sink's store repeating an (alert id, revision)
 * @param sinkUnreadable torn or unreadable rows in the sink's store
 * @param deadLetters    records on dw.deadletter (none is injected in a chaos run)
 * @param faults         faults applied, by kind
 * @param unplannedRestarts times a part exited on its own (e.g. started while the broker was down) and was
 *                       started again, as a container runtime would
 * @param seconds        wall time of the run
 */
public record ChaosReport(
        long expected,
        long delivered,
        long duplicates,
        long missing,
        long dbRows,
        long hanging,
        long spurious,
        String sinkStore,
        long sinkDuplicates,
        long sinkUnreadable,
        long deadLetters,
        Map<String, Integer> faults,
        int unplannedRestarts,
        long seconds) {

    /** Passes when nothing is lost, doubled, invented or left open, in Kafka and in the sink's store. */
    public boolean passed() {
        return expected > 0
                && missing == 0
                && duplicates == 0
                && spurious == 0
                && hanging == 0
                && dbRows == expected
                && sinkDuplicates == 0
                && sinkUnreadable == 0
                && deadLetters == 0;
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("expected", expected);
        m.put("delivered", delivered);
        m.put("duplicates", duplicates);
        m.put("missing", missing);
        m.put("db_rows", dbRows);
        m.put("hanging", hanging);
        m.put("spurious", spurious);
        m.put("sink_store", sinkStore);
        m.put("sink_duplicates", sinkDuplicates);
        m.put("sink_unreadable", sinkUnreadable);
        m.put("dead_letters", deadLetters);
        m.put("faults", faults);
        m.put("unplanned_restarts", unplannedRestarts);
        m.put("seconds", seconds);
        m.put("passed", passed());
        return Json.write(m);
    }
}
