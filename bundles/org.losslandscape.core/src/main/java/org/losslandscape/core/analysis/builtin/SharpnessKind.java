package org.losslandscape.core.analysis.builtin;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.compute.curvature.AdaptiveSharpness;
import org.losslandscape.compute.curvature.EpsilonSharpness;
import org.losslandscape.compute.curvature.GaussianSharpness;
import org.losslandscape.compute.curvature.Lanczos;
import org.losslandscape.compute.curvature.MaxEigenvalueSharpness;
import org.losslandscape.compute.curvature.Sharpness;
import org.losslandscape.compute.curvature.TraceSharpness;
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
        long seed = ctx.seed();
        Sharpness measure = switch (s.getDefinition()) {
            case LAMBDA_MAX -> new MaxEigenvalueSharpness(Lanczos.Options.defaults());
            case TRACE -> new TraceSharpness(s.getSamples(), seed);
            case EPSILON -> new EpsilonSharpness(s.getEpsilon(), 0, s.getSamples(), seed);
            case GAUSSIAN -> new GaussianSharpness(s.getEpsilon(), s.getSamples(), seed);
            case ADAPTIVE -> new AdaptiveSharpness(s.getEpsilon(), s.getSamples(), 0.01);
        };
        ctx.metric(name + "." + measure.name(), measure.measure(ctx.objective(), ctx.parameters()));
    }
}
