package org.losslandscape.analysis.dynamics.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.analysis.dynamics.model.DynamicsPackage;
import org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis;
import org.losslandscape.compute.dynamics.ImplicitBias;
import org.losslandscape.compute.request.ImplicitBiasRequest;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.model.AnalysisSpec;

/**
 * The implicit bias of gradient descent and the gradient flow toward the minimum-norm solution
 * ({@link ImplicitBiasRequest}), on a regression of its own drawn from the run's seed (it needs no network). Metrics:
 * {@code NAME.flow_distance} and {@code NAME.gd_distance} to the pseudo-inverse's solution, the final losses
 * {@code NAME.flow_loss} and {@code NAME.gd_loss}, and {@code NAME.other_start_distance} of GD started away from zero.
 */
public final class ImplicitBiasKind implements AnalysisKind {

    @Override
    public String id() {
        return "implicit-bias";
    }

    @Override
    public String description() {
        return "gradient descent and the flow from zero on an under-determined regression against the SVD's "
                + "minimum-norm solution";
    }

    @Override
    public EClass specClass() {
        return DynamicsPackage.Literals.IMPLICIT_BIAS_ANALYSIS;
    }

    @Override
    public boolean needsNetwork() {
        return false;
    }

    @Override
    public List<ExperimentProblem> check(AnalysisSpec spec, ExperimentCompiler compiler) {
        ImplicitBiasAnalysis a = (ImplicitBiasAnalysis) spec;
        List<ExperimentProblem> problems = new ArrayList<>();
        try {
            new ImplicitBiasRequest(a.getRows(), a.getFeatures(), 0, a.getTolerance());
        } catch (IllegalArgumentException e) {
            problems.add(new ExperimentProblem(spec, "implicit bias '" + spec.getName() + "': " + e.getMessage()));
        }
        return problems;
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) {
        ImplicitBiasAnalysis a = (ImplicitBiasAnalysis) spec;
        ImplicitBias.Outcome o = ctx.compute(new ImplicitBiasRequest(a.getRows(), a.getFeatures(), ctx.seed(),
                a.getTolerance()));
        ctx.metric(name + ".flow_distance", o.flowDistance());
        ctx.metric(name + ".gd_distance", o.gradientDescentDistance());
        ctx.metric(name + ".flow_loss", o.flowLoss());
        ctx.metric(name + ".gd_loss", o.gradientDescentLoss());
        ctx.metric(name + ".other_start_distance", o.otherStartDistance());
        ctx.metric(name + ".minimum_norm", o.minimumNorm());
    }
}
