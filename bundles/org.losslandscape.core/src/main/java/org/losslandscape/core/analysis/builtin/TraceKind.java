package org.losslandscape.core.analysis.builtin;

import java.io.IOException;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.compute.curvature.Hutchinson;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.request.TraceRequest;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.TraceAnalysis;

/** The Hessian's trace by Hutchinson's estimator (Rademacher probes), with its standard error. */
public final class TraceKind implements AnalysisKind {

    @Override
    public String id() {
        return "trace";
    }

    @Override
    public String description() {
        return "Hessian trace by Hutchinson's estimator, with its standard error and the samples";
    }

    @Override
    public EClass specClass() {
        return LandscapePackage.Literals.TRACE_ANALYSIS;
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        TraceAnalysis t = (TraceAnalysis) spec;
        Hutchinson.TraceEstimate est = ctx.compute(new TraceRequest(ctx.model(), ctx.trainingData(), t.getProbes(),
                ctx.seed()));
        ctx.metric(name + ".trace", est.trace());
        ctx.metric(name + ".trace_standard_error", est.standardError());
        ctx.write(ResultKind.SHARPNESS, name + ".npy", NpyArray.ofDoubles(new int[] {est.samples().length},
                est.samples()), "Hutchinson samples z^T H z, " + t.getProbes() + " probes; trace " + est.trace(),
                ResultMetadata.builder().put(ResultKeys.METHOD, "HUTCHINSON").put(ResultKeys.PROBES,
                        (long) t.getProbes()).put(ResultKeys.TRACE, est.trace()).build());
    }
}
