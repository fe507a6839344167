package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.ui.jobs.RunExperimentJob;
import org.losslandscape.ui.views.LandscapeView;
import org.losslandscape.ui.views.RunsView;

/**
 * A surface cancelled in the workbench is resumed by the next Run: the user cancels the run from the Runs view while
 * the Landscape view draws its surface, runs the file again, and the second run computes only the points the first
 * left (its message says how many it resumed, and its first live stage already holds them); the surface it saves has
 * the bits of an uninterrupted run of the same experiment in another project.
 */
class ResumeInWorkbenchTest {

    private static final int RES = 61;
    private static final int POINTS = RES * RES;
    private static final Pattern RESUMED = Pattern.compile("resumed (\\d+) of (\\d+) points of a loss surface");

    @Test
    void aSurfaceCancelledInTheWorkbenchIsResumedByTheNextRun() throws Exception {
        IFile file = UiTestSupport.surfaceExperiment("resume-cancelled", RES);
        Path path = file.getLocation().toFile().toPath();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RunsView runs = (RunsView) page.showView(RunsView.ID);
        LandscapeView view = (LandscapeView) page.showView(LandscapeView.ID);
        runs.show(file);
        view.show(path);
        UiTestSupport.spin(300);

        // cancel as soon as the view has drawn the second stage (every 4th point): the run is inside the surface
        RunExperimentJob first = runs.runSelectedFile();
        assertNotNull(first);
        boolean cancelled = false;
        while (first.getResult() == null) {
            List<Integer> drawn = view.liveStagesDrawn();
            if (!cancelled && drawn.contains(256)) {
                runs.cancelRuns();
                cancelled = true;
            }
            UiTestSupport.spin(10);
        }
        assertTrue(cancelled, "the second stage was drawn before the run ended: " + view.liveStagesDrawn());
        assertEquals(IStatus.CANCEL, first.getResult().getSeverity(), first.getResult().toString());
        assertEquals(RunStatus.CANCELLED, first.reports().get(0).status());
        String keptMessage = first.reports().get(0).message();
        assertTrue(keptMessage != null && keptMessage.contains(".partial-surfaces/"), keptMessage);
        assertEquals(1, partialFiles(path).size(), "the finished points are kept on disk");

        for (int i = 0; i < 500 && view.isLive(); i++) {
            UiTestSupport.spin(10); // the first run's end reaches the view through the event broker
        }
        assertTrue(!view.isLive(), "the view saw the cancelled run end");

        // Run again: the surface resumes from the kept points, the rest is computed, the file is gone afterwards
        RunExperimentJob second = runs.runSelectedFile();
        assertNotNull(second);
        int firstStageDrawn = -1;
        while (second.getResult() == null) {
            List<Integer> drawn = view.liveStagesDrawn();
            if (firstStageDrawn < 0 && view.isLive() && !drawn.isEmpty()) {
                firstStageDrawn = drawn.get(drawn.size() - 1);
                UiTestSupport.spin(100);
                UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                        "landscape-resumed-first-stage");
            }
            UiTestSupport.spin(10);
        }
        assertTrue(second.getResult().isOK(), second.getResult().toString());
        assertEquals(RunStatus.COMPLETED, second.reports().get(0).status());
        String message = second.reports().get(0).message();
        Matcher m = RESUMED.matcher(message == null ? "" : message);
        assertTrue(m.find(), "the second run says it resumed: " + message);
        int resumed = Integer.parseInt(m.group(1));
        assertEquals(POINTS, Integer.parseInt(m.group(2)));
        System.out.println("workbench resume: " + resumed + " of " + POINTS + " points resumed, " + (POINTS - resumed)
                + " computed; first live stage of the second run drawn at " + firstStageDrawn + " points");
        assertTrue(resumed >= 256 && resumed < POINTS, "fewer points computed the second time: " + resumed);
        assertTrue(firstStageDrawn >= resumed, "the second run's first stage already holds the resumed points: "
                + firstStageDrawn);
        assertTrue(partialFiles(path).isEmpty(), "no partial file once the surface is complete");

        // the same experiment, never interrupted, in another project: the same bits
        IFile fresh = UiTestSupport.surfaceExperiment("resume-uninterrupted", RES);
        runs.show(fresh);
        UiTestSupport.spin(200);
        RunExperimentJob whole = runs.runSelectedFile();
        assertNotNull(whole);
        while (whole.getResult() == null) {
            UiTestSupport.spin(10);
        }
        assertTrue(whole.getResult().isOK(), whole.getResult().toString());
        double[] expected = surface(fresh.getLocation().toFile().toPath(), whole.reports().get(0).runId());
        double[] actual = surface(path, second.reports().get(0).runId());
        assertEquals(POINTS, actual.length);
        for (int i = 0; i < POINTS; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    "point " + i + ": " + expected[i] + " vs " + actual[i]);
        }
        page.hideView(view);
    }

    private static double[] surface(Path file, String runId) throws Exception {
        Run run = ExperimentStore.load(file).experiment().getRuns().stream().filter(r -> r.getId().equals(runId))
                .findFirst().orElseThrow();
        ResultRef ref = run.getResults().stream().filter(r -> r.getKind() == ResultKind.SURFACE).findFirst()
                .orElseThrow(() -> new AssertionError("no surface: " + run.getMessage()));
        return Npy.read(ResultFiles.resolve(file, run, ref)).data();
    }

    private static List<Path> partialFiles(Path file) throws Exception {
        Path folder = ResultFiles.resultsFolder(file).resolve(".partial-surfaces");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> p.toString().endsWith(".npy")).toList();
        }
    }
}
