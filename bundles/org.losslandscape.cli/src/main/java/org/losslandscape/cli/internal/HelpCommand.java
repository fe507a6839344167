package org.losslandscape.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;

/** {@code help [COMMAND]}: the list of commands, or one command's usage. */
final class HelpCommand implements Command {

    private final Cli cli;

    HelpCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "list the commands, or show how to use one: help COMMAND";
    }

    @Override
    public String usage() {
        return "landscape help [COMMAND]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (args.size() > 1) {
            throw new UsageException("expected at most one command name, got " + args.size() + " arguments");
        }
        if (args.isEmpty()) {
            printOverview(cli.commands(), out);
            return ExitCode.OK;
        }
        Command command = cli.command(args.get(0));
        if (command == null) {
            throw new UsageException("unknown command '" + args.get(0) + "'");
        }
        out.println(command.name() + ": " + command.summary());
        out.println();
        out.println(command.usage());
        return ExitCode.OK;
    }

    static void printOverview(List<Command> commands, PrintStream out) {
        out.println("Loss Landscape Workbench: model, run and look at neural-network training experiments.");
        out.println();
        out.println("Usage: landscape [--plugins DIR] COMMAND [ARGS...]");
        out.println("       landscape workbench [-data DIR]   open the graphical workbench");
        out.println();
        out.println("Plug-ins: the bundle jars in DIR (default: $LANDSCAPE_PLUGINS, else ~/.landscape/plugins) are");
        out.println("added to the program: optimizers, analyses and layers of other bundles.");
        out.println();
        out.println("Commands:");
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(8);
        for (Command c : commands) {
            out.printf("  %-" + width + "s  %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("Exit codes: " + ExitCode.OK + " ok, " + ExitCode.FAILURE + " failure, " + ExitCode.USAGE
                + " usage error.");
        out.println("Run 'landscape help COMMAND' for the options of one command.");
    }
}
