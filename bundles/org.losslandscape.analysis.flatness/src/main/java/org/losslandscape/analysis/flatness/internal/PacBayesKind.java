package org.losslandscape.analysis.flatness.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.analysis.flatness.FlatnessResults;
import org.losslandscape.analysis.flatness.model.FlatnessPackage;
import org.losslandscape.analysis.flatness.model.PacBayesAnalysis;
import org.losslandscape.compute.pacbayes.PacBayesBound;
import org.losslandscape.compute.pacbayes.PosteriorShape;
import org.losslandscape.compute.request.ModelState;
import org.losslandscape.compute.request.PacBayesRequest;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.AnalysisSpec;

/**
 * The PAC-Bayes bound of the trained network ({@link PacBayesBound}): prior at the run's initial parameters,
 * posterior at its final ones, σ over the spec's grid, the posterior's draws also evaluated on the validation rows
 * (the actual test error). Metrics: the bound, the σ it is reported at, KL(Q‖P), the draws' training and test error
 * there, and the trained network's own errors.
 */
public final class PacBayesKind implements AnalysisKind {

    /** The grid when the spec names none: 17 widths evenly spaced in log scale from 0.001 to 10. */
    static final double[] DEFAULT_SIGMAS = PacBayesBound.Settings.logGrid(1e-3, 10, 17);

    @Override
    public String id() {
        return "pac-bayes";
    }

    @Override
    public String description() {
        return "PAC-Bayes bound on the test error of a Gaussian posterior around the solution (prior at the "
                + "initial point, σ over a grid, Monte Carlo with a confidence interval)";
    }

    @Override
    public EClass specClass() {
        return FlatnessPackage.Literals.PAC_BAYES_ANALYSIS;
    }

    @Override
    public List<ExperimentProblem> check(AnalysisSpec spec, ExperimentCompiler compiler) {
        PacBayesAnalysis p = (PacBayesAnalysis) spec;
        List<ExperimentProblem> problems = new ArrayList<>();
        String name = "PAC-Bayes bound '" + spec.getName() + "': ";
        try {
            settings(p, 0);
        } catch (IllegalArgumentException e) {
            problems.add(new ExperimentProblem(spec, name + e.getMessage().replace("PAC-Bayes bound: ", "")));
        }
        if (p.getSamples() > 100_000) {
            problems.add(new ExperimentProblem(spec, name + "samples must be at most 100000, is " + p.getSamples()));
        }
        return problems;
    }

    /** @return the spec's settings, checked */
    static PacBayesBound.Settings settings(PacBayesAnalysis p, long seed) {
        double[] sigmas = p.getSigmas().isEmpty() ? DEFAULT_SIGMAS : p.getSigmas().stream().mapToDouble(
                Double::doubleValue).toArray();
        return new PacBayesBound.Settings(shape(p.getPosterior()), sigmas, p.getDelta(), p.getSamplingDelta(), p
                .getSamples(), seed);
    }

    /** @return the engine's shape for the model's */
    static PosteriorShape shape(org.losslandscape.analysis.flatness.model.PosteriorShape shape) {
        return switch (shape) {
            case ISOTROPIC -> PosteriorShape.ISOTROPIC;
            case LAYERWISE -> PosteriorShape.LAYERWISE;
        };
    }

    /** @return the request for the bound of {@code model} with the prior at {@code prior} */
    static PacBayesRequest request(AnalysisContext ctx, ModelState model, double[] prior,
            PacBayesBound.Settings s) {
        return new PacBayesRequest(model, prior, ctx.trainingData(), ctx.validationData(), s.shape(), s.sigmas(), s
                .delta(), s.samplingDelta(), s.samples(), s.seed());
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        PacBayesAnalysis p = (PacBayesAnalysis) spec;
        PacBayesBound.Settings s = settings(p, ctx.seed());
        PacBayesBound.Result r = ctx.compute(request(ctx, ctx.model(), ctx.compiled().initialParameters(), s));
        int c = r.chosen();
        ctx.metric(name + ".bound", r.bound()[c]);
        ctx.metric(name + ".sigma", r.sigmas()[c]);
        ctx.metric(name + ".kl", r.kl()[c]);
        ctx.metric(name + ".train_error", r.trainError()[c]);
        ctx.metric(name + ".train_error_upper", r.trainErrorUpper()[c]);
        ctx.metric(name + ".solution_train_error", r.solutionTrainError());
        if (ctx.validationData() != null) {
            ctx.metric(name + ".test_error", r.testError()[c]);
            ctx.metric(name + ".solution_test_error", r.solutionTestError());
        } else {
            ctx.note(name + ": no validation rows, so no test error to set beside the bound");
        }
        if (ctx.compiled().imported() != null) {
            ctx.note(name + ": the prior is centred at the imported parameters, where this run started; the bound "
                    + "holds only if they were chosen without this run's training rows");
        }
        if (r.samples() < s.samples()) {
            ctx.note(name + ": cancelled after " + r.samples() + " of " + s.samples() + " draws");
        }
        List<double[]> rows = new ArrayList<>();
        for (int j = 0; j < r.sigmas().length; j++) {
            rows.add(new double[] {r.sigmas()[j], r.kl()[j], r.trainError()[j], r.trainErrorUpper()[j], r.bound()[j],
                r.testError()[j]});
        }
        ResultMetadata.Builder metadata = ResultMetadata.builder().put(ResultKeys.COLUMNS, List.of("sigma", "kl",
                "train_error", "train_error_upper", "bound", "test_error")).put(FlatnessResults.SIGMA, r.sigmas()[c])
                .put(FlatnessResults.POSTERIOR, s.shape().name());
        if (ctx.validationData() != null) {
            metadata.put(FlatnessResults.SOLUTION_TEST_ERROR, r.solutionTestError());
        }
        ctx.write(FlatnessResults.PAC_BAYES, name + ".npy", Tables.of(rows, FlatnessResults.PAC_BAYES_COLUMNS),
                String.format(Locale.ROOT, "PAC-Bayes bound (%s posterior) over %d widths σ: %.4f at σ = %.3g "
                        + "(m = %d, %d draws, δ = %s, δ′ = %s)", s.shape(), rows.size(), r.bound()[c], r.sigmas()[c],
                        r.trainingRows(), r.samples(), s.delta(), s.samplingDelta()), metadata.build());
    }
}
