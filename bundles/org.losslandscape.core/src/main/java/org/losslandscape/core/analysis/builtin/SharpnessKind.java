package org.losslandscape.core.analysis.builtin;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.compute.request.SharpnessRequest;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.SharpnessAnalysis;

/** Sharpness by one of five definitions: λ_max, trace, ε-sharpness, Gaussian, adaptive. */
public final class SharpnessKind implements AnalysisKind {

    @Override
    public String id() {
        return "sharpness";
    }

    @Override
    public String description() {
        return "sharpness of the solution: λ_max, trace, ε-sharpness (Keskar et al.), Gaussian or adaptive";
    }

    @Override
    public EClass specClass() {
        return LandscapePackage.Literals.SHARPNESS_ANALYSIS;
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) {
        SharpnessAnalysis s = (SharpnessAnalysis) spec;
        SharpnessRequest.Definition definition = switch (s.getDefinition()) {
            case LAMBDA_MAX -> SharpnessRequest.Definition.LAMBDA_MAX;
            case TRACE -> SharpnessRequest.Definition.TRACE;
            case EPSILON -> SharpnessRequest.Definition.EPSILON;
            case GAUSSIAN -> SharpnessRequest.Definition.GAUSSIAN;
            case ADAPTIVE -> SharpnessRequest.Definition.ADAPTIVE;
        };
        SharpnessRequest.Measured measured = ctx.compute(new SharpnessRequest(ctx.model(), ctx.trainingData(),
                definition, s.getEpsilon(), s.getSamples(), ctx.seed()));
        ctx.metric(name + "." + measured.name(), measured.value());
    }
}
