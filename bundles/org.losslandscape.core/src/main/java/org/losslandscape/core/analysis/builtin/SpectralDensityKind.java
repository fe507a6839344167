package org.losslandscape.core.analysis.builtin;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.compute.curvature.SpectralDensity;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.request.SpectralDensityRequest;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.SpectralDensityAnalysis;

/** The Hessian's spectral density by stochastic Lanczos quadrature (Ghorbani et al. 2019). */
public final class SpectralDensityKind implements AnalysisKind {

    /** Points of the density's eigenvalue grid. */
    private static final int DENSITY_GRID = 256;

    @Override
    public String id() {
        return "spectral-density";
    }

    @Override
    public String description() {
        return "Hessian spectral density by stochastic Lanczos quadrature";
    }

    @Override
    public EClass specClass() {
        return LandscapePackage.Literals.SPECTRAL_DENSITY_ANALYSIS;
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        SpectralDensityAnalysis d = (SpectralDensityAnalysis) spec;
        SpectralDensity.Density density = ctx.compute(new SpectralDensityRequest(ctx.model(), ctx.trainingData(),
                d.getProbes(), d.getLanczosSteps(), d.getSigma(), DENSITY_GRID, ctx.seed()));
        int n = density.grid().length;
        double[] table = new double[2 * n];
        for (int i = 0; i < n; i++) {
            table[2 * i] = density.grid()[i];
            table[2 * i + 1] = density.density()[i];
        }
        ctx.write(ResultKind.DENSITY, name + ".npy", NpyArray.ofDoubles(new int[] {n, 2}, table),
                "columns: eigenvalue, density", ResultMetadata.builder().put(ResultKeys.COLUMNS, List.of(
                        "eigenvalue", "density")).build());
    }
}
