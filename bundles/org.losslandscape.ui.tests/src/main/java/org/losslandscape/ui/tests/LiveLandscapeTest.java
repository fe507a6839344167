package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.model.RunStatus;
import org.losslandscape.ui.jobs.RunExperimentJob;
import org.losslandscape.ui.views.LandscapeView;
import org.losslandscape.ui.views.RunsView;

/**
 * The Landscape view draws a surface while the run computes it: a run started from the Runs view posts each
 * coarse-to-fine stage of its 2D surface on the event broker, and the view shows the surface partial (the points not
 * computed yet filled from the coarse stage) and then complete, within the one run; once the run ends, the saved
 * surface of the completed run.
 */
class LiveLandscapeTest {

    private static final int RES = 61;

    @Test
    void theLandscapeViewShowsTheSurfacePartialThenCompleteDuringTheRun() throws Exception {
        IFile file = UiTestSupport.surfaceExperiment("live-landscape", RES); // 3721 points: seconds, in four stages
        Path path = file.getLocation().toFile().toPath();

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RunsView runs = (RunsView) page.showView(RunsView.ID);
        LandscapeView view = (LandscapeView) page.showView(LandscapeView.ID);
        runs.show(file);
        view.show(path);
        UiTestSupport.spin(300);

        RunExperimentJob job = runs.runSelectedFile();
        assertNotNull(job);
        boolean partialShot = false;
        int partialSeen = 0;
        while (job.getResult() == null) {
            java.util.List<Integer> drawn = view.liveStagesDrawn();
            if (view.isLive() && !drawn.isEmpty() && drawn.get(drawn.size() - 1) < RES * RES && !partialShot) {
                partialSeen = drawn.get(drawn.size() - 1);
                ChartSpec spec = view.chart().spec();
                assertNotNull(spec.heatmap(), "drawn as a heatmap while partial");
                assertTrue(java.util.Arrays.stream(spec.heatmap().values()).allMatch(Double::isFinite),
                        "the points not computed yet are filled from the coarse stage");
                assertTrue(spec.title().contains("live: " + partialSeen + " of " + RES * RES), spec.title());
                UiTestSupport.spin(150);
                UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                        "landscape-live-partial");
                partialShot = true;
            }
            UiTestSupport.spin(20);
        }
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertEquals(RunStatus.COMPLETED, job.reports().get(0).status());
        UiTestSupport.spin(200); // the last events posted before the run ended
        System.out.println("live landscape: computed points of each stage drawn " + view.liveStagesDrawn()
                + ", screenshot at " + partialSeen);
        assertTrue(partialShot, "the surface was seen partial while the run computed it");
        // 8², 16², 31² then 61² points: every stage drawn in turn, the complete one last
        assertEquals(java.util.List.of(64, 256, 961, RES * RES), view.liveStagesDrawn().stream().distinct().toList());

        // once the run ends, the view shows the completed run's saved surface
        ChartSpec done = UiTestSupport.await(() -> view.chart().spec(), s -> !view.isLive() && s.heatmap() != null
                && !s.title().contains("live") && s.title().contains(job.reports().get(0).runId()));
        assertEquals(RES * RES, done.heatmap().values().length);
        UiTestSupport.spin(150);
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                "landscape-live-complete");
        page.hideView(view);
    }
}
