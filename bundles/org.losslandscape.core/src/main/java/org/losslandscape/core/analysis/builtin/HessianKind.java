package org.losslandscape.core.analysis.builtin;

import java.io.IOException;
import java.util.Arrays;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.compute.curvature.CriticalPointIndex;
import org.losslandscape.compute.curvature.DenseHessian;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.request.DenseSpectrumRequest;
import org.losslandscape.compute.request.EigenpairsRequest;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.run.ComputeBackend;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.HessianAnalysis;
import org.losslandscape.model.HessianMethod;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.ResultKind;

/**
 * Top and bottom Hessian eigenvalues by the analysis's method: Lanczos (default); power iteration with deflation
 * (the largest |λ| first, top only); or the dense Hessian, which also gives the exact trace and the index of the
 * point (the number of negative eigenvalues).
 */
public final class HessianKind implements AnalysisKind {

    /** Power iteration: at most this many products per eigenvalue, and the relative change that stops it. */
    private static final int POWER_ITERATIONS = 300;
    private static final double POWER_TOLERANCE = 1e-7;
    /** Eigenvalues within this of zero count as zero for the index of a critical point. */
    private static final double INDEX_TOLERANCE = 1e-9;

    @Override
    public String id() {
        return "hessian";
    }

    @Override
    public String description() {
        return "top and bottom Hessian eigenvalues (Lanczos, power iteration or the dense Hessian with trace and index)";
    }

    @Override
    public EClass specClass() {
        return LandscapePackage.Literals.HESSIAN_ANALYSIS;
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        HessianAnalysis h = (HessianAnalysis) spec;
        int dimension = ctx.compiled().network().parameterCount();
        int top = Math.min(Math.max(0, h.getTopK()), dimension);
        int bottom = Math.min(Math.max(0, h.getBottomK()), dimension);
        double[] topValues;
        double[] bottomValues;
        String method;
        if (h.getMethod() == HessianMethod.DENSE) {
            if (dimension > DenseHessian.MAX_DIMENSION) {
                ctx.note("analysis " + name + ": the dense Hessian is limited to " + DenseHessian.MAX_DIMENSION
                        + " parameters and this network has " + dimension + "; use LANCZOS; skipped");
                return;
            }
            DenseHessian.Spectrum spectrum = ctx.compute(new DenseSpectrumRequest(ctx.model(), ctx.trainingData()));
            double[] ascending = spectrum.values();
            topValues = new double[top];
            for (int i = 0; i < top; i++) {
                topValues[i] = ascending[ascending.length - 1 - i];
            }
            bottomValues = Arrays.copyOf(ascending, bottom);
            CriticalPointIndex index = CriticalPointIndex.of(ascending, INDEX_TOLERANCE);
            ctx.metric(name + ".index", index.negative());
            ctx.metric(name + ".index_fraction", index.fraction());
            ctx.metric(name + ".trace", spectrum.trace());
            method = "the dense Hessian (" + dimension + " eigenvalues, index " + index.negative() + ")";
        } else if (h.getMethod() == HessianMethod.POWER) {
            topValues = top == 0 ? new double[0]
                    : ctx.compute(new EigenpairsRequest(ctx.model(), ctx.trainingData(),
                            EigenpairsRequest.Method.DOMINANT, top, POWER_ITERATIONS, POWER_TOLERANCE, ctx.seed()))
                            .values();
            bottomValues = new double[0];
            if (bottom > 0) {
                ctx.note("analysis " + name + ": power iteration finds the largest |λ| only; bottom eigenvalues "
                        + "need LANCZOS or DENSE; skipped them");
            }
            method = "power iteration with deflation (the largest |λ| first, signed)";
        } else {
            topValues = top == 0 ? new double[0]
                    : ctx.compute(EigenpairsRequest.lanczos(ctx.model(), ctx.trainingData(), top, true)).values();
            bottomValues = bottom == 0 ? new double[0]
                    : ctx.compute(EigenpairsRequest.lanczos(ctx.model(), ctx.trainingData(), bottom, false)).values();
            method = "Lanczos";
        }
        if (topValues.length > 0) {
            if (h.getMethod() == HessianMethod.POWER) {
                ctx.metric(name + ".lambda_dominant", topValues[0]);
            }
            // the largest |λ| is λ_max when it is positive
            if (h.getMethod() != HessianMethod.POWER || topValues[0] > 0) {
                ctx.metric(name + ".lambda_max", topValues[0]);
            }
        }
        if (bottomValues.length > 0) {
            ctx.metric(name + ".lambda_min", bottomValues[0]);
            if (topValues.length > 0 && topValues[0] != 0) {
                // Li et al. 2018, sec. 6: |λ_min / λ_max| near 0 where the landscape is locally convex
                ctx.metric(name + ".min_max_ratio", Math.abs(bottomValues[0] / topValues[0]));
            }
        }
        double[] array = new double[topValues.length + bottomValues.length];
        System.arraycopy(topValues, 0, array, 0, topValues.length);
        System.arraycopy(bottomValues, 0, array, topValues.length, bottomValues.length);
        ctx.write(ResultKind.SPECTRUM, name + ".npy", NpyArray.ofDoubles(new int[] {array.length}, array),
                "Hessian eigenvalues by " + method + ": top " + topValues.length + (h.getMethod() == HessianMethod.POWER
                        ? " by decreasing |λ|" : " descending") + ", then bottom " + bottomValues.length
                        + " ascending", ResultMetadata.builder().put(ResultKeys.METHOD, h.getMethod().getLiteral())
                                .put(ResultKeys.TOP, (long) topValues.length)
                                .put(ResultKeys.BOTTOM, (long) bottomValues.length).build());
    }
}
