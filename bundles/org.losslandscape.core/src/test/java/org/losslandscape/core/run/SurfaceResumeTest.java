package org.losslandscape.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.SurfaceAnalysis;

/**
 * A surface interrupted by a cancel, or by a killed process, keeps its finished points on disk; the next run of the
 * experiment resumes it, computes fewer points, and ends with the bits of an uninterrupted run; the partial file is
 * then gone. Live stages reach the run listener, coarse to fine.
 */
class SurfaceResumeTest {

    private static final int RES = 17;
    private static final int POINTS = RES * RES;

    @AfterEach
    void restoreInterval() {
        PartialSurfaces.saveIntervalMillis = PartialSurfaces.SAVE_INTERVAL_MILLIS;
    }

    /** The tour on a short run, with only its 2D surface (PCA plane of the trajectory) at 17 × 17. */
    private static Path experiment(Path dir) throws Exception {
        Experiment e = Templates.find("tour").orElseThrow().create();
        e.getTraining().setSteps(60);
        e.getAnalyses().removeIf(a -> !(a instanceof SurfaceAnalysis));
        ((SurfaceAnalysis) e.getAnalyses().get(0)).setResolution(RES);
        Path file = dir.resolve("x.landscape");
        ExperimentStore.save(e, file);
        return file;
    }

    /** Watches the surface's progress: the points the first report says are missing; may cancel or act on it. */
    private static final class Watch implements ProgressMonitor {
        long missing = -1;
        long done;
        String stage = "";
        boolean cancel;
        Runnable onProgress = () -> { };

        @Override
        public void progress(long d, long total, String message) {
            if (message != null && message.startsWith("loss surface")) {
                if (missing < 0) {
                    missing = total;
                }
                done = d;
                stage = message;
                onProgress.run();
            }
        }

        @Override
        public boolean isCancelled() {
            return cancel;
        }
    }

    private static Run run(Path file, ProgressMonitor monitor, RunListener listener) throws Exception {
        List<RunReport> reports = new ExperimentRunner().withListener(listener).run(file, RunOptions.single(), monitor);
        String id = reports.get(0).runId();
        return ExperimentStore.load(file).experiment().getRuns().stream().filter(r -> r.getId().equals(id))
                .findFirst().orElseThrow();
    }

    private static double[] surface(Path file, Run run) throws Exception {
        ResultRef ref = run.getResults().stream().filter(r -> r.getKind() == ResultKind.SURFACE).findFirst()
                .orElseThrow(() -> new AssertionError("no surface: " + run.getMessage()));
        return Npy.read(ResultFiles.resolve(file, run, ref)).data();
    }

    private static List<Path> partialFiles(Path file) throws Exception {
        Path folder = ResultFiles.resultsFolder(file).resolve(PartialSurfaces.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> p.toString().endsWith(".npy")).toList();
        }
    }

    private static void assertSameBits(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    "point " + i + ": " + expected[i] + " vs " + actual[i]);
        }
    }

    @Test
    void aCancelledSurfaceIsResumedByTheNextRunWithTheBitsOfAnUninterruptedOne(@TempDir Path dir) throws Exception {
        // uninterrupted, with the stages heard live
        Path whole = experiment(Files.createDirectories(dir.resolve("whole")));
        List<SurfaceStage> stages = new ArrayList<>();
        Watch plain = new Watch();
        Run reference = run(whole, plain, new RunListener() {
            @Override
            public void surfaceStage(Path experimentFile, String runId, SurfaceStage stage) {
                stages.add(stage);
            }
        });
        assertEquals(RunStatus.COMPLETED, reference.getStatus(), reference.getMessage());
        assertEquals(POINTS, plain.missing);
        assertEquals(List.of(8, 4, 2, 1), stages.stream().map(SurfaceStage::stride).toList());
        assertEquals(List.of(9, 25, 81, POINTS), stages.stream().map(SurfaceStage::computedCount).toList());
        assertTrue(stages.get(0).analysis().startsWith("landscape"), stages.get(0).analysis());
        double[] expected = surface(whole, reference);
        assertSameBits(expected, stages.get(3).losses());
        assertTrue(partialFiles(whole).isEmpty(), "a complete surface leaves no partial file");

        // cancelled once the third stage (every 2nd point) has begun
        Path file = experiment(Files.createDirectories(dir.resolve("resumed")));
        Watch cancelling = new Watch();
        cancelling.onProgress = () -> cancelling.cancel |= cancelling.stage.contains("every 2");
        Run cancelled = run(file, cancelling, RunListener.NONE);
        assertEquals(RunStatus.CANCELLED, cancelled.getStatus(), cancelled.getMessage());
        List<Path> partial = partialFiles(file);
        assertEquals(1, partial.size(), "the finished points are kept");
        assertEquals(3 * POINTS, Npy.read(partial.get(0)).data().length);
        assertTrue(cancelled.getMessage().contains("points of a loss surface in x.results/"
                + PartialSurfaces.FOLDER + "/"), cancelled.getMessage());

        // the next run of the experiment resumes: fewer points, the same bits, no partial file left
        Watch resumed = new Watch();
        Run again = run(file, resumed, RunListener.NONE);
        assertEquals(RunStatus.COMPLETED, again.getStatus(), again.getMessage());
        assertEquals(cancelled.getConfiguration().getSeed(), again.getConfiguration().getSeed());
        long kept = POINTS - resumed.missing;
        System.out.println("surface resume after a cancel: " + kept + " of " + POINTS + " points resumed, "
                + resumed.missing + " computed; message: " + again.getMessage());
        assertTrue(kept >= 25 && resumed.missing < POINTS, "fewer points computed the second time: "
                + resumed.missing);
        assertNotNull(again.getMessage());
        assertTrue(again.getMessage().contains("resumed " + kept + " of " + POINTS + " points"), again.getMessage());
        assertSameBits(expected, surface(file, again));
        assertTrue(partialFiles(file).isEmpty());
    }

    @Test
    void aKilledRunsSurfaceIsResumedFromItsLastSave(@TempDir Path dir) throws Exception {
        Path whole = experiment(Files.createDirectories(dir.resolve("whole")));
        double[] expected = surface(whole, run(whole, null, RunListener.NONE));

        // save after every group of points; copy the file as it is midway through the last stage: what a process
        // killed there (kill -9: no finally, no cancel) leaves behind
        PartialSurfaces.saveIntervalMillis = 0;
        Path file = experiment(Files.createDirectories(dir.resolve("killed")));
        Path snapshot = dir.resolve("snapshot.npy");
        Path[] savedAs = new Path[1];
        Watch watch = new Watch();
        watch.onProgress = () -> {
            try {
                if (watch.stage.contains("all points") && watch.done > 81 + (POINTS - 81) / 2 && savedAs[0] == null) {
                    List<Path> saved = partialFiles(file);
                    assertEquals(1, saved.size(), "saved within the stage");
                    Files.copy(saved.get(0), snapshot);
                    savedAs[0] = saved.get(0);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        Run first = run(file, watch, RunListener.NONE);
        assertEquals(RunStatus.COMPLETED, first.getStatus(), first.getMessage());
        assertNotNull(savedAs[0], "a save was seen within the last stage");
        double[] snap = Npy.read(snapshot).data();
        int savedPoints = 0;
        for (int i = 0; i < POINTS; i++) {
            savedPoints += snap[2 * POINTS + i] == 1 ? 1 : 0;
        }
        assertTrue(savedPoints > 81 + (POINTS - 81) / 3 && savedPoints < POINTS, "saved midway through the last "
                + "stage: " + savedPoints);

        // the process "died" there: its partial file is left, and its run still says RUNNING (no lock held: it is
        // read as INTERRUPTED, and its seed is free again)
        PartialSurfaces.saveIntervalMillis = PartialSurfaces.SAVE_INTERVAL_MILLIS;
        Files.createDirectories(savedAs[0].getParent());
        Files.copy(snapshot, savedAs[0], StandardCopyOption.REPLACE_EXISTING);
        ExperimentStore.update(file, e -> e.getRuns().get(0).setStatus(RunStatus.RUNNING));
        assertEquals(RunStatus.INTERRUPTED, ExperimentStore.load(file).experiment().getRuns().get(0).getStatus());

        Watch resumed = new Watch();
        Run again = run(file, resumed, RunListener.NONE);
        assertEquals(RunStatus.COMPLETED, again.getStatus(), again.getMessage());
        assertEquals(first.getConfiguration().getSeed(), again.getConfiguration().getSeed());
        System.out.println("surface resume after a kill: " + savedPoints + " of " + POINTS + " points resumed, "
                + resumed.missing + " computed");
        assertEquals(POINTS - savedPoints, resumed.missing, "only the points not saved are computed");
        assertTrue(again.getMessage().contains("resumed " + savedPoints + " of " + POINTS), again.getMessage());
        assertSameBits(expected, surface(file, again));
        assertTrue(partialFiles(file).isEmpty());
    }
}
