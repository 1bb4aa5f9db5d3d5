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
import io.denialwatch.common.config.Setting.Check;
import io.denialwatch.common.config.Setting.Type;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;

/**
 * All of denialwatch's configuration in one place: one YAML file, then {@code DW_*} environment
 * variables, then explicit overrides (command-line options), the later winning. Every key is
 * declared in {@link #KEYS} with its type, default and accepted values, so the documentation
 * table, the checks of docker-compose.yml and the checks at load come from the same list.
 *
 * <p>Keys under {@code kafka.} are passed to every Kafka client as they are
 * ({@code kafka.security.protocol: SASL_SSL}); in the environment they are written
 * {@code DW_KAFKA_SECURITY_PROTOCOL}.
 */
public final class Settings {

    public static final Setting<String> BOOTSTRAP = Setting.of(
            "kafka.bootstrap.servers", Type.TEXT, "127.0.0.1:9092", Check.notBlank(), "Kafka bootstrap servers");
    public static final Setting<String> TOPIC_PREFIX =
            Setting.text("topics.prefix", "dw.", "prefix of every topic name");
    public static final Setting<Integer> TOPIC_PARTITIONS = Setting.of(
            "topics.partitions",
            Type.WHOLE_NUMBER,
            "6",
            Check.atLeast(1),
            "partitions of topics that denialwatch creates; the ceiling of parallelism");
    public static final Setting<Integer> TOPIC_REPLICATION = Setting.of(
            "topics.replication",
            Type.WHOLE_NUMBER,
            "1",
            Check.between(1, Short.MAX_VALUE),
            "replication factor of topics that denialwatch creates");
    public static final Setting<Path> DATA_DIR =
            Setting.of("data.dir", Type.PATH, "./data", Check.any(), "where local state lives");
    public static final Setting<Path> PERSONS_FILE = Setting.of(
            "persons.file",
            Type.PATH,
            "config/persons.yaml",
            Check.any(),
            "the gazetteer of watched persons, organisations and outlets");
    public static final Setting<String> STREAM_APP_ID = Setting.of(
            "stream.application.id",
            Type.TEXT,
            "denialwatch-stream",
            Check.notBlank(),
            "Kafka Streams application id; every stream instance of one installation shares it");
    public static final Setting<Integer> STREAM_THREADS =
            Setting.of("stream.threads", Type.WHOLE_NUMBER, "1", Check.atLeast(1), "stream threads per instance");
    public static final Setting<Duration> STREAM_LOOKBACK = Setting.of(
            "stream.lookback",
            Type.DURATION,
            "P14D",
            Check.longerThanZero(),
            "how far back a denial looks for stories (ISO-8601 duration or 14d, 48h, 30m)");
    public static final Setting<Duration> STREAM_GRACE = Setting.of(
            "stream.grace",
            Type.DURATION,
            "P2D",
            Check.notNegative(),
            "how long after a denial a late story can still revise its alert");
    public static final Setting<Duration> STREAM_COMMIT_INTERVAL = Setting.of(
            "stream.commit.interval",
            Type.DURATION,
            "100ms",
            Check.longerThanZero(),
            "how often the stream commits its transaction: an alert is visible at most about three intervals after its post;"
                    + " longer intervals cost less per post");
    public static final Setting<Duration> STREAM_REPORT_HOLD = Setting.of(
            "stream.report.hold",
            Type.DURATION,
            "60s",
            Check.notNegative(),
            "how long a news report of a denial waits for the first-hand denial before alerting on its own, shown on the"
                    + " desk meanwhile as held (0s: alert at once)");
    public static final Setting<Duration> STREAM_FOLD_REPORTED = Setting.of(
            "stream.fold.reported",
            Type.DURATION,
            "72h",
            Check.notNegative(),
            "how long after a first-hand denial a news report of it is folded into its alert instead of raising a new one");
    public static final Setting<Duration> STREAM_FUTURE_SKEW = Setting.of(
            "stream.future.skew",
            Type.DURATION,
            "10m",
            Check.notNegative(),
            "how far in the future a post's published_at may lie before its fetched_at is used instead");
    public static final Setting<Integer> STREAM_MAX_STORIES = Setting.of(
            "stream.max.stories.per.person", Type.WHOLE_NUMBER, "500", Check.atLeast(1), "stories kept per person");
    public static final Setting<Integer> STREAM_TOP_K =
            Setting.of("stream.top.k", Type.WHOLE_NUMBER, "5", Check.atLeast(1), "ranked stories per alert");
    public static final Setting<OptionalDouble> DETECT_THRESHOLD = Setting.of(
            "detect.threshold",
            Type.OPTIONAL_NUMBER,
            "",
            Check.emptyOrBetween(0, 1),
            "denial score from which a post counts as a denial; empty: the calibrated model's own (docs/detection.md)");
    public static final Setting<Optional<Path>> DETECT_LEXICON = Setting.of(
            "detect.lexicon",
            Type.OPTIONAL_PATH,
            "",
            Check.any(),
            "a desk's own lexicon file (YAML, per language) merged into the bundled cue lexicons");
    public static final Setting<Integer> SINK_PORT = Setting.of(
            "sink.port",
            Type.WHOLE_NUMBER,
            "8080",
            Check.between(0, 65535),
            "port of the desk page and API (0 picks one)");
    public static final Setting<String> SINK_BIND = Setting.of(
            "sink.bind", Type.TEXT, "127.0.0.1", Check.notBlank(), "address the desk binds to (0.0.0.0 in containers)");
    public static final Setting<Optional<Path>> SINK_ALERTS_OUT = Setting.of(
            "sink.alerts.out",
            Type.OPTIONAL_PATH,
            "",
            Check.any(),
            "append every alert to this JSONL file (empty: off)");
    public static final Setting<String> SINK_GROUP =
            Setting.of("sink.group.id", Type.TEXT, "denialwatch-sink", Check.notBlank(), "consumer group of the sink");
    public static final Setting<String> POSTGRES_URL = Setting.text(
            "postgres.url",
            "",
            "JDBC URL of the desk's PostgreSQL store, e.g. jdbc:postgresql://db:5432/denialwatch "
                    + "(empty: no store; the sink rebuilds its history from dw.alerts on every start)");
    public static final Setting<String> POSTGRES_USER =
            Setting.text("postgres.user", "", "PostgreSQL user of the sink");
    public static final Setting<String> POSTGRES_PASSWORD =
            Setting.text("postgres.password", "", "PostgreSQL password of the sink");
    public static final Setting<String> SINK_TOKEN = Setting.text(
            "sink.token",
            "",
            "bearer token the desk API, stream and metrics require (empty: open; set it in production)");
    public static final Setting<Optional<Path>> WEBHOOKS_FILE = Setting.of(
            "webhooks.file",
            Type.OPTIONAL_PATH,
            "",
            Check.any(),
            "YAML file listing webhook targets (Slack-compatible or generic JSON; empty: none)");

    public static final Setting<Integer> OPS_PORT = Setting.of(
            "ops.port",
            Type.WHOLE_NUMBER,
            "9464",
            Check.between(0, 65535),
            "port of /metrics, /health/live and /health/ready of the ingest and stream roles (0 picks one; "
                    + "the sink serves them on its desk port)");
    public static final Setting<String> OPS_BIND = Setting.of(
            "ops.bind",
            Type.TEXT,
            "127.0.0.1",
            Check.notBlank(),
            "address the ops endpoints bind to (0.0.0.0 in containers)");

    public static final Setting<String> INGEST_GROUP = Setting.of(
            "ingest.group.id",
            Type.TEXT,
            "denialwatch-ingest",
            Check.notBlank(),
            "consumer group of the ingest workers over the sources topic");
    public static final Setting<String> INGEST_WORKER_ID =
            Setting.text("ingest.worker.id", "", "name of this ingest worker in health records (empty: the host name)");
    public static final Setting<Integer> INGEST_THREADS = Setting.of(
            "ingest.threads",
            Type.WHOLE_NUMBER,
            "4",
            Check.atLeast(1),
            "sources fetched in parallel by one worker (one request at a time per host regardless)");
    public static final Setting<Duration> INGEST_MIN_INTERVAL = Setting.of(
            "ingest.http.min.interval",
            Type.DURATION,
            "1s",
            Check.notNegative(),
            "least gap between two requests to one host");
    public static final Setting<Long> INGEST_MAX_BODY = Setting.of(
            "ingest.http.max.body.bytes",
            Type.LONG,
            "5242880",
            Check.atLeast(1),
            "cap on a response body after decompression");
    public static final Setting<Duration> INGEST_TIMEOUT = Setting.of(
            "ingest.http.timeout",
            Type.DURATION,
            "30s",
            Check.longerThanZero(),
            "whole-call timeout of one HTTP request, body included");
    public static final Setting<Duration> INGEST_BACKOFF = Setting.of(
            "ingest.http.backoff.base",
            Type.DURATION,
            "30s",
            Check.longerThanZero(),
            "first back-off after a host error; doubles per consecutive error up to an hour");
    public static final Setting<Boolean> INGEST_ALLOW_PRIVATE = Setting.of(
            "ingest.http.allow.private.addresses",
            Type.BOOLEAN,
            "false",
            Check.any(),
            "let sources reach loopback and private networks (never in production)");
    public static final Setting<Duration> INGEST_TX_TIMEOUT = Setting.of(
            "ingest.transaction.timeout",
            Type.DURATION,
            "15s",
            Check.longerThanZero(),
            "Kafka transaction timeout of ingest producers: how long a crashed worker can hold back readers");

    public static final List<Setting<?>> KEYS = List.of(
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
            STREAM_FOLD_REPORTED,
            STREAM_FUTURE_SKEW,
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
    private static final Map<String, Setting<?>> BY_KEY = byKey();
    // yes/no/on/off stay text, so that "yes" for a boolean is refused rather than read as true
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Every value as given, the {@code kafka.*} pass-through keys included. */
    private final Map<String, String> values;
    /** The declared keys' values, read once by their type: what the roles get. */
    private final Map<String, Object> typed;

    /** Every declared key must already hold a value its setting accepts. */
    private Settings(Map<String, String> values) {
        this.values = values;
        Map<String, Object> t = new LinkedHashMap<>();
        for (Setting<?> s : KEYS) {
            t.put(s.key(), s.parse(values.get(s.key())));
        }
        this.typed = t;
    }

    private static Map<String, Setting<?>> byKey() {
        Map<String, Setting<?>> m = new LinkedHashMap<>();
        for (Setting<?> s : KEYS) {
            if (m.put(s.key(), s) != null) {
                throw new IllegalStateException("two settings named " + s.key());
            }
        }
        return m;
    }

    public static Settings defaults() {
        return load(null, Map.of(), Map.of());
    }

    /**
     * Reads and checks everything at once, so that a role never meets a bad value after it has
     * started: an unknown key in the file, or a value that is not of its key's type or range,
     * is a {@link UserError} naming the key and where it came from (file and line, environment
     * variable or command line).
     *
     * @param yaml      the configuration file, or {@code null}
     * @param env       the process environment (only {@code DW_*} names are read)
     * @param overrides explicit values, e.g. from command-line options; they win over everything
     */
    public static Settings load(Path yaml, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> v = new LinkedHashMap<>();
        for (Setting<?> s : KEYS) {
            v.put(s.key(), s.defaultValue());
        }
        if (yaml != null) {
            v.putAll(readYaml(yaml));
        }
        for (Setting<?> s : KEYS) {
            String fromEnv = env.get(s.envName());
            if (fromEnv != null) {
                check(s, fromEnv, s.envName() + ": ", "");
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
        overrides.forEach((key, value) -> {
            Setting<?> s = BY_KEY.get(key);
            if (s != null) {
                check(s, value, "", " (given on the command line)");
            }
            v.put(key, value);
        });
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
            Setting<?> setting = BY_KEY.get(key);
            if (setting == null && !key.startsWith(KAFKA_PREFIX)) {
                problems.add(where + "unknown key '" + key + "'; did you mean '"
                        + ClosestKey.of(key, BY_KEY.keySet())
                        + "'? (docs/operations.md lists every key)");
                p.skipChildren();
            } else if (value == JsonToken.START_ARRAY) {
                problems.add(where + key + " takes one value, not a list");
                p.skipChildren();
            } else {
                String text = value == JsonToken.VALUE_NULL ? "" : p.getText();
                String problem = setting == null ? null : setting.problem(text);
                if (problem != null) {
                    problems.add(where + key + " " + problem);
                }
                out.put(key, text);
            }
        }
    }

    private static void check(Setting<?> s, String value, String where, String after) {
        String problem = s.problem(value);
        if (problem != null) {
            throw new UserError(where + s.key() + " " + problem + after);
        }
    }

    /** The value of a declared key, of its type; checked when the settings were loaded. */
    @SuppressWarnings("unchecked") // typed holds each key's value as its setting's parser made it
    public <T> T get(Setting<T> s) {
        return (T) typed.get(s.key());
    }

    /** The value of any key as given, e.g. a {@code kafka.*} one; null when it has none. */
    public String get(String key) {
        return values.get(key);
    }

    /**
     * Reads {@code P14D}, {@code PT48H} or the short forms {@code 14d}, {@code 48h}, {@code 30m},
     * {@code 10s}, {@code 100ms} given elsewhere than in the configuration (a command-line option,
     * a sources file); {@code what} names it in the error.
     */
    public static Duration parseDuration(String what, String text) {
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError(what + " must be " + Type.DURATION.expected() + ", not '" + text + "'", e);
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

    /** These settings with one key changed; the value is checked like one given on the command line. */
    public Settings with(String key, String value) {
        Setting<?> s = BY_KEY.get(key);
        if (s != null) {
            check(s, value, "", "");
        }
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(key, value);
        return new Settings(v);
    }

    /**
     * The configuration table of docs/operations.md, one row per key, made from the definitions
     * above so that the documentation cannot drift from the code (SettingsTableTest compares).
     */
    public static String table() {
        StringBuilder t =
                new StringBuilder("| key | environment variable | type | default | meaning |\n|---|---|---|---|---|\n");
        for (Setting<?> s : KEYS) {
            t.append("| `")
                    .append(s.key())
                    .append("` | `")
                    .append(s.envName())
                    .append("` | ")
                    .append(s.accepts())
                    .append(" | ")
                    .append(s.defaultValue().isEmpty() ? "*(empty)*" : "`" + s.defaultValue() + "`")
                    .append(" | ")
                    .append(s.description().replace("|", "\\|"))
                    .append(" |\n");
        }
        return t.toString();
    }
}
