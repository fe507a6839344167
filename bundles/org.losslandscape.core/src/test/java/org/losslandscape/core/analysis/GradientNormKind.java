package org.losslandscape.core.analysis;

import java.io.IOException;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.results.ResultKey;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.ResultKind;

/** A third party's analysis kind: the norm of the full-batch training gradient at the solution, and the gradient. */
public final class GradientNormKind implements AnalysisKind {

    /** A key of this kind's own: a contributed analysis defines its metadata keys as the built-in ones are. */
    static final ResultKey<Long> GRADIENT_LENGTH = ResultKey.integer("gradient_length");

    @Override
    public String id() {
        return "probe-gradient-norm";
    }

    @Override
    public String description() {
        return "norm of the training gradient at the solution (a test bundle's kind)";
    }

    @Override
    public EClass specClass() {
        return ProbePackage.GRADIENT_NORM;
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        double[] g = new double[ctx.parameters().length];
        ctx.objective().valueAndGradient(ctx.parameters(), g);
        double sum = 0;
        for (double v : g) {
            sum += v * v;
        }
        ctx.metric(name + ".gradient_norm", Math.sqrt(sum));
        ctx.write(ResultKind.SPECTRUM, name + ".npy", NpyArray.ofDoubles(new int[] {g.length}, g),
                "the training gradient at the solution", ResultMetadata.builder().put(GRADIENT_LENGTH,
                        (long) g.length).build());
    }
}
