package org.losslandscape.core.run;

import java.util.ServiceLoader;

import org.losslandscape.compute.curvature.DenseHessian;
import org.losslandscape.compute.curvature.EigenPairs;
import org.losslandscape.compute.curvature.Hutchinson;
import org.losslandscape.compute.curvature.PowerIteration;
import org.losslandscape.compute.curvature.SpectralDensity;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Plane;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.objective.CurvatureObjective;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.compute.train.TrainingListener;
import org.losslandscape.compute.train.TrainingResult;
import org.losslandscape.core.compile.CompiledExperiment;

/**
 * Where the numbers are computed (API). Implementations are thread-safe and stateless between calls; inputs are
 * never modified; engine errors surface as {@link RuntimeException}s, which the runner records as a FAILED run.
 */
public interface ComputeBackend {

    /** @return a stable id, e.g. "java" */
    String id();

    /**
     * Trains the compiled experiment from its initial parameters, stepping its optimizer instance.
     *
     * @param listener receives evaluations and checkpoints on the training thread, may be null
     * @param monitor progress and cancellation, may be null
     * @return the outcome; a diverging or cancelled run is a status, not an exception
     */
    TrainingResult train(CompiledExperiment experiment, TrainingListener listener, ProgressMonitor monitor);

    /**
     * The loss over a 1D or 2D slice of parameter space.
     *
     * @param buffers running statistics at the centre, not modified
     * @param recomputeOn training data to recompute BatchNorm statistics at each point, or null to keep them
     * @return the surface; incomplete when cancelled
     */
    Surface surface(Network network, Plane plane, double[] buffers, Dataset data, Dataset recomputeOn, Grid grid,
            ProgressMonitor monitor);

    /** @return the {@code k} largest ({@code top}) or smallest Hessian eigenpairs at {@code params} */
    EigenPairs hessianEigenpairs(CurvatureObjective f, double[] params, int k, boolean top);

    /**
     * @return the {@code k} dominant (largest |λ|) Hessian eigenpairs by power iteration with deflation; the default
     *         runs the engine's {@link PowerIteration}
     */
    default EigenPairs hessianDominantEigenpairs(CurvatureObjective f, double[] params, int k, int maxIterations,
            double tolerance, long seed) {
        return PowerIteration.dominant(f, params, k, maxIterations, tolerance, seed);
    }

    /**
     * @return every Hessian eigenvalue (ascending) and eigenvector, from the dense Hessian; the default runs the
     *         engine's {@link DenseHessian}, limited to {@link DenseHessian#MAX_DIMENSION} parameters
     */
    default DenseHessian.Spectrum denseHessianSpectrum(CurvatureObjective f, double[] params) {
        return DenseHessian.spectrum(f, params);
    }

    /** @return Hutchinson's estimate of the Hessian trace with {@code probes} Rademacher probes */
    Hutchinson.TraceEstimate hessianTrace(CurvatureObjective f, double[] params, int probes, long seed);

    /** @return the smoothed Hessian eigenvalue density by stochastic Lanczos quadrature */
    SpectralDensity.Density spectralDensity(CurvatureObjective f, double[] params, int probes, int steps,
            double sigma, int gridPoints, long seed);

    /** @return the first backend {@link ServiceLoader} finds, else the pure-Java engine */
    static ComputeBackend defaultBackend() {
        return ServiceLoader.load(ComputeBackend.class, ComputeBackend.class.getClassLoader()).findFirst()
                .orElseGet(JavaComputeBackend::new);
    }
}
