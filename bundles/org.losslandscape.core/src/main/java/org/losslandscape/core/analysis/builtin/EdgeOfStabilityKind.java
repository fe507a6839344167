package org.losslandscape.core.analysis.builtin;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.LandscapePackage;

/**
 * The edge of stability (Cohen et al. 2021): λ_max tracked during training against the optimizer's threshold. The
 * experiment runner measures it while it trains (its sharpness tracker), so there is nothing left to do after.
 */
public final class EdgeOfStabilityKind implements AnalysisKind {

    @Override
    public String id() {
        return "edge-of-stability";
    }

    @Override
    public String description() {
        return "λ_max during training against the optimizer's stability threshold (2/η for gradient descent)";
    }

    @Override
    public EClass specClass() {
        return LandscapePackage.Literals.EDGE_OF_STABILITY_ANALYSIS;
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) {
        // measured during training by the runner's sharpness tracker
    }
}
