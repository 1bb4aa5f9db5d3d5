package io.denialwatch.app;

import io.denialwatch.common.UserError;
import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * How every command reports a mistake of its user, in one place: one line on standard error that
 * says what is wrong, where and how to fix it, and exit code 2. A stack trace is for bugs, or for
 * {@code --verbose}. Anything else a command throws is a bug and keeps picocli's stack trace.
 */
final class UserErrorHandler implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    static final int USER_ERROR = 2;

    /** A bad option or argument, found before the command runs. */
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        String suggestion = "";
        if (e instanceof CommandLine.UnmatchedArgumentException u
                && !u.getSuggestions().isEmpty()) {
            suggestion = "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
        }
        PrintWriter err = cmd.getErr();
        err.println(name + ": " + oneLine(e.getMessage()) + suggestion + " (see " + name + " --help)");
        if (verbose(cmd.getParseResult())) {
            e.printStackTrace(err);
        }
        err.flush();
        return USER_ERROR;
    }

    /** An exception out of a running command: the user's mistake when it says so, else rethrown. */
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) throws Exception {
        String message = userMessage(e);
        if (message == null) {
            throw e;
        }
        PrintWriter err = cmd.getErr();
        err.println("denialwatch: " + message);
        if (verbose(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return USER_ERROR;
    }

    /**
     * The one-line message when {@code e} (or what it wraps) is a mistake in what the user gave: a
     * {@link UserError}, or a file that is missing, unreadable or not text, named by the path the
     * user gave. Null for anything else.
     */
    static String userMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UserError) {
                return oneLine(t.getMessage());
            }
            if (t instanceof NoSuchFileException f) {
                return f.getFile() + ": no such file; check the path";
            }
            if (t instanceof AccessDeniedException f) {
                return f.getFile() + ": not allowed to read or write it; check its permissions";
            }
            if (t instanceof FileNotFoundException f) {
                return oneLine(f.getMessage());
            }
            if (t instanceof CharacterCodingException) {
                return "an input file is not UTF-8 text"
                        + (e.getMessage() == null ? "" : " (" + oneLine(e.getMessage()) + ")")
                        + "; convert it to UTF-8";
            }
        }
        return null;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
