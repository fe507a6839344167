package org.losslandscape.core.run;

import org.losslandscape.compute.curvature.EigenPairs;
import org.losslandscape.compute.curvature.Hutchinson;
import org.losslandscape.compute.curvature.Lanczos;
import org.losslandscape.compute.curvature.SpectralDensity;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Plane;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.landscape.SurfaceEvaluator;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.objective.CurvatureObjective;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.compute.train.Trainer;
import org.losslandscape.compute.train.TrainingListener;
import org.losslandscape.compute.train.TrainingResult;
import org.losslandscape.core.compile.CompiledExperiment;

/** The default backend: the pure-Java compute engine in this JVM. */
public final class JavaComputeBackend implements ComputeBackend {

    @Override
    public String id() {
        return "java";
    }

    @Override
    public TrainingResult train(CompiledExperiment e, TrainingListener listener, ProgressMonitor monitor) {
        Trainer trainer = new Trainer(e.network(), e.train(), e.validation(), e.training());
        return trainer.run(e.initialParameters(), e.initialBuffers(), e.optimizerInstance(), listener, monitor);
    }

    @Override
    public Surface surface(Network network, Plane plane, double[] buffers, Dataset data, Dataset recomputeOn,
            Grid grid, ProgressMonitor monitor) {
        SurfaceEvaluator evaluator = new SurfaceEvaluator(network, plane, buffers, data);
        if (recomputeOn != null) {
            evaluator = evaluator.recomputingBatchNorm(recomputeOn);
        }
        Surface surface = new Surface(grid);
        evaluator.compute(surface, monitor, null);
        return surface;
    }

    @Override
    public EigenPairs hessianEigenpairs(CurvatureObjective f, double[] params, int k, boolean top) {
        return top ? Lanczos.top(f, params, k) : Lanczos.bottom(f, params, k);
    }

    @Override
    public Hutchinson.TraceEstimate hessianTrace(CurvatureObjective f, double[] params, int probes, long seed) {
        return Hutchinson.estimate(f, params, probes, seed);
    }

    @Override
    public SpectralDensity.Density spectralDensity(CurvatureObjective f, double[] params, int probes, int steps,
            double sigma, int gridPoints, long seed) {
        return SpectralDensity.estimate(f, params, probes, steps, sigma, gridPoints, seed);
    }
}
