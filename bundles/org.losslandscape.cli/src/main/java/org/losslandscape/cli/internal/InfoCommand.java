package org.losslandscape.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;
import org.losslandscape.core.compile.Compilation;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.compile.Variants;
import org.losslandscape.core.provenance.RunProvenance;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.LoadedExperiment;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Metric;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/** {@code info FILE}: what an experiment is and what its runs produced. */
final class InfoCommand implements Command {

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String summary() {
        return "describe an experiment: data, network (layers, shapes, parameters), optimizer, analyses, runs";
    }

    @Override
    public String usage() {
        return """
                landscape info FILE.landscape [--json]
                  --json   the runs as JSON on stdout (id, status, metrics, results)""";
    }

    private static String parameters(List<Parameter> ps) {
        return ps.stream().map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining(", "));
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        boolean json = args.contains("--json");
        List<String> files = args.stream().filter(a -> !a.equals("--json")).toList();
        if (files.size() != 1 || files.get(0).startsWith("-")) {
            throw new UsageException("give exactly one experiment file");
        }
        LoadedExperiment loaded;
        try {
            loaded = ExperimentStore.load(Path.of(files.get(0)));
        } catch (ExperimentLoadException e) {
            err.println(e.getMessage());
            return ExitCode.FAILURE;
        }
        Experiment e = loaded.experiment();
        Path base = Path.of(files.get(0)).toAbsolutePath().getParent();
        loaded.repairs().forEach(r -> err.println("note: " + r));
        if (json) {
            List<Object> runs = new ArrayList<>();
            for (Run r : e.getRuns()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.getId());
                m.put("variant", r.getVariant());
                m.put("backend", r.getBackend());
                m.put("engine_version", r.getEngineVersion());
                m.put("jvm", r.getJvm());
                m.put("threads", r.getThreads());
                m.put("status", r.getStatus().getLiteral());
                m.put("message", r.getMessage());
                Map<String, Object> metrics = new LinkedHashMap<>();
                for (Metric x : r.getMetrics()) {
                    metrics.put(x.getName(), x.getValue());
                }
                m.put("metrics", metrics);
                m.put("results", r.getResults().stream().map(ResultRef::getUri).toList());
                List<Object> read = new ArrayList<>();
                for (RunProvenance.FileCheck check : RunProvenance.check(r, base)) {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("path", check.path());
                    f.put("sha256", check.recorded());
                    f.put("changed", check.changed());
                    read.add(f);
                }
                m.put("files_read", read);
                runs.add(m);
            }
            out.println(Json.object("name", e.getName(), "runs", runs));
            return ExitCode.OK;
        }
        out.println(e.getName() + (e.getTags().isEmpty() ? "" : "  [" + String.join(", ", e.getTags()) + "]"));
        if (e.getDescription() != null && !e.getDescription().isBlank()) {
            out.println(e.getDescription().indent(2).stripTrailing());
        }
        out.println("seed: " + e.getSeed());
        if (e.getDataset() != null) {
            out.println("data: " + e.getDataset().getKind().getLiteral().toLowerCase(Locale.ROOT) + " ("
                    + parameters(e.getDataset().getParameters()) + "), validation fraction "
                    + e.getDataset().getValidationFraction());
        }
        ExperimentCompiler compiler = new ExperimentCompiler();
        // what a run runs: the experiment, or each variant (then the base network may be replaced)
        List<ExperimentProblem> problems = compiler.check(e);
        Compilation c = problems.isEmpty() && e.getVariants().isEmpty() ? compiler.compile(e) : null;
        if (c != null && c.experiment() != null) {
            out.println("network:");
            out.println(c.experiment().network().summary().indent(2).stripTrailing());
        } else if (!problems.isEmpty()) {
            out.println("problems:");
            problems.forEach(p -> out.println("  " + p.message()));
        }
        if (e.getNetwork() != null && e.getNetwork().getSource() != null) {
            var source = e.getNetwork().getSource();
            out.println("model: " + source.getFile() + (source.getCheckpoints().isEmpty() ? "" : ", checkpoints "
                    + String.join(" ", source.getCheckpoints())) + (source.getOtherModels().isEmpty() ? ""
                            : ", other models " + String.join(" ", source.getOtherModels())));
        }
        if (e.getOptimizer() != null) {
            out.println("optimizer: " + e.getOptimizer().getOptimizerId() + " ("
                    + parameters(e.getOptimizer().getHyperParameters()) + ")");
        }
        if (e.getTraining() != null) {
            var t = e.getTraining();
            out.println("training: " + (t.getEpochs() > 0 ? t.getEpochs() + " epochs" : t.getSteps() + " steps")
                    + ", batch " + (t.getBatchSize() == 0 ? "full" : t.getBatchSize()) + ", evaluation every "
                    + t.getEvaluateEvery() + " steps");
        }
        if (!e.getVariants().isEmpty()) {
            out.println("variants" + (e.getVariantAxis() == null ? "" : " (" + e.getVariantAxis() + ")") + ": "
                    + String.join(", ", e.getVariants().stream().map(Variants::label).toList()));
        }
        for (AnalysisSpec a : e.getAnalyses()) {
            out.println("analysis: " + a.getName() + " (" + a.eClass().getName() + (a.isEnabled() ? "" : ", disabled")
                    + ")");
        }
        for (Run r : e.getRuns()) {
            out.println("run " + r.getId() + (r.getVariant() == null ? "" : " (" + r.getVariant() + ")") + ": "
                    + r.getStatus().getLiteral().toLowerCase(Locale.ROOT)
                    + (r.getMessage() == null || r.getMessage().isBlank() ? "" : " — " + r.getMessage()));
            if (r.getBackend() != null) {
                out.println("  backend: " + r.getBackend());
            }
            if (r.getEngineVersion() != null) {
                out.println("  engine: " + r.getEngineVersion() + ", " + r.getThreads() + " threads, JVM " + r.getJvm());
            }
            var read = r.getConfiguration() == null || r.getConfiguration().getNetwork() == null ? null
                    : r.getConfiguration().getNetwork().getSource();
            if (read != null && read.getSha256() != null) {
                out.println("  model: " + read.getFile() + " (SHA-256 " + read.getSha256() + ")");
            }
            r.getDataDigests().forEach(line -> out.println("  data: " + line));
            for (RunProvenance.FileCheck check : RunProvenance.changedFiles(r, base)) {
                out.println("  CHANGED: " + check.describe());
            }
            for (Metric m : r.getMetrics()) {
                out.printf("  %-22s %.6g%n", m.getName(), m.getValue());
            }
            for (ResultRef ref : r.getResults()) {
                out.println("  " + ref.getKind().id().toLowerCase(Locale.ROOT) + ": " + ref.getUri());
            }
        }
        return ExitCode.OK;
    }
}
