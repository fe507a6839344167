package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.SurfaceAnalysis;
import org.losslandscape.ui.views.LandscapeView;

/** The Landscape view draws the latest run's surface as a heatmap with the optimizer's path on the PCA plane. */
class LandscapeViewTest {

    @Test
    void theTourSurfaceIsDrawnWithItsTrajectory() throws Exception {
        Path dir = Files.createTempDirectory("landscape-view");
        Path file = dir.resolve("tour.landscape");
        Experiment e = Templates.find("tour").orElseThrow().create();
        e.getTraining().setSteps(300);
        e.getAnalyses().removeIf(a -> !(a instanceof SurfaceAnalysis) && !a.eClass().getName().startsWith(
                "TrajectoryPca"));
        for (AnalysisSpec a : e.getAnalyses()) {
            if (a instanceof SurfaceAnalysis s) {
                s.setResolution(21);
            }
        }
        ExperimentStore.save(e, file);
        new ExperimentRunner().run(file, new RunOptions(2, 1, List.of()), null);

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        LandscapeView view = (LandscapeView) page.showView(LandscapeView.ID);
        view.show(file);
        ChartSpec spec = null;
        for (int i = 0; i < 100 && (spec == null || spec.heatmap() == null); i++) {
            UiTestSupport.spin(50);
            spec = view.chart().spec();
        }
        assertNotNull(spec, "the view drew a chart");
        assertNotNull(spec.heatmap(), "a 2D surface is a heatmap");
        assertEquals(21, spec.heatmap().nx());
        assertEquals(21, spec.heatmap().ny());
        assertTrue(spec.contours().size() > 0, "with contour lines");
        assertEquals(1, view.surfaceNames().size(), view.surfaceNames().toString());
        assertTrue(view.surfaceNames().get(0).contains("pca"), view.surfaceNames().toString());
        ISeries<?>[] series = view.chart().chart().getSeriesSet().getSeries();
        assertEquals(1, series.length, "the trajectory");
        assertTrue(series[0].getXSeries().length >= 10, "one point per recorded checkpoint");
        page.activate(view);
        UiTestSupport.spin(500);
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "landscape-view");
    }
}
