package io.denialwatch.app;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.gazetteer.WatchListException;
import io.denialwatch.common.gazetteer.WatchListReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code denialwatch check watchlist FILE}, {@code check config FILE}: read an input file the way
 * the roles will, before a deployment does, and say everything that is wrong with it at once.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Check a watch list or a configuration file before using it; exit 1 when it has errors.",
        subcommands = {CheckCommand.WatchList.class, CheckCommand.Config.class})
final class CheckCommand {

    @Command(
            name = "watchlist",
            mixinStandardHelpOptions = true,
            description = {
                "Check a watch list (docs/watchlist.md): every error and warning with its line, then a "
                        + "summary such as '4 persons, 1 organisation, 2 offices with 3 holders, 0 warnings'.",
                "Exit 0 when the roles would accept it, 1 when it has errors."
            })
    static final class WatchList implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the watch list, e.g. config/persons.yaml")
        Path file;

        @Override
        public Integer call() {
            try {
                WatchListReader.Result r = WatchListReader.read(file);
                r.warnings().forEach(w -> System.out.println("warning: " + w));
                System.out.println(file + ": " + r.summary());
                return 0;
            } catch (WatchListException e) {
                e.problems().forEach(p -> System.out.println("error: " + p));
                System.out.println(file + ": " + e.problems().size() + " error"
                        + (e.problems().size() == 1 ? "" : "s")
                        + "; the roles refuse this watch list until they are fixed");
                return 1;
            }
        }
    }

    @Command(
            name = "config",
            mixinStandardHelpOptions = true,
            description = {
                "Check a configuration file: unknown keys and values of the wrong type or out of range, with their line.",
                "Exit 0 when the roles would accept it; a problem is reported as any user error (exit 2)."
            })
    static final class Config implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the configuration file, e.g. config/denialwatch.yaml")
        Path file;

        @Override
        public Integer call() {
            // the environment is left out: this checks the file, whatever the shell has set
            Settings.load(file, Map.of(), Map.of());
            System.out.println(file + ": ok");
            return 0;
        }
    }
}
