package org.losslandscape.analysis.flatness.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.analysis.flatness.FlatnessResults;
import org.losslandscape.analysis.flatness.model.FlatnessPackage;
import org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis;
import org.losslandscape.compute.curvature.LayerRescaling;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.pacbayes.PacBayesBound;
import org.losslandscape.compute.pacbayes.PosteriorShape;
import org.losslandscape.compute.request.ModelState;
import org.losslandscape.compute.request.RescalingRequest;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.AnalysisSpec;

/**
 * Sharpness is not invariant (Dinh et al. 2017): the trained network rescaled by α and 1/α in two consecutive layers
 * ({@link LayerRescaling}) for each α, and at each rescaled point the outputs' change, λ_max, the trace and adaptive
 * sharpness ({@link RescalingRequest}), and the PAC-Bayes bound with an isotropic and with a layer-scaled posterior,
 * the prior's centre (the initial point) rescaled with the network. Metrics per factor
 * {@code NAME.alpha_K.*}, and over the factors: {@code max_output_difference}, {@code lambda_max_ratio} and
 * {@code trace_ratio} (largest over smallest), {@code adaptive_spread} (largest over smallest, minus 1), and
 * {@code isotropic_bound_spread}, {@code layerwise_bound_spread} (largest minus smallest).
 */
public final class ReparameterisationKind implements AnalysisKind {

    /** The factors when the spec names none. */
    static final double[] DEFAULT_ALPHAS = {0.01, 0.1, 1, 10, 100};
    /** The bounds' confidences. */
    private static final double DELTA = 0.025;
    private static final double SAMPLING_DELTA = 0.01;

    @Override
    public String id() {
        return "reparameterisation";
    }

    @Override
    public String description() {
        return "two ReLU layers rescaled by α and 1/α: the same outputs, λ_max and trace changed, adaptive sharpness "
                + "and the layer-scaled PAC-Bayes bound unchanged (Dinh et al. 2017)";
    }

    @Override
    public EClass specClass() {
        return FlatnessPackage.Literals.REPARAMETERISATION_ANALYSIS;
    }

    @Override
    public List<ExperimentProblem> check(AnalysisSpec spec, ExperimentCompiler compiler) {
        ReparameterisationAnalysis r = (ReparameterisationAnalysis) spec;
        List<ExperimentProblem> problems = new ArrayList<>();
        String name = "reparameterisation '" + spec.getName() + "': ";
        for (double a : r.getAlphas()) {
            if (!(a > 0) || Double.isInfinite(a)) {
                problems.add(new ExperimentProblem(spec, name + "the factor α = " + a + " must be positive and finite"));
            }
        }
        if (r.getFirstLayer() < 0 || r.getSecondLayer() <= r.getFirstLayer()) {
            problems.add(new ExperimentProblem(spec, name + "the second layer (" + r.getSecondLayer()
                    + ") must come after the first (" + r.getFirstLayer() + ")"));
        }
        if (!(r.getRho() > 0) || r.getAscentSteps() < 1 || r.getProbes() < 1 || r.getSamples() < 0) {
            problems.add(new ExperimentProblem(spec, name + "need ρ > 0, ascent steps ≥ 1, probes ≥ 1 and samples ≥ 0"));
        }
        return problems;
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        ReparameterisationAnalysis r = (ReparameterisationAnalysis) spec;
        double[] alphas = r.getAlphas().isEmpty() ? DEFAULT_ALPHAS : r.getAlphas().stream().mapToDouble(
                Double::doubleValue).toArray();
        LayerRescaling rescaling = new LayerRescaling(Integer.toString(r.getFirstLayer()), Integer.toString(r
                .getSecondLayer()));
        RescalingRequest.Measured m = ctx.compute(new RescalingRequest(ctx.model(), ctx.trainingData(), rescaling,
                alphas, r.getRho(), r.getAscentSteps(), r.getProbes(), ctx.seed()));
        double[] isotropic = new double[alphas.length];
        double[] layerwise = new double[alphas.length];
        Arrays.fill(isotropic, Double.NaN);
        Arrays.fill(layerwise, Double.NaN);
        if (r.getSamples() > 0) {
            Network network = ctx.compiled().network();
            ModelState model = ctx.model();
            for (int j = 0; j < alphas.length; j++) {
                ModelState scaled = new ModelState(model.description(), rescaling.apply(network, model.parameters(),
                        alphas[j]), model.buffers());
                double[] prior = rescaling.apply(network, ctx.compiled().initialParameters(), alphas[j]);
                isotropic[j] = bound(ctx, scaled, prior, PosteriorShape.ISOTROPIC, r.getSamples());
                layerwise[j] = bound(ctx, scaled, prior, PosteriorShape.LAYERWISE, r.getSamples());
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (int j = 0; j < alphas.length; j++) {
            String label = String.format(Locale.ROOT, "%s.alpha_%d", name, j);
            ctx.metric(label + ".alpha", alphas[j]);
            ctx.metric(label + ".output_difference", m.outputDifference()[j]);
            ctx.metric(label + ".lambda_max", m.lambdaMax()[j]);
            ctx.metric(label + ".trace", m.trace()[j]);
            ctx.metric(label + ".adaptive_sharpness", m.adaptiveSharpness()[j]);
            if (r.getSamples() > 0) {
                ctx.metric(label + ".isotropic_bound", isotropic[j]);
                ctx.metric(label + ".layerwise_bound", layerwise[j]);
            }
            rows.add(new double[] {alphas[j], m.outputDifference()[j], m.loss()[j], m.lambdaMax()[j], m.trace()[j], m
                .adaptiveSharpness()[j], isotropic[j], layerwise[j]});
        }
        ctx.metric(name + ".max_output_difference", Arrays.stream(m.outputDifference()).max().orElseThrow());
        ctx.metric(name + ".lambda_max_ratio", ratio(m.lambdaMax()));
        ctx.metric(name + ".trace_ratio", ratio(m.trace()));
        ctx.metric(name + ".adaptive_spread", ratio(m.adaptiveSharpness()) - 1);
        if (r.getSamples() > 0) {
            ctx.metric(name + ".isotropic_bound_spread", spread(isotropic));
            ctx.metric(name + ".layerwise_bound_spread", spread(layerwise));
        }
        ctx.write(FlatnessResults.REPARAMETERISATION, name + ".npy", Tables.of(rows,
                FlatnessResults.REPARAMETERISATION_COLUMNS), String.format(Locale.ROOT, "layers %d and %d rescaled "
                        + "by α and 1/α for %d factors: outputs, λ_max, trace, adaptive sharpness (ρ = %s) and "
                        + "PAC-Bayes bounds", r.getFirstLayer(), r.getSecondLayer(), alphas.length, r.getRho()),
                ResultMetadata.builder().put(ResultKeys.COLUMNS, List.of("alpha", "output_difference", "loss",
                        "lambda_max", "trace", "adaptive_sharpness", "isotropic_bound", "layerwise_bound")).build());
    }

    private static double bound(AnalysisContext ctx, ModelState model, double[] prior, PosteriorShape shape,
            int samples) {
        PacBayesBound.Result b = ctx.compute(PacBayesKind.request(ctx, model, prior, new PacBayesBound.Settings(shape,
                PacBayesKind.DEFAULT_SIGMAS, DELTA, SAMPLING_DELTA, samples, ctx.seed())));
        return b.bound()[b.chosen()];
    }

    /** @return largest over smallest (NaN unless all are positive) */
    private static double ratio(double[] values) {
        double min = Arrays.stream(values).min().orElseThrow();
        return min > 0 ? Arrays.stream(values).max().orElseThrow() / min : Double.NaN;
    }

    private static double spread(double[] values) {
        return Arrays.stream(values).max().orElseThrow() - Arrays.stream(values).min().orElseThrow();
    }
}
