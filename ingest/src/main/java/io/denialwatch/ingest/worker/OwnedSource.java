package io.denialwatch.ingest.worker;

import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.SourceDefinition;
import java.time.Instant;

/** A source this worker polls now, with its cursor and schedule. Touched by the worker's loop thread only. */
final class OwnedSource {
    final SourceDefinition definition;
    final int partition;
    /** Changes whenever the source is replaced, so results of a stale fetch are recognised and dropped. */
    final long epoch;

    Cursor cursor;
    SourceHealth health;
    Instant nextDue;
    boolean inFlight;

    OwnedSource(
            SourceDefinition definition,
            int partition,
            long epoch,
            Cursor cursor,
            SourceHealth health,
            Instant nextDue) {
        this.definition = definition;
        this.partition = partition;
        this.epoch = epoch;
        this.cursor = cursor;
        this.health = health;
        this.nextDue = nextDue;
    }

    String id() {
        return definition.id();
    }
}
