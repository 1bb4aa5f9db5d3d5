package io.denialwatch.ingest.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.model.AccountKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code config/sources.yaml}: a {@code sources:} list of id, kind, url and/or handle,
 * account_kind, owner, poll_interval ({@code 5m}, {@code PT15M}) and enabled. Errors name the entry.
 */
public final class SourcesFile {
    private SourcesFile() {}

    public static List<SourceDefinition> load(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    public static List<SourceDefinition> parse(String yaml, String where) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        JsonNode list = root == null ? null : root.get("sources");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(where + ": expected a top-level 'sources:' list");
        }
        List<SourceDefinition> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (JsonNode s : list) {
            n++;
            String label = where + " entry " + n;
            String id = text(s, "id");
            if (id == null) {
                throw new IllegalArgumentException(label + ": missing id");
            }
            if (!ids.add(id)) {
                throw new IllegalArgumentException(label + ": duplicate id '" + id + "'");
            }
            try {
                SourceKind kind = SourceKind.parse(text(s, "kind"));
                String url = text(s, "url");
                String handle = text(s, "handle");
                if (url == null && handle == null) {
                    throw new IllegalArgumentException("needs a url or a handle");
                }
                String interval = text(s, "poll_interval");
                Duration every = interval == null ? null : Settings.parseDuration("poll_interval", interval);
                String ak = text(s, "account_kind");
                AccountKind accountKind = ak == null ? null : AccountKind.parse(ak);
                if (ak != null && accountKind == null) {
                    throw new IllegalArgumentException(
                            "account_kind must be outlet, official or person, not '" + ak + "'");
                }
                boolean enabled = !s.has("enabled") || s.get("enabled").asBoolean(true);
                out.add(new SourceDefinition(id, kind, url, handle, accountKind, text(s, "owner"), every, enabled));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(label + " (" + id + "): " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank()
                ? null
                : v.asText().trim();
    }
}
