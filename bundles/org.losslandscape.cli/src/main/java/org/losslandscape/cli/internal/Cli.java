package org.losslandscape.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;

/**
 * Parses the command line of {@code ./landscape} and dispatches to a {@link Command}. Knows no OSGi, so it is
 * tested in a plain JVM; {@link CliApplication} is the OSGi entry point around it.
 */
public final class Cli {

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param out where results go (standard output)
     * @param err where messages go (standard error)
     */
    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        register(new HelpCommand(this));
        register(new VersionCommand());
        register(new NewCommand());
        register(new ImportCommand());
        register(new ValidateCommand());
        register(new RunCommand());
        register(new InfoCommand());
        register(new ExportCommand());
        register(new CompareCommand());
        register(new AnalysesCommand());
        register(new OptimizersCommand());
        register(new TourCommand());
        register(new BenchCommand());
        register(new VerifyCommand());
    }

    /** Adds a command; a later command with the same name replaces the earlier one. */
    public void register(Command command) {
        commands.put(command.name(), command);
    }

    /** @return the registered commands in registration order */
    public List<Command> commands() {
        return Collections.unmodifiableList(new ArrayList<>(commands.values()));
    }

    /** @return the command with that name, or {@code null} */
    public Command command(String name) {
        return commands.get(name);
    }

    /**
     * Runs one command line. Never throws: an unexpected failure is reported in one line on {@code err} (with the
     * stack trace only when {@code LANDSCAPE_DEBUG} is set) and gives {@link ExitCode#FAILURE}.
     *
     * @param args the arguments as given to {@code ./landscape}
     * @return an {@link ExitCode}
     */
    public int run(List<String> args) {
        if (args.isEmpty()) {
            err.println("landscape: no command given.");
            HelpCommand.printOverview(commands(), err);
            return ExitCode.USAGE;
        }
        String first = args.get(0);
        List<String> rest = args.subList(1, args.size());
        String name = switch (first) {
            case "--version", "-V" -> "version";
            case "--help", "-h" -> "help";
            default -> first;
        };
        Command command = commands.get(name);
        if (command == null) {
            err.println("landscape: unknown command '" + first + "'. Run './landscape help' for the list of commands.");
            return ExitCode.USAGE;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("landscape " + name + ": " + e.getMessage());
            err.println("Usage:");
            err.println(command.usage().indent(2).stripTrailing());
            return ExitCode.USAGE;
        } catch (OutOfMemoryError | StackOverflowError e) {
            // not a bug to report but a limit of this JVM: say which and how to raise it
            err.println("landscape " + name + ": " + (e instanceof OutOfMemoryError ? "out of memory (this JVM may "
                    + "use " + (Runtime.getRuntime().maxMemory() >> 20) + " MB); give it more heap with "
                    + "LANDSCAPE_JAVA_OPTS=-Xmx8g" : "the computation nested too deeply (stack overflow); give threads "
                    + "a larger stack with LANDSCAPE_JAVA_OPTS=-Xss16m") + ", or make the experiment smaller");
            if (System.getenv("LANDSCAPE_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return ExitCode.FAILURE;
        } catch (RuntimeException | Error e) {
            err.println("landscape " + name + ": internal error: " + e);
            if (System.getenv("LANDSCAPE_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("(set LANDSCAPE_DEBUG=1 to see the stack trace, and please report it)");
            }
            return ExitCode.FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
