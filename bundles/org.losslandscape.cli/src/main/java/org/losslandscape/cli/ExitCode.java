package org.losslandscape.cli;

/**
 * The process exit codes of {@code ./landscape}; documented in the README and in {@code ./landscape help}.
 */
public final class ExitCode {

    /** The command did what was asked. */
    public static final int OK = 0;

    /** The command ran but failed: invalid experiment, run failed, file could not be written, ... */
    public static final int FAILURE = 1;

    /** The command line itself was wrong: unknown command or option, missing argument. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
