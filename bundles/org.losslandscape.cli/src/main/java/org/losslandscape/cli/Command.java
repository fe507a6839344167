package org.losslandscape.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One sub-command of {@code ./landscape}, e.g. {@code run} or {@code validate}. Commands write results to
 * {@code out} and progress and messages to {@code err}, so that {@code out} stays machine-readable.
 */
public interface Command {

    /** @return the word that selects this command on the command line, e.g. "run" */
    String name();

    /** @return one line shown by {@code ./landscape help} */
    String summary();

    /** @return the usage text shown by {@code ./landscape help NAME}: synopsis, options, examples */
    String usage();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name, never {@code null}
     * @param out where results go
     * @param err where progress and messages go
     * @return an {@link ExitCode}
     * @throws UsageException when the arguments are wrong
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException;
}
