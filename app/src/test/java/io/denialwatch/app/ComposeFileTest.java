package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.denialwatch.common.config.Setting;
import io.denialwatch.common.config.Settings;
import io.denialwatch.common.json.Json;
import io.denialwatch.sink.SystemProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * docker-compose.yml (and its three-broker override) as an operator's tools read it: a real Compose
 * parser, the Compose Specification's schema, and the command and configuration it drives — every
 * subcommand, option and DW_* variable it uses must exist, so the file cannot drift from the code.
 */
class ComposeFileTest {
    private static final Path ROOT = RoleEndpointsTest.ROOT;
    private static final Path COMPOSE = ROOT.resolve("docker-compose.yml");
    private static final Path BROKERS3 = ROOT.resolve("docker-compose.brokers3.yml");
    /** The override ops/podman-stack.sh adds (PodmanStackTest runs it). */
    private static final Path PODMAN = ROOT.resolve("ops/compose.podman.yml");

    private static final Set<String> SCALABLE = Set.of("ingest", "stream");
    /** DW_* variables read outside Settings: by logback.xml and by bin/denialwatch. */
    private static final Map<String, Path> OTHER_VARIABLES = Map.of(
            "DW_LOG_FORMAT", ROOT.resolve("app/src/main/resources/logback.xml"),
            "DW_LOG_LEVEL", ROOT.resolve("app/src/main/resources/logback.xml"),
            "DW_JAVA_OPTS", ROOT.resolve("bin/denialwatch"));

    @Test
    void dockerComposeAcceptsEveryFile() throws Exception {
        // Debian's docker-compose (v1): a real Compose parser that needs no Docker engine
        String compose =
                SystemProgram.require("docker-compose", "docker-compose").toString();
        assertThat(run(compose, "-f", COMPOSE.toString(), "config", "-q")).isEmpty();
        assertThat(run(compose, "-f", COMPOSE.toString(), "-f", BROKERS3.toString(), "config", "-q"))
                .isEmpty();
        assertThat(run(compose, "-f", COMPOSE.toString(), "-f", PODMAN.toString(), "config", "-q"))
                .isEmpty();
    }

    @Test
    void everyFileMatchesTheComposeSpecification() throws Exception {
        Path spec = ROOT.resolve("ops/compose-spec.json");
        ObjectNode schemaNode = (ObjectNode) Json.MAPPER.readTree(spec.toFile());
        // the schema names itself relatively ("compose_spec.json"); the validator wants an absolute id
        schemaNode.put("$id", spec.toUri().toString());
        JsonSchema schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode);
        for (Path file : List.of(COMPOSE, BROKERS3, PODMAN)) {
            Set<ValidationMessage> errors = schema.validate(yaml(file));
            assertThat(errors).as(file.getFileName().toString()).isEmpty();
        }
    }

    @Test
    void everyCommandOptionAndVariableExists() throws Exception {
        CommandLine cli = new CommandLine(new Main());
        List<String> checked = new ArrayList<>();
        for (Path file : List.of(COMPOSE, BROKERS3)) {
            yaml(file).path("services").fields().forEachRemaining(service -> {
                JsonNode s = service.getValue();
                boolean ours = s.has("build")
                        || s.path("image").asText().startsWith("denialwatch")
                        || SCALABLE.contains(service.getKey())
                        || service.getKey().equals("sink");
                if (!ours) {
                    return;
                }
                if (s.has("command")) {
                    checkCommand(cli, service.getKey(), s.path("command"));
                }
                s.path("environment").fieldNames().forEachRemaining(name -> {
                    if (name.startsWith("DW_")) {
                        checkVariable(name, service.getKey());
                        checked.add(name);
                    }
                });
            });
        }
        // the image's own defaults and its health check
        Matcher env = Pattern.compile("\\b(DW_[A-Z0-9_]+)")
                .matcher(Files.readString(ROOT.resolve("Dockerfile"))
                        + Files.readString(ROOT.resolve("bin/healthcheck")));
        while (env.find()) {
            checkVariable(env.group(1), "Dockerfile");
            checked.add(env.group(1));
        }
        assertThat(checked).contains("DW_KAFKA_BOOTSTRAP_SERVERS", "DW_OPS_PORT", "DW_SINK_PORT");
    }

    @Test
    void scalableRolesHaveNoFixedNameNorHostPort() throws Exception {
        JsonNode services = yaml(COMPOSE).path("services");
        for (String role : SCALABLE) {
            JsonNode s = services.path(role);
            assertThat(s.isMissingNode()).as(role).isFalse();
            assertThat(s.has("container_name")).as(role + " container_name").isFalse();
            assertThat(s.has("ports")).as(role + " ports").isFalse();
            assertThat(s.has("hostname")).as(role + " hostname").isFalse();
        }
    }

    @Test
    void eachStreamReplicaKeepsItsStateOnAVolumeOfItsOwn() throws Exception {
        JsonNode stream = yaml(COMPOSE).path("services").path("stream");
        String dataDir = stream.path("environment").path("DW_DATA_DIR").asText();
        assertThat(dataDir).as("the stream's DW_DATA_DIR").isNotEmpty();
        List<String> volumes = new ArrayList<>();
        stream.path("volumes").forEach(v -> volumes.add(v.asText()));
        // an anonymous volume (a path alone): one per replica; a named one would be shared by all
        assertThat(volumes).as("the stream's volumes").contains(dataDir);
        assertThat(volumes)
                .as("the stream's volumes")
                .noneMatch(
                        v -> v.contains(":") && v.substring(v.indexOf(':') + 1).startsWith(dataDir));
        // a new volume takes over the image's directory and its owner: the image must make it the app's
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).contains("mkdir -p " + dataDir).contains("chown denialwatch:denialwatch " + dataDir);
    }

    @Test
    void prometheusScrapesEveryRoleWhereItServes() throws Exception {
        JsonNode services = yaml(COMPOSE).path("services");
        JsonNode prometheus = yaml(ROOT.resolve("ops/prometheus.yml"));
        Map<String, String> targets = new java.util.HashMap<>();
        for (JsonNode job : prometheus.path("scrape_configs")) {
            for (JsonNode dns : job.path("dns_sd_configs")) {
                targets.put(
                        job.path("job_name").asText(),
                        dns.path("names").get(0).asText() + ":"
                                + dns.path("port").asText());
            }
            for (JsonNode st : job.path("static_configs")) {
                targets.put(
                        job.path("job_name").asText(), st.path("targets").get(0).asText());
            }
        }
        assertThat(targets).containsOnlyKeys("ingest", "stream", "sink");
        for (String role : SCALABLE) {
            assertThat(targets.get(role))
                    .isEqualTo(role + ":"
                            + services.path(role)
                                    .path("environment")
                                    .path("DW_OPS_PORT")
                                    .asText());
        }
        assertThat(targets.get("sink"))
                .isEqualTo("sink:"
                        + services.path("sink")
                                .path("environment")
                                .path("DW_SINK_PORT")
                                .asText());
        assertThat(Promtool.run(
                        List.of(
                                Promtool.path(),
                                "check",
                                "config",
                                // the sink's token file exists only in Prometheus' container
                                "--syntax-only",
                                ROOT.resolve("ops/prometheus.yml").toString()),
                        ""))
                .isEmpty();
    }

    @Test
    void prometheusScrapesTheSinkWithTheDesksToken() throws Exception {
        String compose =
                SystemProgram.require("docker-compose", "docker-compose").toString();
        String credentials = StreamSupport.stream(
                        yaml(ROOT.resolve("ops/prometheus.yml"))
                                .path("scrape_configs")
                                .spliterator(),
                        false)
                .filter(job -> job.path("job_name").asText().equals("sink"))
                .findFirst()
                .orElseThrow()
                .path("authorization")
                .path("credentials_file")
                .asText();
        assertThat(credentials)
                .as("the sink job's authorization.credentials_file")
                .isNotEmpty();
        Map<String, String> env = Map.of("DW_SINK_TOKEN", "s3cret");
        for (List<Path> files : List.of(List.of(COMPOSE), List.of(COMPOSE, PODMAN))) {
            List<String> cmd = new ArrayList<>(List.of(compose));
            files.forEach(f -> cmd.addAll(List.of("-f", f.toString())));
            cmd.add("config");
            // as Compose resolves it, with the variable set
            JsonNode services =
                    Json.MAPPER.valueToTree(new Yaml().load(output(env, cmd))).path("services");
            assertThat(services.path("sink")
                            .path("environment")
                            .path("DW_SINK_TOKEN")
                            .asText())
                    .as(files + ": the sink's token")
                    .isEqualTo("s3cret");
            JsonNode prometheus = services.path("prometheus");
            assertThat(prometheus.path("environment").path("DW_SINK_TOKEN").asText())
                    .as(files + ": Prometheus' copy of the token")
                    .isEqualTo("s3cret");

            // the entrypoint writes the token where the scrape config reads it, then runs Prometheus
            // with the service's command (here a stand-in that shows what it was given)
            List<String> entrypoint = new ArrayList<>();
            prometheus.path("entrypoint").forEach(a -> entrypoint.add(a.asText()));
            assertThat(entrypoint.toString()).contains("> " + credentials);
            Path tokenFile = Files.createTempFile("sink", ".token");
            Path bin = Files.createTempDirectory("bin");
            try {
                Path stub = bin.resolve("prometheus");
                Files.writeString(stub, "#!/bin/sh\necho \"$@\"\n");
                assertThat(stub.toFile().setExecutable(true)).isTrue();
                List<String> run = new ArrayList<>(entrypoint);
                // Compose's config prints its escape of $ as it is written, $$
                run.replaceAll(a -> a.replace("$$", "$").replace(credentials, tokenFile.toString()));
                prometheus.path("command").forEach(a -> run.add(a.asText()));
                String ran = output(Map.of("DW_SINK_TOKEN", "s3cret", "PATH", bin + ":/usr/bin:/bin"), run);
                assertThat(ran).contains("--config.file=/etc/prometheus/prometheus.yml");
                assertThat(Files.readString(tokenFile)).isEqualTo("s3cret");
            } finally {
                Files.deleteIfExists(bin.resolve("prometheus"));
                Files.deleteIfExists(bin);
                Files.deleteIfExists(tokenFile);
            }
        }
    }

    @Test
    void alertRulesLoadBesideTheScrapeConfigAndFireOnWhatTheyAreFor() throws Exception {
        // prometheus.yml names its rule file relative to itself: the compose file must mount it beside
        String rules = yaml(ROOT.resolve("ops/prometheus.yml"))
                .path("rule_files")
                .get(0)
                .asText();
        assertThat(yaml(COMPOSE)
                        .path("services")
                        .path("prometheus")
                        .path("volumes")
                        .toString())
                .contains("./ops/" + rules + ":/etc/prometheus/" + rules + ":ro");
        // promtool test rules: each rule fires on its series and not on a healthy one (the file's cases)
        assertThat(Promtool.run(
                        List.of(
                                Promtool.path(),
                                "test",
                                "rules",
                                ROOT.resolve("ops/prometheus-rules.test.yml").toString()),
                        ""))
                .isEmpty();
    }

    @Test
    void grafanaDashboardQueriesAreValidPromQL() throws Exception {
        JsonNode dashboard = Json.MAPPER.readTree(
                ROOT.resolve("ops/grafana/dashboards/denialwatch.json").toFile());
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        int n = 0;
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                // Grafana fills $__rate_interval in; any valid range stands for it here
                String expr = target.path("expr").asText().replace("$__rate_interval", "1m");
                rules.append("      - record: dashboard:q")
                        .append(n++)
                        .append("\n        expr: ")
                        .append(Json.MAPPER.writeValueAsString(expr))
                        .append('\n');
            }
        }
        assertThat(n).isGreaterThanOrEqualTo(8);
        Path file = Files.createTempFile("dashboard-rules", ".yml");
        try {
            Files.writeString(file, rules);
            assertThat(Promtool.run(List.of(Promtool.path(), "check", "rules", file.toString()), ""))
                    .isEmpty();
        } finally {
            Files.delete(file);
        }
        // the provisioned dashboards directory is where compose mounts them
        JsonNode provider = yaml(ROOT.resolve("ops/grafana/provisioning/dashboards/denialwatch.yml"));
        String path =
                provider.path("providers").get(0).path("options").path("path").asText();
        assertThat(yaml(COMPOSE)
                        .path("services")
                        .path("grafana")
                        .path("volumes")
                        .toString())
                .contains("./ops/grafana/dashboards:" + path);
    }

    private static void checkCommand(CommandLine cli, String service, JsonNode command) {
        List<String> args = new ArrayList<>();
        command.forEach(a -> args.add(a.asText()));
        assertThat(args).as(service + " command").isNotEmpty();
        CommandLine sub = cli.getSubcommands().get(args.get(0));
        assertThat(sub).as(service + ": subcommand " + args.get(0)).isNotNull();
        int i = 1;
        while (i < args.size() && sub.getSubcommands().containsKey(args.get(i))) {
            sub = sub.getSubcommands().get(args.get(i++)); // e.g. "sources load"
        }
        CommandSpec spec = sub.getCommandSpec();
        for (; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("-")) {
                assertThat(spec.positionalParameters())
                        .as(service + ": positional argument " + a)
                        .isNotEmpty();
                checkImageFile(service, a);
                continue;
            }
            OptionSpec o = spec.findOption(a.contains("=") ? a.substring(0, a.indexOf('=')) : a);
            assertThat(o).as(service + ": option " + a + " of " + args.get(0)).isNotNull();
            if (o.arity().max() > 0 && !a.contains("=")) {
                checkImageFile(service, args.get(++i));
            }
        }
    }

    /** The image holds the repository's files under /app (see Dockerfile). */
    private static void checkImageFile(String service, String value) {
        if (value.startsWith("/app/")) {
            assertThat(ROOT.resolve(value.substring("/app/".length())))
                    .as(service + ": " + value)
                    .exists();
        }
    }

    private static void checkVariable(String name, String where) {
        if (OTHER_VARIABLES.containsKey(name)) {
            try {
                assertThat(Files.readString(OTHER_VARIABLES.get(name)))
                        .as(where + ": " + name)
                        .contains(name);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return;
        }
        boolean declared = Settings.KEYS.stream().map(Setting::envName).anyMatch(name::equals);
        // any other DW_KAFKA_* is passed to the Kafka clients as a property (Settings.load)
        assertThat(declared || name.startsWith("DW_KAFKA_"))
                .as(where + ": " + name + " is no setting")
                .isTrue();
    }

    /** Reads YAML with anchors and merge keys resolved, as Compose does. */
    private static JsonNode yaml(Path file) throws IOException {
        Object tree = new Yaml().load(Files.readString(file));
        return Json.MAPPER.valueToTree(tree);
    }

    /** Runs {@code cmd} with {@code env} added to this process' environment; its standard output. */
    private static String output(Map<String, String> env, List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(cmd + ": " + err).isZero();
        return out;
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() == 0 ? "" : "exit " + p.exitValue() + ": " + out;
    }
}
