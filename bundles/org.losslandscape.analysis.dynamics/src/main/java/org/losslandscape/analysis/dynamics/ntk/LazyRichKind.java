package org.losslandscape.analysis.dynamics.ntk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.analysis.dynamics.TangentKernelResults;
import org.losslandscape.analysis.dynamics.internal.Tables;
import org.losslandscape.analysis.dynamics.model.DynamicsPackage;
import org.losslandscape.analysis.dynamics.model.LazyRichAnalysis;
import org.losslandscape.compute.dynamics.ntk.WidthSweep;
import org.losslandscape.compute.nn.Parameterization;
import org.losslandscape.compute.request.LazyRichRequest;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.AnalysisSpec;

/**
 * Lazy against rich training ({@link LazyRichRequest}): per network the final kernel change, weight movement, initial
 * and final loss as metrics {@code NAME.PARAM.wWIDTH.kernel_change} etc. (PARAM: {@code ntk}, {@code mean_field},
 * {@code standard}), and per parameterisation the log-log slopes against width, {@code NAME.PARAM.kernel_slope} and
 * {@code NAME.PARAM.weight_slope} (−1/2 in the lazy regime).
 */
public final class LazyRichKind implements AnalysisKind {

    /** The widths when the spec names none. */
    static final int[] DEFAULT_WIDTHS = {64, 256, 1024};
    /** The largest width allowed. */
    static final int MAX_WIDTH = 1 << 15;

    @Override
    public String id() {
        return "lazy-rich";
    }

    @Override
    public String description() {
        return "the neural tangent kernel's change and the weights' movement against width, NTK against mean-field";
    }

    @Override
    public EClass specClass() {
        return DynamicsPackage.Literals.LAZY_RICH_ANALYSIS;
    }

    @Override
    public List<ExperimentProblem> check(AnalysisSpec spec, ExperimentCompiler compiler) {
        LazyRichAnalysis a = (LazyRichAnalysis) spec;
        List<ExperimentProblem> problems = new ArrayList<>();
        String name = "lazy vs rich '" + spec.getName() + "': ";
        for (int w : a.getWidths()) {
            if (w < 1 || w > MAX_WIDTH) {
                problems.add(new ExperimentProblem(spec, name + "width " + w + " must be in 1.." + MAX_WIDTH));
            }
        }
        if (a.getSteps() < 1 || a.getSteps() > 1_000_000) {
            problems.add(new ExperimentProblem(spec, name + "steps must be in 1..1000000, is " + a.getSteps()));
        }
        if (!(a.getLearningRate() > 0) || Double.isInfinite(a.getLearningRate())) {
            problems.add(new ExperimentProblem(spec, name + "the learning rate must be > 0, is "
                    + a.getLearningRate()));
        }
        if (a.getProbes() < 1 || a.getProbes() > 2000) {
            problems.add(new ExperimentProblem(spec, name + "probes must be in 1..2000, is " + a.getProbes()));
        }
        if (a.getSamples() < 1) {
            problems.add(new ExperimentProblem(spec, name + "samples must be ≥ 1, is " + a.getSamples()));
        }
        return problems;
    }

    /** @return the parameterisation's name in metrics: {@code ntk}, {@code mean_field}, {@code standard} */
    static String label(Parameterization p) {
        return p.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        LazyRichAnalysis a = (LazyRichAnalysis) spec;
        int[] widths = a.getWidths().isEmpty() ? DEFAULT_WIDTHS : a.getWidths().stream().mapToInt(Integer::intValue)
                .toArray();
        List<Parameterization> ps = a.getParameterizations().isEmpty() ? List.of(Parameterization.NTK,
                Parameterization.MEAN_FIELD) : a.getParameterizations().stream().map(p -> Parameterization.valueOf(
                        p.getName())).toList();
        WidthSweep.Settings settings = new WidthSweep.Settings(widths, ps, a.getSteps(), a.getLearningRate(),
                a.getProbes(), a.getSamples(), ctx.seed());
        List<WidthSweep.Path> paths = ctx.compute(new LazyRichRequest(ctx.model(), ctx.trainingData(), settings));
        List<double[]> rows = new ArrayList<>();
        for (WidthSweep.Path path : paths) {
            String key = name + "." + label(path.parameterization()) + ".w" + path.width();
            ctx.metric(key + ".kernel_change", path.finalKernelChange());
            ctx.metric(key + ".weight_movement", path.finalWeightMovement());
            ctx.metric(key + ".initial_loss", path.loss()[0]);
            ctx.metric(key + ".final_loss", path.loss()[path.loss().length - 1]);
            for (int i = 0; i < path.steps().length; i++) {
                rows.add(new double[] {ps.indexOf(path.parameterization()), path.width(), path.steps()[i],
                        path.loss()[i], path.kernelChange()[i], path.weightMovement()[i]});
            }
        }
        for (Parameterization p : ps) {
            List<WidthSweep.Path> mine = paths.stream().filter(q -> q.parameterization() == p).toList();
            double[] w = mine.stream().mapToDouble(WidthSweep.Path::width).toArray();
            ctx.metric(name + "." + label(p) + ".kernel_slope", WidthSweep.logLogSlope(w, mine.stream().mapToDouble(
                    WidthSweep.Path::finalKernelChange).toArray()));
            ctx.metric(name + "." + label(p) + ".weight_slope", WidthSweep.logLogSlope(w, mine.stream().mapToDouble(
                    WidthSweep.Path::finalWeightMovement).toArray()));
        }
        String description = String.format(Locale.ROOT, "tangent kernel change and weight movement of %d networks "
                + "trained %d steps of gradient descent (η = %s; mean-field: η × width)", paths.size(), a.getSteps(),
                a.getLearningRate());
        ctx.write(TangentKernelResults.LAZY_RICH, name + ".npy", Tables.of(rows, TangentKernelResults.COLUMNS),
                description, ResultMetadata.builder()
                        .put(ResultKeys.COLUMNS, List.of("parameterization", "width", "step", "loss", "kernel_change",
                                "weight_movement"))
                        .put(TangentKernelResults.PARAMETERIZATIONS, ps.stream().map(Enum::name).toList())
                        .put(ResultKeys.PROBES, (long) a.getProbes()).build());
        if (paths.size() < ps.size() * widths.length) {
            ctx.note(name + ": cancelled after " + paths.size() + " of " + ps.size() * widths.length + " networks");
        }
    }
}
