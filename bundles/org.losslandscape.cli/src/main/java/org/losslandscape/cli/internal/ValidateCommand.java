package org.losslandscape.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;
import org.losslandscape.core.compile.Compilation;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.LoadedExperiment;
import org.losslandscape.model.Experiment;

/** {@code validate FILE}: loads and checks an experiment; every problem names the element and the fix. */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check an experiment file: XML, dataset, network sizes, optimizer and its hyper-parameters";
    }

    @Override
    public String usage() {
        return """
                landscape validate FILE.landscape [--json]
                  Prints one line per problem ("FILE: element: what to fix") and exits 1 when there is any.
                  --json   one JSON object on stdout: {"file":…,"valid":…,"problems":[…],"parameters":…}""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        boolean json = args.contains("--json");
        List<String> files = args.stream().filter(a -> !a.equals("--json")).toList();
        if (files.size() != 1 || files.get(0).startsWith("-")) {
            throw new UsageException("give exactly one experiment file");
        }
        Path file = Path.of(files.get(0));
        LoadedExperiment loaded;
        try {
            loaded = ExperimentStore.load(file);
        } catch (ExperimentLoadException e) {
            if (json) {
                out.println(Json.object("file", file.toString(), "valid", false, "problems", List.of(e.getMessage())));
            }
            err.println(e.getMessage());
            return ExitCode.FAILURE;
        }
        Experiment e = loaded.experiment();
        ExperimentCompiler compiler = new ExperimentCompiler();
        List<ExperimentProblem> problems = compiler.check(e);
        // with variants each variant was checked; the summary then counts them instead of one network's size
        Compilation c = problems.isEmpty() && e.getVariants().isEmpty() ? compiler.compile(e) : null;
        boolean trains = c != null && c.experiment() != null;
        String name = file.getFileName().toString();
        // runs and result references that loading set aside as unsafe are problems of the file
        List<String> refused = loaded.refused();
        if (json) {
            List<String> all = new java.util.ArrayList<>(refused);
            problems.forEach(p -> all.add(p.message()));
            out.println(Json.object("file", file.toString(), "valid", all.isEmpty(), "problems", all, "parameters",
                    trains ? c.experiment().network().parameterCount() : null, "variants", e.getVariants().size()));
        }
        refused.forEach(err::println);
        for (ExperimentProblem p : problems) {
            err.println(name + ": " + p.message());
        }
        if (!problems.isEmpty() || !refused.isEmpty()) {
            return ExitCode.FAILURE;
        }
        if (!json) {
            out.println(name + ": ok (" + (trains ? c.experiment().network().parameterCount() + " parameters, "
                    + c.experiment().train().size() + " training rows" : !e.getVariants().isEmpty()
                            ? e.getVariants().size() + " variants" : "toy surfaces only, nothing to train") + ")");
        }
        return ExitCode.OK;
    }
}
