package io.denialwatch.common.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.denialwatch.common.ClosestKey;
import io.denialwatch.common.UserError;
import io.denialwatch.common.YamlSyntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All of denialwatch's configuration in one place: one YAML file, then {@code DW_*} environment
 * variables, then explicit overrides (command-line options), the later winning. Every key is
 * declared in {@link #KEYS} with its default, so the documentation table and the checks of
 * docker-compose.yml come from the same list.
 *
 * <p>Keys under {@code kafka.} are passed to every Kafka client as they are
 * ({@code kafka.security.protocol: SASL_SSL}); in the environment they are written
 * {@code DW_KAFKA_SECURITY_PROTOCOL}.
 */
public final class Settings {

    public static final Setting BOOTSTRAP =
            new Setting("kafka.bootstrap.servers", "127.0.0.1:9092", "Kafka bootstrap servers");
    public static final Setting TOPIC_PREFIX = new Setting("topics.prefix", "dw.", "prefix of every topic name");
    public static final Setting TOPIC_PARTITIONS = new Setting(
            "topics.partitions",
            "6",
            "partitions of topics that denialwatch creates; the ceiling of parallelism",
            Setting.Type.WHOLE_NUMBER);
    public static final Setting TOPIC_REPLICATION = new Setting(
            "topics.replication",
            "1",
            "replication factor of topics that denialwatch creates",
            Setting.Type.WHOLE_NUMBER);
    public static final Setting DATA_DIR = new Setting("data.dir", "./data", "where local state lives");
    public static final Setting PERSONS_FILE = new Setting(
            "persons.file", "config/persons.yaml", "the gazetteer of watched persons, organisations and outlets");
    public static final Setting STREAM_APP_ID = new Setting(
            "stream.application.id",
            "denialwatch-stream",
            "Kafka Streams application id; every stream instance of one installation shares it");
    public static final Setting STREAM_THREADS =
            new Setting("stream.threads", "1", "stream threads per instance", Setting.Type.WHOLE_NUMBER);
    public static final Setting STREAM_LOOKBACK = new Setting(
            "stream.lookback",
            "P14D",
            "how far back a denial looks for stories (ISO-8601 duration or 14d, 48h, 30m)",
            Setting.Type.DURATION);
    public static final Setting STREAM_GRACE = new Setting(
            "stream.grace",
            "P2D",
            "how long after a denial a late story can still revise its alert",
            Setting.Type.DURATION);
    public static final Setting STREAM_COMMIT_INTERVAL = new Setting(
            "stream.commit.interval",
            "100ms",
            "how often the stream commits its transaction: an alert is visible at most about two intervals after its post;"
                    + " longer intervals cost less per post",
            Setting.Type.DURATION);
    public static final Setting STREAM_REPORT_HOLD = new Setting(
            "stream.report.hold",
            "60s",
            "how long a news report of a denial waits for the first-hand denial before alerting on its own (0s: alert at once)",
            Setting.Type.DURATION);
    public static final Setting STREAM_MAX_STORIES =
            new Setting("stream.max.stories.per.person", "500", "stories kept per person", Setting.Type.WHOLE_NUMBER);
    public static final Setting STREAM_TOP_K =
            new Setting("stream.top.k", "5", "ranked stories per alert", Setting.Type.WHOLE_NUMBER);
    public static final Setting DETECT_THRESHOLD = new Setting(
            "detect.threshold",
            "",
            "denial score from which a post counts as a denial; empty: the calibrated model's own (docs/detection.md)",
            Setting.Type.TEXT);
    public static final Setting DETECT_LEXICON = new Setting(
            "detect.lexicon",
            "",
            "a desk's own lexicon file (YAML, per language) merged into the bundled cue lexicons");
    public static final Setting SINK_PORT =
            new Setting("sink.port", "8080", "port of the desk page and API (0 picks one)", Setting.Type.WHOLE_NUMBER);
    public static final Setting SINK_BIND =
            new Setting("sink.bind", "127.0.0.1", "address the desk binds to (0.0.0.0 in containers)");
    public static final Setting SINK_ALERTS_OUT =
            new Setting("sink.alerts.out", "", "append every alert to this JSONL file (empty: off)");
    public static final Setting SINK_GROUP =
            new Setting("sink.group.id", "denialwatch-sink", "consumer group of the sink");
    public static final Setting POSTGRES_URL = new Setting(
            "postgres.url",
            "",
            "JDBC URL of the desk's PostgreSQL store, e.g. jdbc:postgresql://db:5432/denialwatch "
                    + "(empty: no store; the sink rebuilds its history from dw.alerts on every start)");
    public static final Setting POSTGRES_USER = new Setting("postgres.user", "", "PostgreSQL user of the sink");
    public static final Setting POSTGRES_PASSWORD =
            new Setting("postgres.password", "", "PostgreSQL password of the sink");
    public static final Setting SINK_TOKEN = new Setting(
            "sink.token",
            "",
            "bearer token the desk API, stream and metrics require (empty: open; set it in production)");
    public static final Setting WEBHOOKS_FILE = new Setting(
            "webhooks.file", "", "YAML file listing webhook targets (Slack-compatible or generic JSON; empty: none)");

    public static final Setting OPS_PORT = new Setting(
            "ops.port",
            "9464",
            "port of /metrics, /health/live and /health/ready of the ingest and stream roles (0 picks one; "
                    + "the sink serves them on its desk port)",
            Setting.Type.WHOLE_NUMBER);
    public static final Setting OPS_BIND =
            new Setting("ops.bind", "127.0.0.1", "address the ops endpoints bind to (0.0.0.0 in containers)");

    public static final Setting INGEST_GROUP = new Setting(
            "ingest.group.id", "denialwatch-ingest", "consumer group of the ingest workers over the sources topic");
    public static final Setting INGEST_WORKER_ID =
            new Setting("ingest.worker.id", "", "name of this ingest worker in health records (empty: the host name)");
    public static final Setting INGEST_THREADS = new Setting(
            "ingest.threads",
            "4",
            "sources fetched in parallel by one worker (one request at a time per host regardless)",
            Setting.Type.WHOLE_NUMBER);
    public static final Setting INGEST_MIN_INTERVAL = new Setting(
            "ingest.http.min.interval", "1s", "least gap between two requests to one host", Setting.Type.DURATION);
    public static final Setting INGEST_MAX_BODY = new Setting(
            "ingest.http.max.body.bytes",
            "5242880",
            "cap on a response body after decompression",
            Setting.Type.WHOLE_NUMBER);
    public static final Setting INGEST_TIMEOUT = new Setting(
            "ingest.http.timeout",
            "30s",
            "whole-call timeout of one HTTP request, body included",
            Setting.Type.DURATION);
    public static final Setting INGEST_BACKOFF = new Setting(
            "ingest.http.backoff.base",
            "30s",
            "first back-off after a host error; doubles per consecutive error up to an hour",
            Setting.Type.DURATION);
    public static final Setting INGEST_ALLOW_PRIVATE = new Setting(
            "ingest.http.allow.private.addresses",
            "false",
            "let sources reach loopback and private networks (never in production)",
            Setting.Type.BOOLEAN);
    public static final Setting INGEST_TX_TIMEOUT = new Setting(
            "ingest.transaction.timeout",
            "15s",
            "Kafka transaction timeout of ingest producers: how long a crashed worker can hold back readers",
            Setting.Type.DURATION);

    public static final List<Setting> KEYS = List.of(
            BOOTSTRAP,
            TOPIC_PREFIX,
            TOPIC_PARTITIONS,
            TOPIC_REPLICATION,
            DATA_DIR,
            PERSONS_FILE,
            STREAM_APP_ID,
            STREAM_THREADS,
            STREAM_LOOKBACK,
            STREAM_GRACE,
            STREAM_COMMIT_INTERVAL,
            STREAM_REPORT_HOLD,
            STREAM_MAX_STORIES,
            STREAM_TOP_K,
            DETECT_THRESHOLD,
            DETECT_LEXICON,
            SINK_PORT,
            SINK_BIND,
            SINK_ALERTS_OUT,
            SINK_GROUP,
            OPS_PORT,
            OPS_BIND,
            POSTGRES_URL,
            POSTGRES_USER,
            POSTGRES_PASSWORD,
            SINK_TOKEN,
            WEBHOOKS_FILE,
            INGEST_GROUP,
            INGEST_WORKER_ID,
            INGEST_THREADS,
            INGEST_MIN_INTERVAL,
            INGEST_MAX_BODY,
            INGEST_TIMEOUT,
            INGEST_BACKOFF,
            INGEST_ALLOW_PRIVATE,
            INGEST_TX_TIMEOUT);

    private static final String KAFKA_PREFIX = "kafka.";
    // yes/no/on/off stay text, so that "yes" for a boolean is refused rather than read as true
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    public static Settings defaults() {
        return load(null, Map.of(), Map.of());
    }

    /**
     * @param yaml      the configuration file, or {@code null}
     * @param env       the process environment (only {@code DW_*} names are read)
     * @param overrides explicit values, e.g. from command-line options; they win over everything
     */
    public static Settings load(Path yaml, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> v = new LinkedHashMap<>();
        for (Setting s : KEYS) {
            v.put(s.key(), s.defaultValue());
        }
        if (yaml != null) {
            v.putAll(readYaml(yaml));
        }
        for (Setting s : KEYS) {
            String fromEnv = env.get(s.envName());
            if (fromEnv != null) {
                checkType(s, s.envName(), fromEnv);
                v.put(s.key(), fromEnv);
            }
        }
        // DW_KAFKA_* that no declared key claims are Kafka client properties
        env.forEach((name, value) -> {
            if (name.startsWith("DW_KAFKA_")
                    && KEYS.stream().noneMatch(s -> s.envName().equals(name))) {
                v.put(
                        KAFKA_PREFIX
                                + name.substring("DW_KAFKA_".length())
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', '.'),
                        value);
            }
        });
        v.putAll(overrides);
        return new Settings(v);
    }

    /**
     * The file's keys flattened to dotted paths, refusing what would otherwise be ignored or fail
     * late: an unknown key (with the closest known one), a list, a value of the wrong type.
     */
    private static Map<String, String> readYaml(Path yaml) {
        String text;
        try {
            text = Files.readString(yaml);
        } catch (NoSuchFileException e) {
            throw new UserError(yaml + ": no such configuration file; give an existing one with --config FILE");
        } catch (IOException e) {
            throw new UserError(yaml + ": cannot read the configuration file (" + e + ")");
        }
        Map<String, String> flat = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                readMapping(p, yaml, "", flat, problems);
            } else if (t != null) {
                problems.add(yaml + ":1: a configuration file is a mapping of keys (docs/operations.md lists them)");
            }
        } catch (JsonProcessingException e) {
            YamlSyntax y = YamlSyntax.of(e);
            problems.clear(); // what was read before the break may be a misreading of it
            problems.add(yaml + ":" + y.line() + ": " + y.message());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new UserError(
                    problems.get(0) + (problems.size() == 1 ? "" : " (and " + (problems.size() - 1) + " more)"));
        }
        return flat;
    }

    private static void readMapping(
            JsonParser p, Path file, String prefix, Map<String, String> out, List<String> problems) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix + p.currentName();
            String where = file + ":" + p.currentTokenLocation().getLineNr() + ": ";
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT) {
                readMapping(p, file, key + ".", out, problems);
                continue;
            }
            Setting setting =
                    KEYS.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
            if (setting == null && !key.startsWith(KAFKA_PREFIX)) {
                problems.add(where + "unknown key '" + key + "'; did you mean '"
                        + ClosestKey.of(key, KEYS.stream().map(Setting::key).toList())
                        + "'? (docs/operations.md lists every key)");
                p.skipChildren();
            } else if (value == JsonToken.START_ARRAY) {
                problems.add(where + key + " takes one value, not a list");
                p.skipChildren();
            } else {
                String text = value == JsonToken.VALUE_NULL ? "" : p.getText();
                String problem = setting == null ? null : setting.type().problem(text);
                if (problem != null) {
                    problems.add(where + key + " " + problem);
                }
                out.put(key, text);
            }
        }
    }

    /** An environment variable of the wrong type fails at start with its name, like a key in the file. */
    private static void checkType(Setting s, String envName, String value) {
        String problem = s.type().problem(value);
        if (problem != null) {
            throw new UserError(envName + ": " + s.key() + " " + problem);
        }
    }

    public String get(Setting s) {
        return values.getOrDefault(s.key(), s.defaultValue());
    }

    public String get(String key) {
        return values.get(key);
    }

    public int getInt(Setting s) {
        try {
            return Integer.parseInt(get(s).trim());
        } catch (NumberFormatException e) {
            throw new UserError(s.key() + " must be a whole number, not '" + get(s) + "'", e);
        }
    }

    public double getDouble(Setting s) {
        try {
            return Double.parseDouble(get(s).trim());
        } catch (NumberFormatException e) {
            throw new UserError(s.key() + " must be a number, not '" + get(s) + "'", e);
        }
    }

    public Duration getDuration(Setting s) {
        return parseDuration(s.key(), get(s));
    }

    /** Reads {@code P14D}, {@code PT48H} or the short forms {@code 14d}, {@code 48h}, {@code 30m}, {@code 10s}. */
    public static Duration parseDuration(String what, String text) {
        String t = text.trim();
        Matcher m = SHORT_DURATION.matcher(t.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new UserError(what + " must be a duration like 14d, 48h, 30s, 100ms or P14D, not '" + text + "'", e);
        }
    }

    /** Kafka client properties: the bootstrap servers plus every other {@code kafka.*} key. */
    public Properties kafkaProperties() {
        Properties p = new Properties();
        values.forEach((k, val) -> {
            if (k.startsWith(KAFKA_PREFIX)) {
                p.put(k.substring(KAFKA_PREFIX.length()), val);
            }
        });
        return p;
    }

    public Settings with(String key, String value) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(key, value);
        return new Settings(v);
    }

    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }
}
