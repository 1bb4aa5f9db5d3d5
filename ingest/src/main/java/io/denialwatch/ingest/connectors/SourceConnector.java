package io.denialwatch.ingest.connectors;

import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.SourceDefinition;

/**
 * Fetches what is new at one kind of source. Implementations keep no state between calls: all they
 * know about a source's past is the {@link Cursor} handed in, and on failure they throw so that the
 * caller keeps the previous cursor.
 */
public interface SourceConnector {
    FetchResult fetch(SourceDefinition source, Cursor cursor) throws FetchException;
}
