package io.denialwatch.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/denialwatch}: every role and tool of denialwatch behind one command. */
@Command(name = "denialwatch", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Finds denials in public posts and joins each to the earlier stories it answers.",
        subcommands = {DemoCommand.class, IngestCommand.class, StreamCommand.class, SinkCommand.class,
                SourcesCommand.class, FetchCommand.class, CheckCommand.class, ReplayCommand.class, EvalCommand.class, BenchCommand.class,
                ChaosCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
