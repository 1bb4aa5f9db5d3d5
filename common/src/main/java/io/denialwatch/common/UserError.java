package io.denialwatch.common;

/**
 * A mistake in what the user gave us (a file, an option, a value), as opposed to a bug: the command
 * line prints its message as one line and exits 2, with no stack trace unless asked for. The
 * message says what is wrong, where (file:line, option or variable) and, when we know, how to fix it.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
