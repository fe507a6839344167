package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.compare.SharedPlaneFiles;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Run;
import org.losslandscape.ui.views.CompareView;

/**
 * Issue #21, "one frame for many runs": in the Compare view, three runs (SGD, momentum and Adam from one
 * initialisation) ticked and "Shared plane" pressed draw one loss surface with the three paths on it.
 */
class SharedPlaneViewTest {

    private static Path file;

    @BeforeAll
    static void trainThreeOptimizers() throws Exception {
        Path dir = Files.createTempDirectory("shared-plane");
        file = dir.resolve("three-optimizers.landscape");
        Experiment e = Templates.find("three-optimizers").orElseThrow().create();
        e.getTraining().setSteps(100);
        e.getTraining().setCheckpointEvery(10);
        ExperimentStore.save(e, file);
        new ExperimentRunner().run(file, new RunOptions(2, 1, List.of()), null);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @Test
    void threeRunsPathsAreDrawnOnOneSharedPlane() throws Exception {
        CompareView view = (CompareView) page().showView(CompareView.ID);
        view.show(file);
        List<Run> runs = ExperimentStore.load(file).experiment().getRuns();
        assertEquals(3, runs.size());
        List<String> ids = runs.stream().map(Run::getId).toList();
        // the view reads the file in the background: wait for its runs (not those of a file shown before)
        for (int i = 0; i < 400 && !view.runsShown().equals(ids); i++) {
            UiTestSupport.spin(25);
        }
        assertEquals(ids, view.runsShown());
        view.compare(runs.stream().map(Run::getId).toList());
        Job job = view.computeSharedPlane();
        assertNotNull(job, "three ticked runs of one network can share a plane");
        ChartSpec spec = null;
        for (int i = 0; i < 2400; i++) { // at most a minute, the machine being shared
            spec = view.sharedPlaneChart().spec();
            if (spec != null && spec.heatmap() != null && job.getResult() != null) {
                break;
            }
            UiTestSupport.spin(25);
        }
        assertNotNull(spec, "the shared plane was drawn: " + job.getResult());
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        List<String> names = spec.series().stream().map(Series::name).toList();
        assertEquals(List.of(runs.get(0).getId() + " (sgd)", runs.get(1).getId() + " (momentum)", runs.get(2)
                .getId() + " (adam)"), names, "one path per run, named by run and variant");
        for (Series s : spec.series()) {
            assertEquals(11, s.size(), "steps 0, 10, …, 100: " + s);
            // one seed, one initialisation: the three paths start at one point
            assertArrayEquals(new double[] {spec.series().get(0).x(0), spec.series().get(0).y(0)}, new double[] {s
                    .x(0), s.y(0)}, 1e-9);
        }
        assertTrue(spec.series().get(1).x(10) != spec.series().get(2).x(10), "and end apart");
        assertEquals(21, spec.heatmap().nx());
        List<String> drawn = Arrays.stream(view.sharedPlaneChart().chart().getSeriesSet().getSeries()).map(
                ISeries::getDescription).toList();
        assertTrue(drawn.containsAll(names), "the SWT chart holds the three paths: " + drawn);
        assertEquals(1, SharedPlaneFiles.names(file).size(), "stored under the results");
        page().activate(view);
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        view.selectTab("Shared plane");
        UiTestSupport.spin(500);
        ImageData shot = UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                "compare-shared-plane");
        assertTrue(UiTestSupport.distinctColours(shot) > 50, "a heatmap is on screen");
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
    }
}
