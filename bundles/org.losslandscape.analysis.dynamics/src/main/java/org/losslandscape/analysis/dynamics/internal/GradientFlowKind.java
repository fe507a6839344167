package org.losslandscape.analysis.dynamics.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.analysis.dynamics.DynamicsResults;
import org.losslandscape.analysis.dynamics.model.DynamicsPackage;
import org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.request.EigenpairsRequest;
import org.losslandscape.compute.request.GradientFlowRequest;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.AnalysisSpec;

/**
 * Gradient flow against gradient descent from the trained parameters: λ_max at the start by Lanczos, then one
 * {@link GradientFlowRequest} for every learning rate (by default 0.1, 0.5 and 1.5 times 2/λ_max). Metrics per rate:
 * the largest distance to the flow and η·λ_max/2 (below 1: GD is stable on the start's quadratic model).
 */
public final class GradientFlowKind implements AnalysisKind {

    /** The default learning rates, as multiples of 2/λ_max at the start. */
    static final double[] DEFAULT_FRACTIONS = {0.1, 0.5, 1.5};

    @Override
    public String id() {
        return "gradient-flow";
    }

    @Override
    public String description() {
        return "gradient flow (Dormand–Prince) against gradient descent at several learning rates, with 2/λ_max";
    }

    @Override
    public EClass specClass() {
        return DynamicsPackage.Literals.GRADIENT_FLOW_ANALYSIS;
    }

    @Override
    public List<ExperimentProblem> check(AnalysisSpec spec, ExperimentCompiler compiler) {
        GradientFlowAnalysis g = (GradientFlowAnalysis) spec;
        List<ExperimentProblem> problems = new ArrayList<>();
        String name = "gradient flow '" + spec.getName() + "': ";
        for (double eta : g.getLearningRates()) {
            if (!(eta > 0)) {
                problems.add(new ExperimentProblem(spec, name + "learning rate " + eta + " must be > 0"));
            } else if (g.getHorizon() / eta > GradientFlowRequest.MAX_STEPS) {
                problems.add(new ExperimentProblem(spec, name + "learning rate " + eta + " takes more than "
                        + GradientFlowRequest.MAX_STEPS + " steps to reach the horizon " + g.getHorizon()));
            }
        }
        if (!(g.getHorizon() > 0)) {
            problems.add(new ExperimentProblem(spec, name + "the horizon must be > 0, is " + g.getHorizon()));
        }
        if (g.getSamples() < 1 || g.getSamples() > 100_000) {
            problems.add(new ExperimentProblem(spec, name + "samples must be in 1..100000, is " + g.getSamples()));
        }
        if (!(g.getTolerance() > 0) || g.getTolerance() > 1e-2) {
            problems.add(new ExperimentProblem(spec, name + "the tolerance must be in (0, 0.01], is "
                    + g.getTolerance()));
        }
        return problems;
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        GradientFlowAnalysis g = (GradientFlowAnalysis) spec;
        double lambdaMax = ctx.compute(EigenpairsRequest.lanczos(ctx.model(), ctx.trainingData(), 1, true))
                .values()[0];
        double[] rates = g.getLearningRates().stream().mapToDouble(Double::doubleValue).toArray();
        if (rates.length == 0) {
            rates = new double[DEFAULT_FRACTIONS.length];
            for (int i = 0; i < rates.length; i++) {
                rates[i] = DEFAULT_FRACTIONS[i] * 2 / lambdaMax;
            }
        }
        GradientFlowRequest.Comparison c = ctx.compute(new GradientFlowRequest(ctx.model(), ctx.trainingData(), rates,
                g.getHorizon(), g.getSamples(), g.getTolerance()));
        List<double[]> rows = new ArrayList<>();
        for (int j = 0; j < c.learningRates().length; j++) {
            double worst = 0;
            for (int i = 0; i < c.times()[j].length; i++) {
                rows.add(new double[] {j, c.times()[j][i], c.gdLoss()[j][i], c.flowLoss()[j][i], c.distance()[j][i]});
                worst = Math.max(worst, c.distance()[j][i]);
            }
            String label = String.format(Locale.ROOT, "%s.eta_%d", name, j);
            ctx.metric(label + ".max_distance", worst);
            ctx.metric(label + ".eta_lambda_max_over_2", c.learningRates()[j] * lambdaMax / 2);
        }
        ctx.metric(name + ".lambda_max", lambdaMax);
        double[] table = new double[rows.size() * DynamicsResults.FLOW_COLUMNS];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, table, r * DynamicsResults.FLOW_COLUMNS, DynamicsResults.FLOW_COLUMNS);
        }
        List<Double> rateList = new ArrayList<>();
        for (double eta : c.learningRates()) {
            rateList.add(eta);
        }
        ctx.write(DynamicsResults.FLOW, name + ".npy", NpyArray.ofDoubles(new int[] {rows.size(),
                DynamicsResults.FLOW_COLUMNS}, table), String.format(Locale.ROOT, "gradient flow against gradient "
                        + "descent at %d learning rates up to t = %s; 2/λ_max = %.4g", c.learningRates().length,
                        g.getHorizon(), 2 / lambdaMax), ResultMetadata.builder().put(ResultKeys.COLUMNS, List.of(
                                "rate", "t", "gd_loss", "flow_loss", "distance")).put(DynamicsResults.LEARNING_RATES,
                                        rateList).put(DynamicsResults.LAMBDA_MAX, lambdaMax).put(ResultKeys.METHOD, "DORMAND_PRINCE_54").build());
        if (c.learningRates().length < rates.length) {
            ctx.note(name + ": cancelled after " + c.learningRates().length + " of " + rates.length
                    + " learning rates");
        }
    }
}
