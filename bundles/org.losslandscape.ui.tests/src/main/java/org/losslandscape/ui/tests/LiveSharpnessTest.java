package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.RunStatus;
import org.losslandscape.ui.jobs.RunExperimentJob;
import org.losslandscape.ui.views.RunsView;
import org.losslandscape.ui.views.SharpnessView;

/**
 * The Sharpness view follows a run live: an edge-of-stability run started from the Runs view posts each λ_max sample
 * on the workbench's event broker, and the view's series grows while the job still runs; when it ends the view shows
 * the completed run's saved result, every sample.
 */
class LiveSharpnessTest {

    @Test
    void theSharpnessViewGrowsWhileTheRunTrains() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("live-sharpness");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("eos.landscape");
        Path path = file.getLocation().toFile().toPath();
        Experiment e = Templates.find("edge-of-stability").orElseThrow().create();
        e.getTraining().setSteps(800); // λ_max every 10 steps: 81 samples over some seconds
        ExperimentStore.save(e, path);
        file.refreshLocal(0, new NullProgressMonitor());

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RunsView runs = (RunsView) page.showView(RunsView.ID);
        SharpnessView view = (SharpnessView) page.showView(SharpnessView.ID);
        runs.show(file);
        view.show(path);
        UiTestSupport.spin(300);

        RunExperimentJob job = runs.runSelectedFile();
        assertNotNull(job);
        List<Integer> sizes = new ArrayList<>();
        boolean shot = false;
        while (job.getResult() == null) {
            int n = lambdaMax(view.chart().spec());
            if (view.isLive() && n > 0 && (sizes.isEmpty() || sizes.get(sizes.size() - 1) != n)) {
                sizes.add(n);
                if (!shot && n >= 5) {
                    assertTrue(view.chart().spec().title().equals("Edge of stability"), "with 2/η as the threshold: "
                            + view.chart().spec().title());
                    UiTestSupport.spin(150); // let the chart paint before its pixels are taken
                    UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                            "sharpness-live");
                    shot = true;
                }
            }
            UiTestSupport.spin(20);
        }
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertEquals(RunStatus.COMPLETED, job.reports().get(0).status());
        System.out.println("live sharpness: series sizes seen while the run trained " + sizes);
        assertTrue(sizes.size() >= 2, "the series grew during the run: " + sizes);
        for (int i = 1; i < sizes.size(); i++) {
            assertTrue(sizes.get(i) > sizes.get(i - 1), "it only grows: " + sizes);
        }
        assertTrue(sizes.get(0) < 81, "the first drawing came before the run ended: " + sizes);
        assertTrue(shot, "a screenshot while the run trained");

        // once the run ends the view shows the saved result of the completed run: every sample
        ChartSpec done = UiTestSupport.await(() -> view.chart().spec(), s -> !view.isLive() && lambdaMax(s) == 81);
        assertEquals(81, lambdaMax(done));
        UiTestSupport.spin(150);
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "sharpness-done");
        page.hideView(view); // later tests open the view afresh, not showing this file
    }

    private static int lambdaMax(ChartSpec spec) {
        if (spec == null) {
            return 0;
        }
        Series s = spec.series("λ_max");
        return s == null ? 0 : s.size();
    }
}
