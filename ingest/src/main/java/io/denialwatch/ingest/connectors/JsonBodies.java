package io.denialwatch.ingest.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.denialwatch.common.LogSafe;
import io.denialwatch.common.json.Json;
import io.denialwatch.ingest.http.HttpResponse;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchException.Failure;
import java.io.IOException;

/** JSON response bodies, read with the project's mapper (bounded nesting) and failing as PARSE. */
final class JsonBodies {
    private JsonBodies() {}

    static JsonNode read(HttpResponse response) throws FetchException {
        try {
            JsonNode node = Json.MAPPER.readTree(response.body());
            if (node == null || node.isMissingNode()) {
                throw new FetchException(Failure.PARSE, "empty JSON body from " + LogSafe.of(response.finalUrl()));
            }
            return node;
        } catch (IOException e) {
            throw new FetchException(
                    Failure.PARSE,
                    "not JSON from " + LogSafe.of(response.finalUrl()) + ": " + LogSafe.of(e.getMessage()),
                    e);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    /** Walks a path of object fields, returning {@code null} as soon as one is missing. */
    static JsonNode path(JsonNode node, String... fields) {
        JsonNode cur = node;
        for (String f : fields) {
            if (cur == null || cur.isNull()) {
                return null;
            }
            cur = cur.get(f);
        }
        return cur == null || cur.isNull() ? null : cur;
    }
}
