package io.denialwatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.denialwatch.common.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The recorded responses, copied from shared/fixtures/sources into this module's test resources so
 * the repository is self-contained (origins and licences in fixtures/README.md).
 */
public final class Fixtures {
    private Fixtures() {}

    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode sidecar(String dir) {
        for (String name : new String[] {dir + "/recorded.headers.json", dir + "/account-statuses.headers.json"}) {
            if (Fixtures.class.getResource("/fixtures/" + name) != null) {
                try {
                    return Json.MAPPER.readTree(bytes(name));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return MissingNode.getInstance();
    }
}
