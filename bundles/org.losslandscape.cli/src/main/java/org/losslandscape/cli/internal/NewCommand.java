package org.losslandscape.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.Templates;

/** {@code new --template NAME -o FILE}: writes a template experiment; {@code new --list} explains them. */
final class NewCommand implements Command {

    @Override
    public String name() {
        return "new";
    }

    @Override
    public String summary() {
        return "create an experiment file from a template (new --list shows them)";
    }

    @Override
    public String usage() {
        return """
                landscape new --template NAME -o FILE.landscape [--force]
                landscape new --list
                  --template NAME   one of: %s
                  -o FILE           the experiment file to write (its folder must exist)
                  --force           replace an existing file
                Example: landscape new --template tour -o tour.landscape""".formatted(
                Templates.all().stream().map(Template::name).collect(Collectors.joining(", ")));
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        String template = null;
        Path file = null;
        boolean force = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--list" -> {
                    for (Template t : Templates.all()) {
                        out.printf("%-18s %s%n", t.name(), t.summary());
                    }
                    return ExitCode.OK;
                }
                case "--template" -> template = Arguments.value(args, ++i, "--template");
                case "-o", "--output" -> file = Path.of(Arguments.value(args, ++i, "-o"));
                case "--force" -> force = true;
                default -> throw new UsageException("unknown argument '" + args.get(i) + "'");
            }
        }
        if (template == null || file == null) {
            throw new UsageException("give --template NAME and -o FILE (or --list)");
        }
        String name = template;
        Template t = Templates.find(name).orElseThrow(() -> new UsageException("unknown template '" + name
                + "'; known: " + Templates.all().stream().map(Template::name).collect(Collectors.joining(", "))));
        if (!file.getFileName().toString().endsWith(".landscape")) {
            throw new UsageException("the file name must end in .landscape, got " + file);
        }
        if (Files.exists(file) && !force) {
            err.println("landscape new: " + file + " exists; use --force to replace it");
            return ExitCode.FAILURE;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            err.println("landscape new: the folder " + parent + " does not exist");
            return ExitCode.FAILURE;
        }
        try {
            ExperimentStore.save(t.create(), file);
        } catch (IOException e) {
            err.println("landscape new: cannot write " + file + ": " + FileProblems.describe(e));
            return ExitCode.FAILURE;
        }
        out.println("wrote " + file + " (template " + t.name() + ": " + t.summary() + ")");
        return ExitCode.OK;
    }
}
