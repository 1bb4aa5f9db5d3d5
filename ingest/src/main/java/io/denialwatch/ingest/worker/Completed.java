package io.denialwatch.ingest.worker;

import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchResult;
import java.time.Instant;

/** The outcome of one fetch, handed from a fetch thread back to the worker's loop. */
record Completed(String sourceId, long epoch, FetchResult result, FetchException error, Instant at) {}
