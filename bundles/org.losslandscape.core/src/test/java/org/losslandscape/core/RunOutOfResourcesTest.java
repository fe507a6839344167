package org.losslandscape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.request.ComputeRequest;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.compute.request.TrainRequest;
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
        public String description() {
            return "the Java engine, failing in one phase";
        }

        @Override
        public <R> R execute(ComputeRequest<R> request, Execution execution) {
            if (inTraining != null && request instanceof TrainRequest) {
                throw inTraining;
            }
            if (inSurface != null && request instanceof SurfaceRequest) {
                throw inSurface;
            }
            return java.execute(request, execution);
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
