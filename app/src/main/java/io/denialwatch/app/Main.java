package io.denialwatch.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code bin/denialwatch}: every role and tool of denialwatch behind one command. */
@Command(
        name = "denialwatch",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Finds denials in public posts and joins each to the earlier stories it answers.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:failed (a check found errors, or a bug: the stack trace is printed)",
            "2:a mistake in the command line or an input file, said in one line"
        },
        subcommands = {
            DemoCommand.class,
            IngestCommand.class,
            StreamCommand.class,
            SinkCommand.class,
            SourcesCommand.class,
            FetchCommand.class,
            CheckCommand.class,
            WatchListCommand.class,
            ReplayCommand.class,
            EvalCommand.class,
            CorpusCommand.class,
            TrainCommand.class,
            BenchCommand.class,
            ChaosCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main {

    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "print the stack trace of an error in the command line or an input file too")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        return withErrorHandling(new CommandLine(new Main())).execute(args);
    }

    /** The command line's conventions, for this command or one run on its own (tests). */
    static CommandLine withErrorHandling(CommandLine cl) {
        UserErrorHandler errors = new UserErrorHandler();
        return cl.setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }
}
