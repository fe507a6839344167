package org.losslandscape.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.TemplateException;
import org.losslandscape.core.templates.Templates;

/**
 * {@code tour [-o DIR]}: the main job on the bundled example: creates the tour experiment if it is not there yet,
 * runs it, and writes its HTML report.
 */
final class TourCommand implements Command {

    @Override
    public String name() {
        return "tour";
    }

    @Override
    public String summary() {
        return "create (if absent) and run the tour example, then write its HTML report (about a minute)";
    }

    @Override
    public String usage() {
        return """
                landscape tour [-o DIR] [--threads N]
                  -o DIR   where tour.landscape, its results and its report go (default: target/tour)
                Prints the path of the report's index.html.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Path dir = Path.of("target", "tour");
        String threads = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "-o", "--output" -> dir = Path.of(Arguments.value(args, ++i, "-o"));
                case "--threads" -> threads = Arguments.value(args, ++i, "--threads");
                default -> throw new UsageException("unknown argument '" + args.get(i) + "'");
            }
        }
        Path file = dir.resolve("tour.landscape");
        try {
            Files.createDirectories(dir);
            if (!Files.exists(file)) {
                Template tour = Templates.find("tour").orElse(null);
                if (tour == null) {
                    err.println("tour: no template named tour is registered (see landscape new --list)");
                    return ExitCode.FAILURE;
                }
                ExperimentStore.save(tour.create(), file);
                err.println("tour: created " + file);
            }
        } catch (IOException | TemplateException e) {
            err.println("tour: cannot create " + file + ": " + FileProblems.describe(e));
            return ExitCode.FAILURE;
        }
        List<String> runArgs = threads == null ? List.of(file.toString()) : List.of(file.toString(), "--threads",
                threads);
        int code = new RunCommand().run(runArgs, out, err);
        if (code != ExitCode.OK) {
            return code;
        }
        try {
            return ExportCommand.export(file, ExperimentStore.load(file).experiment(), "html", dir.resolve(
                    "report"), out, err::println) > 0 ? ExitCode.OK : ExitCode.FAILURE;
        } catch (ExperimentLoadException | IOException e) {
            err.println("tour: the report could not be written: " + FileProblems.describe(e));
            return ExitCode.FAILURE;
        }
    }
}
