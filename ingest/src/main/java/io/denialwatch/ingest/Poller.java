package io.denialwatch.ingest;

/** Polls one source once; the seam between the worker's scheduling and the connectors. */
@FunctionalInterface
public interface Poller {
    FetchResult poll(SourceDefinition source, Cursor cursor) throws FetchException;
}
