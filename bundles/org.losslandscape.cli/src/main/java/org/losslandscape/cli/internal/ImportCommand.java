package org.losslandscape.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.core.compile.Compilation;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.compile.ModelImport;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.store.ExperimentStore;

/**
 * {@code import MODEL.safetensors --data DATA -o FILE.landscape}: an experiment that analyses a model trained
 * elsewhere ({@link ModelImport}). Every file is read and checked against the network before the experiment is
 * written; when anything does not fit, the message names it and nothing is written.
 */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "an experiment that analyses a model trained elsewhere (a PyTorch state_dict as safetensors)";
    }

    @Override
    public String usage() {
        return """
                landscape import MODEL.safetensors --data DATA -o FILE.landscape [--labels LABELS.npy]
                                 [--network SPEC] [--checkpoints DIR|FILE]… [--other MODEL.safetensors]…
                                 [--validation-fraction F] [--loss cross_entropy|mse|bce] [--regression] [--force]
                  MODEL            safetensors.torch.save_file(model.state_dict(), "MODEL.safetensors") of an
                                   nn.Sequential; F64, F32, F16 and BF16 tensors are read
                  --data DATA      a CSV (features, then the label), a features .npy, or images: an images .npy
                                   [n, C, H, W] or [n, H, W], or IDX images (MNIST's format); .npy and IDX data
                                   with --labels. Images are read as they are (not normalised)
                  --network SPEC   the network when it cannot be inferred from the tensors, module for module as
                                   the nn.Sequential has them, e.g. "DENSE(units=16),TANH,DENSE(units=3)" or
                                   "CONV2D(outChannels=8,kernel=3,padding=1),RELU,MAX_POOL2D(kernel=2),FLATTEN,
                                   DENSE(units=10)" (kind ids as 'landscape help' lists them); on images the
                                   Unflatten to their shape is put first when the first layer needs it
                  --checkpoints X  a folder of checkpoint files (*.safetensors), or one file; may be repeated.
                                   Ordered by the step in their metadata ("step") or the last number in the name
                  --other MODEL    another model of the same network: mode connectivity with the first, the plane
                                   through three models with two; may be repeated
                  --validation-fraction F   hold out this fraction of the rows (default 0: every row is analysed)
                The experiment trains zero steps: './landscape run FILE' analyses the model where it is (a 2D surface,
                the Hessian's extreme eigenvalues, trace and spectral density, and up to 2000 parameters the dense
                Hessian with every eigenvalue and the index), the trajectory of the checkpoints and the other models.
                Paths are stored relative to the experiment file; a run reads model files only in its folder or below
                (LANDSCAPE_ALLOW_OUTSIDE_FILES=1 lifts that). Nothing is written when a file does not fit.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Path model = null;
        Path data = null;
        Path labels = null;
        Path output = null;
        String network = null;
        List<Path> checkpoints = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        double validation = 0;
        LossType loss = null;
        boolean regression = false;
        boolean force = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--data" -> data = Path.of(Arguments.value(args, ++i, a));
                case "--labels" -> labels = Path.of(Arguments.value(args, ++i, a));
                case "-o", "--output" -> output = Path.of(Arguments.value(args, ++i, a));
                case "--network" -> network = Arguments.value(args, ++i, a);
                case "--checkpoints" -> checkpoints.add(Path.of(Arguments.value(args, ++i, a)));
                case "--other" -> others.add(Path.of(Arguments.value(args, ++i, a)));
                case "--validation-fraction" -> validation = fraction(a, Arguments.value(args, ++i, a));
                case "--loss" -> loss = loss(Arguments.value(args, ++i, a));
                case "--regression" -> regression = true;
                case "--force" -> force = true;
                default -> {
                    if (a.startsWith("-") || model != null) {
                        throw new UsageException("unknown argument '" + a + "'");
                    }
                    model = Path.of(a);
                }
            }
        }
        if (model == null || data == null || output == null) {
            throw new UsageException("give the model file, --data DATA and -o FILE.landscape");
        }
        if (!output.getFileName().toString().endsWith(".landscape")) {
            throw new UsageException("the file name must end in .landscape, got " + output);
        }
        if (Files.exists(output) && !force) {
            err.println("landscape import: " + output + " exists; use --force to replace it");
            return ExitCode.FAILURE;
        }
        Path folder = output.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            err.println("landscape import: the folder " + folder + " does not exist");
            return ExitCode.FAILURE;
        }
        ModelImport.Result result;
        try {
            result = ModelImport.create(new ModelImport.Options(model, data, labels, network, checkpoints, others,
                    validation, loss, regression, folder), CoreServices.layerKinds(), new ExperimentCompiler());
        } catch (ModelImport.ImportException e) {
            err.println("landscape import: " + e.getMessage());
            err.println("nothing written");
            return ExitCode.FAILURE;
        }
        // every file has been read and checked (the model against the network, the data's width, the checkpoints)
        // before anything is written
        Compilation c = result.compilation();
        if (!c.ok()) {
            err.println("landscape import: cannot import " + model.getFileName() + ":");
            for (ExperimentProblem p : c.problems()) {
                err.println("  " + p.message());
            }
            err.println("nothing written");
            return ExitCode.FAILURE;
        }
        try {
            ExperimentStore.save(result.experiment(), output);
        } catch (IOException e) {
            err.println("landscape import: cannot write " + output + ": " + FileProblems.describe(e));
            return ExitCode.FAILURE;
        }
        for (String note : result.notes()) {
            err.println("landscape import: " + note);
        }
        var compiled = c.experiment();
        List<Long> steps = compiled.imported().steps();
        out.println("wrote " + output + ": " + compiled.network().parameterCount() + " parameters"
                + (steps.isEmpty() ? "" : ", " + steps.size() + " checkpoint" + (steps.size() == 1 ? "" : "s")
                        + " (steps " + steps.get(0) + " to " + steps.get(steps.size() - 1) + ")")
                + (others.isEmpty() ? "" : ", " + others.size() + " other model" + (others.size() == 1 ? "" : "s"))
                + "; analyses: " + String.join(", ", result.experiment().getAnalyses().stream()
                        .map(a -> a.getName()).toList()));
        out.print(compiled.network().summary());
        out.println("next: ./landscape run " + output);
        return ExitCode.OK;
    }

    private static double fraction(String option, String text) throws UsageException {
        try {
            double v = Double.parseDouble(text);
            if (v >= 0 && v < 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a number in [0, 1), got '" + text + "'");
    }

    private static LossType loss(String text) throws UsageException {
        try {
            return LossType.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--loss is one of cross_entropy, mse, bce, got '" + text + "'");
        }
    }
}
