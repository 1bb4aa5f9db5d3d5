package io.denialwatch.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line in this JVM: its exit code and what it printed on each stream. */
record CommandRun(int code, String out, String err) {

    /** The last line printed on standard output (logging set up on first use may print before it). */
    String lastLine() {
        return out.strip().lines().reduce((a, b) -> b).orElse("");
    }

    /** The last line printed on standard error. */
    String lastErrorLine() {
        return err.strip().lines().reduce((a, b) -> b).orElse("");
    }

    static CommandRun of(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        CommandRun run = new CommandRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        out.print(run.out());
        err.print(run.err());
        return run;
    }
}
