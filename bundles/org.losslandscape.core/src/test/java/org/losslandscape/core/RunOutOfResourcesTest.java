package org.losslandscape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.curvature.EigenPairs;
import org.losslandscape.compute.curvature.Hutchinson;
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
import org.losslandscape.core.run.ComputeBackend;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.JavaComputeBackend;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.run.RunReport;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.SurfaceAnalysis;

/**
 * An engine that runs out of memory or stack ends the run FAILED with the cause and the remedy recorded; the run is
 * never left RUNNING (nor shown as interrupted later) and its lock file is gone.
 */
class RunOutOfResourcesTest {

    /** The Java engine, except that one phase throws the given error. */
    private static final class Failing implements ComputeBackend {
        private final JavaComputeBackend java = new JavaComputeBackend();
        private final Error inTraining;
        private final Error inSurface;

        Failing(Error inTraining, Error inSurface) {
            this.inTraining = inTraining;
            this.inSurface = inSurface;
        }

        @Override
        public String id() {
            return "failing";
        }

        @Override
        public TrainingResult train(CompiledExperiment e, TrainingListener listener, ProgressMonitor monitor) {
            if (inTraining != null) {
                throw inTraining;
            }
            return java.train(e, listener, monitor);
        }

        @Override
        public Surface surface(Network network, Plane plane, double[] buffers, Dataset data, Dataset recomputeOn,
                Grid grid, ProgressMonitor monitor) {
            if (inSurface != null) {
                throw inSurface;
            }
            return java.surface(network, plane, buffers, data, recomputeOn, grid, monitor);
        }

        @Override
        public EigenPairs hessianEigenpairs(CurvatureObjective f, double[] params, int k, boolean top) {
            return java.hessianEigenpairs(f, params, k, top);
        }

        @Override
        public Hutchinson.TraceEstimate hessianTrace(CurvatureObjective f, double[] params, int probes, long seed) {
            return java.hessianTrace(f, params, probes, seed);
        }

        @Override
        public SpectralDensity.Density spectralDensity(CurvatureObjective f, double[] params, int probes, int steps,
                double sigma, int gridPoints, long seed) {
            return java.spectralDensity(f, params, probes, steps, sigma, gridPoints, seed);
        }
    }

    private static Run runWith(ComputeBackend backend, Path dir) throws Exception {
        Experiment e = Experiments.twoMoons(20, 10);
        SurfaceAnalysis s = LandscapeFactory.eINSTANCE.createSurfaceAnalysis();
        s.setName("landscape");
        s.setDimensions(1);
        s.setResolution(5);
        e.getAnalyses().add(s);
        Path file = Experiments.save(e, dir.resolve("x.landscape"));
        List<RunReport> reports = new ExperimentRunner(new ExperimentCompiler(), backend).run(file,
                RunOptions.single(), null);
        assertEquals(1, reports.size());
        assertEquals(RunStatus.FAILED, reports.get(0).status(), reports.get(0).message());
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(RunStatus.FAILED, run.getStatus(), "saved as FAILED, not left RUNNING: " + run.getMessage());
        assertFalse(Files.exists(ResultFiles.lockFile(file, run.getId())), "the run's lock file is removed");
        assertFalse(run.getMessage().contains("interrupted"), run.getMessage());
        assertFalse(run.getMessage().contains("java.lang"), "no raw class names: " + run.getMessage());
        return run;
    }

    @Test
    void outOfMemoryDuringTrainingEndsTheRunFailedWithTheRemedy(@TempDir Path dir) throws Exception {
        Run run = runWith(new Failing(new OutOfMemoryError("Java heap space"), null), dir);
        assertTrue(run.getMessage().startsWith("failed: out of memory while training"), run.getMessage());
        assertTrue(run.getMessage().contains("LANDSCAPE_JAVA_OPTS=-Xmx"), run.getMessage());
    }

    @Test
    void outOfMemoryDuringAnAnalysisEndsTheRunFailed(@TempDir Path dir) throws Exception {
        Run run = runWith(new Failing(null, new OutOfMemoryError("Java heap space")), dir);
        assertTrue(run.getMessage().startsWith("failed: out of memory while running the analyses"),
                run.getMessage());
        assertTrue(run.getMessage().contains("LANDSCAPE_JAVA_OPTS=-Xmx"), run.getMessage());
    }

    @Test
    void stackOverflowEndsTheRunFailed(@TempDir Path dir) throws Exception {
        Run run = runWith(new Failing(new StackOverflowError(), null), dir);
        assertTrue(run.getMessage().startsWith("failed: the computation nested too deeply"), run.getMessage());
    }
}
