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
import org.losslandscape.ui.views.TrainingCurvesView;

/**
 * The Sharpness view follows a run live: an edge-of-stability run started from the Runs view posts each λ_max sample
 * on the workbench's event broker, and the view's series grows while the job still runs; when it ends the view shows
 * the completed run's saved result, every sample. The Training curves view grows during the same run too (it reads
 * the curves file the runner rewrites every half second while training).
 */
class LiveSharpnessTest {

    private static final int STEPS = 2000;
    /** Step 0 and every 10th step. */
    private static final int SAMPLES = STEPS / 10 + 1;


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
        // λ_max every 10 steps: 201 samples over some seconds (the curves file is rewritten every half second and the
        // view reads it every second, so the run must last a few seconds on a fast machine too)
        e.getTraining().setSteps(STEPS);
        ExperimentStore.save(e, path);
        file.refreshLocal(0, new NullProgressMonitor());

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RunsView runs = (RunsView) page.showView(RunsView.ID);
        TrainingCurvesView curves = (TrainingCurvesView) page.showView(TrainingCurvesView.ID);
        SharpnessView view = (SharpnessView) page.showView(SharpnessView.ID);
        runs.show(file);
        view.show(path);
        curves.show(path);
        UiTestSupport.spin(300);

        RunExperimentJob job = runs.runSelectedFile();
        assertNotNull(job);
        List<Integer> sizes = new ArrayList<>();
        List<Integer> curveSizes = new ArrayList<>();
        boolean shot = false;
        boolean curvesShot = false;
        long liveAt = 0;
        long listedAt = 0;
        while (job.getResult() == null) {
            if (liveAt == 0 && view.isLive()) {
                liveAt = System.nanoTime(); // the run's start event reached the views
            }
            if (listedAt == 0 && runs.rows().stream().anyMatch(r -> r.status().equals("running"))) {
                listedAt = System.nanoTime();
            }
            int c = points(curves.panel().lossChart().spec());
            if (c > 0 && (curveSizes.isEmpty() || curveSizes.get(curveSizes.size() - 1) != c)) {
                curveSizes.add(c);
                if (!curvesShot && curveSizes.size() >= 2) {
                    page.activate(curves);
                    UiTestSupport.spin(150);
                    UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                            "curves-live");
                    page.activate(view);
                    curvesShot = true;
                }
            }
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
        // the Runs view lists the run when it starts (the start event), not at its next poll of the file (every second)
        assertTrue(liveAt > 0 && listedAt > 0, "the run was seen live and listed as running");
        long listedAfter = (listedAt - liveAt) / 1_000_000;
        System.out.println("runs view: the running run listed " + listedAfter + " ms after the start event");
        assertTrue(listedAfter < 400, "listed " + listedAfter + " ms after the run started");
        assertEquals(RunStatus.COMPLETED, job.reports().get(0).status());
        System.out.println("live sharpness: series sizes seen while the run trained " + sizes);
        assertTrue(sizes.size() >= 2, "the series grew during the run: " + sizes);
        for (int i = 1; i < sizes.size(); i++) {
            assertTrue(sizes.get(i) > sizes.get(i - 1), "it only grows: " + sizes);
        }
        assertTrue(sizes.get(0) < SAMPLES, "the first drawing came before the run ended: " + sizes);
        assertTrue(shot, "a screenshot while the run trained");
        System.out.println("live curves: points of the loss chart seen while the run trained " + curveSizes);
        assertTrue(curveSizes.size() >= 2, "the curves grew during the run: " + curveSizes);
        for (int i = 1; i < curveSizes.size(); i++) {
            assertTrue(curveSizes.get(i) > curveSizes.get(i - 1), "they only grow: " + curveSizes);
        }
        assertTrue(curvesShot, "a screenshot of the curves while the run trained");
        assertTrue(curveSizes.get(0) < SAMPLES, "the first curves came before the run ended: " + curveSizes);
        // every evaluation (every 10 steps, and step 0) once the run's final curves are read
        UiTestSupport.await(() -> curves.panel().lossChart().spec(), s -> points(s) == SAMPLES);

        // once the run ends the view shows the saved result of the completed run: every sample
        ChartSpec done = UiTestSupport.await(() -> view.chart().spec(), s -> !view.isLive() && lambdaMax(s) == SAMPLES);
        assertEquals(SAMPLES, lambdaMax(done));
        UiTestSupport.spin(150);
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "sharpness-done");
        page.hideView(view); // later tests open the views afresh, not showing this file
        page.hideView(curves);
    }

    /** @return the points of the chart's largest series (the run's training loss), 0 without a chart */
    private static int points(ChartSpec spec) {
        return spec == null ? 0 : spec.series().stream().mapToInt(Series::size).max().orElse(0);
    }

    private static int lambdaMax(ChartSpec spec) {
        if (spec == null) {
            return 0;
        }
        Series s = spec.series("λ_max");
        return s == null ? 0 : s.size();
    }
}
