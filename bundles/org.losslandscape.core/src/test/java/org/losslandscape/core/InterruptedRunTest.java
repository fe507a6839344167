package org.losslandscape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.LoadedExperiment;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.store.RunLock;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

class InterruptedRunTest {

    @TempDir
    Path dir;

    private static Run running(Experiment e, String id) {
        Run run = Experiments.F.createRun();
        run.setId(id);
        run.setStatus(RunStatus.RUNNING);
        e.getRuns().add(run);
        return run;
    }

    @Test
    void runningWithoutALiveOwnerBecomesInterrupted() throws Exception {
        Path file = dir.resolve("e.landscape");
        Experiment e = Experiments.twoMoons(10, 5);
        Run dead = running(e, "run-1");
        Run alive = running(e, "run-2");
        ResultFiles.write(file, dead, ResultKind.CURVES, "curves.npy",
                NpyArray.ofDoubles(new int[] {1, 6}, new double[6]), "columns", ResultMetadata.EMPTY);
        ResultFiles.write(file, dead, ResultKind.SURFACE, "surface.npy",
                NpyArray.ofDoubles(new int[] {3, 3}, new double[9]), "grid", ResultMetadata.EMPTY);
        ResultFiles.write(file, dead, ResultKind.CHECKPOINT, "gone.npy",
                NpyArray.ofDoubles(new int[] {2}, new double[2]), "gone", ResultMetadata.EMPTY);
        Experiments.save(e, file);
        Path surface = ResultFiles.runFolder(file, "run-1").resolve("surface.npy");
        byte[] bytes = Files.readAllBytes(surface);
        Files.write(surface, java.util.Arrays.copyOf(bytes, bytes.length - 8));
        Files.delete(ResultFiles.runFolder(file, "run-1").resolve("gone.npy"));
        // a stale lock file of a dead owner counts as dead
        Files.createDirectories(ResultFiles.resultsFolder(file));
        Files.writeString(ResultFiles.lockFile(file, "run-1"), "999999");

        try (RunLock lock = RunLock.acquire(ResultFiles.lockFile(file, "run-2"))) {
            LoadedExperiment loaded = ExperimentStore.load(file);
            Run r1 = loaded.experiment().getRuns().get(0);
            Run r2 = loaded.experiment().getRuns().get(1);
            assertEquals(RunStatus.INTERRUPTED, r1.getStatus());
            assertEquals(RunStatus.RUNNING, r2.getStatus(), "its lock is held");
            assertEquals(1, r1.getResults().size(), "only the complete curves file remains");
            assertEquals("e.results/run-1/curves.npy", r1.getResults().get(0).getUri());
            assertTrue(r1.getMessage().contains("surface.npy dropped") && r1.getMessage().contains("gone.npy"),
                    r1.getMessage());
            assertEquals(3, loaded.repairs().size(), loaded.repairs().toString());
        }
        assertEquals(RunStatus.INTERRUPTED, ExperimentStore.load(file).experiment().getRuns().get(1).getStatus());
    }
}
