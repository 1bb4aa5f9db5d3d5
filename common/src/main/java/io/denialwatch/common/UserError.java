package io.denialwatch.common;

/**
 * A mistake in what the user gave us (a file, an option, a value), as opposed to a bug: the command
 * line prints its message as one line and exits 2, with no stack trace unless asked for. The
 * message says what is wrong, where (file:line, option or variable) and, when we know, how to fix it.
 *
 * <p>An {@link IllegalArgumentException}, so that code which already turns a bad argument into an
 * answer (the desk API's 400 for a bad {@code since}) keeps doing so.
 */
public class UserError extends IllegalArgumentException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
