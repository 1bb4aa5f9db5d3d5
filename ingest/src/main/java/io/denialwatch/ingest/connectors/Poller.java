package io.denialwatch.ingest.connectors;

import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.SourceDefinition;

/** Polls one source once; the seam between the worker's scheduling and the connectors. */
@FunctionalInterface
public interface Poller {
    FetchResult poll(SourceDefinition source, Cursor cursor) throws FetchException;
}
