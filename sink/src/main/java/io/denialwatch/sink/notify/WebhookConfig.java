package io.denialwatch.sink.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.denialwatch.common.UserError;
import io.denialwatch.common.YamlSyntax;
import io.denialwatch.common.config.Settings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the webhook targets from the YAML file named by {@code webhooks.file}:
 * <pre>
 * targets:
 *   - name: desk-chat
 *     url: https://chat.example.org/hooks/abc
 *     format: slack            # or json
 *     persons: [ahmed-al-sharaa]
 *     languages: [ar, en]
 *     min_score: 0.6
 *     max_attempts: 5          # default 5
 *     initial_backoff: 1s      # default 1s, doubling
 * </pre>
 */
public final class WebhookConfig {
    private WebhookConfig() {}

    public static List<WebhookTarget> load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such webhooks file; fix webhooks.file or leave it empty for none");
        } catch (JsonProcessingException e) {
            YamlSyntax y = YamlSyntax.of(e);
            throw new UserError(file + ":" + y.line() + ": " + y.message(), e);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read the webhooks file (" + e + ")", e);
        }
        List<WebhookTarget> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        for (JsonNode t : root.path("targets")) {
            String name = t.path("name").asText("webhook-" + (out.size() + 1));
            if (t.path("url").asText().isBlank()) {
                throw new UserError(file + ": webhook " + name + " has no url");
            }
            WebhookTarget.Format format;
            try {
                format = WebhookTarget.Format.valueOf(
                        t.path("format").asText("json").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserError(file + ": webhook " + name + ": format must be slack or json", e);
            }
            out.add(new WebhookTarget(
                    name,
                    URI.create(t.path("url").asText().trim()),
                    format,
                    strings(t.path("persons")),
                    strings(t.path("languages")),
                    t.path("min_score").asDouble(0),
                    t.path("max_attempts").asInt(5),
                    Settings.parseDuration(
                            "initial_backoff", t.path("initial_backoff").asText("1s"))));
        }
        return out;
    }

    private static Set<String> strings(JsonNode list) {
        Set<String> out = new LinkedHashSet<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }
}
