package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Marker;
import org.losslandscape.core.compare.RunComparison;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.SharpnessAnalysis;
import org.losslandscape.model.SurfaceAnalysis;
import org.losslandscape.model.TraceAnalysis;
import org.losslandscape.model.resource.LandscapeResources;
import org.losslandscape.ui.charts.SpecChart;
import org.losslandscape.ui.preferences.WorkbenchPreferences;
import org.losslandscape.ui.views.CompareView;
import org.losslandscape.ui.views.LandscapeView;
import org.losslandscape.ui.views.SharpnessView;
import org.losslandscape.ui.views.SpectrumView;
import org.losslandscape.ui.wizards.NewExperimentWizard;

/**
 * The result views draw the latest run: the Landscape view its surface with the trajectory, the Spectrum view its
 * eigenvalues and density, the Sharpness view λ_max against the threshold; preferences reach them.
 */
class ResultViewsTest {

    private static Path tour;
    private static Path eos;
    private static Path sam;

    @BeforeAll
    static void runTwoExperiments() throws Exception {
        Path dir = Files.createTempDirectory("result-views");
        tour = dir.resolve("tour.landscape");
        Experiment e = Templates.find("tour").orElseThrow().create();
        e.getTraining().setSteps(300);
        e.getAnalyses().removeIf(a -> a instanceof TraceAnalysis || a instanceof SharpnessAnalysis);
        for (AnalysisSpec a : e.getAnalyses()) {
            if (a instanceof SurfaceAnalysis s) {
                s.setResolution(21);
            }
        }
        SurfaceAnalysis slice = org.losslandscape.model.LandscapeFactory.eINSTANCE.createSurfaceAnalysis();
        slice.setName("slice");
        slice.setDimensions(1);
        slice.setResolution(31);
        e.getAnalyses().add(slice);
        ExperimentStore.save(e, tour);
        new ExperimentRunner().run(tour, new RunOptions(2, 1, List.of()), null);
        eos = dir.resolve("eos.landscape");
        Experiment x = Templates.find("edge-of-stability").orElseThrow().create();
        x.getTraining().setSteps(100);
        ExperimentStore.save(x, eos);
        new ExperimentRunner().run(eos, new RunOptions(2, 1, List.of()), null);
        sam = dir.resolve("sam.landscape");
        Experiment s = Templates.find("sgd-vs-sam").orElseThrow().create();
        s.getTraining().setSteps(60);
        for (AnalysisSpec a : s.getAnalyses()) {
            if (a instanceof SurfaceAnalysis surface) {
                surface.setResolution(9);
            }
        }
        ExperimentStore.save(s, sam);
        new ExperimentRunner().run(sam, new RunOptions(2, 1, List.of()), null);
    }

    @Test
    void theCompareViewHighlightsTheDifferencesAndSharesOneColourScale() throws Exception {
        CompareView view = (CompareView) page().showView(CompareView.ID);
        view.show(sam);
        // the view reads the file in the background: wait for its runs (not those of a file shown before)
        List<String> ids = ExperimentStore.load(sam).experiment().getRuns().stream().map(r -> r.getId()).toList();
        for (int i = 0; i < 200 && !view.runsShown().equals(ids); i++) {
            UiTestSupport.spin(25);
        }
        assertEquals(ids, view.runsShown());
        List<String> differing = view.configurationRows().stream().filter(RunComparison.Row::differs).map(
                RunComparison.Row::key).toList();
        assertTrue(differing.containsAll(List.of("optimizer.optimizerId", "optimizer.hyperParameters.rho")),
                differing.toString());
        assertTrue(!differing.contains("training.steps"), "same training: " + differing);
        List<SpecChart> charts = view.landscapeCharts();
        assertEquals(2, charts.size(), "one landscape per run");
        assertEquals(charts.get(0).spec().heatmap().colorRange(), charts.get(1).spec().heatmap().colorRange());
        assertEquals(4, view.curves().lossChart().chart().getSeriesSet().getSeries().length,
                "training and validation loss of both runs");
        page().activate(view);
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        view.selectTab("Landscapes");
        UiTestSupport.spin(500);
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "compare-view");
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @AfterEach
    void defaults() {
        WorkbenchPreferences.store().setToDefault(WorkbenchPreferences.COLOR_MAP);
        WorkbenchPreferences.store().setToDefault(WorkbenchPreferences.GRID_RESOLUTION);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @Test
    void theLandscapeViewDrawsTheSurfaceWithItsTrajectoryInThePreferredColours() throws Exception {
        LandscapeView view = (LandscapeView) page().showView(LandscapeView.ID);
        view.show(tour);
        ChartSpec spec = UiTestSupport.await(() -> view.chart().spec(), s -> s.heatmap() != null);
        assertEquals(21, spec.heatmap().nx());
        assertEquals(21, spec.heatmap().ny());
        assertTrue(spec.contours().size() > 0, "with contour lines");
        assertEquals(2, view.surfaceNames().size(), view.surfaceNames().toString());
        ISeries<?>[] series = view.chart().chart().getSeriesSet().getSeries();
        assertEquals(1, series.length, "the trajectory");
        assertTrue(series[0].getXSeries().length >= 10, "one point per recorded checkpoint");
        assertTrue(spec.markers().stream().map(Marker::label).toList().containsAll(List.of("start", "end")));
        UiTestSupport.spin(300);
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "landscape-view");

        view.select("slice");
        ChartSpec line = view.chart().spec();
        assertEquals(null, line.heatmap(), "a 1D surface is a line");
        assertEquals(31, line.series().get(0).size());
        view.select(view.surfaceNames().get(0));

        WorkbenchPreferences.store().setValue(WorkbenchPreferences.COLOR_MAP, "coolwarm");
        view.show(tour);
        UiTestSupport.await(() -> view.chart().spec(), s -> s.heatmap() != null && s.heatmap().colorMap().equals("coolwarm"));
    }

    @Test
    void toySurfacesAreDrawnWithTheirPathsAndTypedCriticalPoints() throws Exception {
        Path toy = Files.createTempDirectory("toy-view").resolve("local-minimum.landscape");
        ExperimentStore.save(Templates.find("local-minimum").orElseThrow().create(), toy);
        new ExperimentRunner().run(toy, new RunOptions(2, 1, List.of()), null);
        LandscapeView view = (LandscapeView) page().showView(LandscapeView.ID);
        view.show(toy);
        ChartSpec spec = UiTestSupport.await(() -> view.chart().spec(), s -> s.title().equals("Deceptive wells"));
        assertEquals(2, spec.series().size(), "gradient descent and momentum");
        List<String> labels = spec.markers().stream().map(Marker::label).sorted().toList();
        assertEquals(List.of("min", "min", "saddle (index 1)", "start"), labels);
        assertEquals(List.of("deceptive-wells"), view.surfaceNames());
    }

    @Test
    void theSpectrumViewDrawsTheTopEigenvaluesAndTheDensity() throws Exception {
        SpectrumView view = (SpectrumView) page().showView(SpectrumView.ID);
        view.show(tour);
        ChartSpec top = UiTestSupport.await(() -> view.eigenvalueChart().spec(), s -> true);
        assertEquals(5, top.series().get(0).size(), "the tour asks for the top 5");
        ChartSpec density = UiTestSupport.await(() -> view.densityChart().spec(), s -> true);
        assertTrue(density.yAxis().log(), "density on a log axis");
        assertEquals(256, density.series().get(0).size());
        UiTestSupport.spin(300);
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "spectrum-view");
    }

    @Test
    void theSharpnessViewDrawsLambdaMaxAgainstTheStabilityThreshold() throws Exception {
        SharpnessView view = (SharpnessView) page().showView(SharpnessView.ID);
        view.show(eos);
        // the view reads the file in the background; until then it may show the file shown before
        ChartSpec spec = UiTestSupport.await(() -> view.chart().spec(), s -> !s.series().isEmpty() && s.series()
                .get(0).size() == 11);
        assertEquals(11, spec.series().get(0).size(), "step 0 and every 10 steps to 100");
        assertEquals(2 / 0.1, spec.markers().get(0).y(), 1e-12, "2/η");
        assertEquals(11, view.chart().chart().getSeriesSet().getSeries()[0].getYSeries().length);
        page().activate(view);
        UiTestSupport.spin(300);
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "sharpness-view");
    }

    @Test
    void newExperimentsTakeThePreferredGridResolution() throws Exception {
        WorkbenchPreferences.store().setValue(WorkbenchPreferences.GRID_RESOLUTION, 15);
        byte[] bytes = NewExperimentWizard.contents(Templates.find("spirals-landscape").orElseThrow(), "s.landscape");
        Resource r = LandscapeResources.createResourceSet().createResource(URI.createURI("memory:/s.landscape"));
        r.load(new ByteArrayInputStream(bytes), null);
        Experiment e = (Experiment) r.getContents().get(0);
        List<Integer> resolutions = e.getAnalyses().stream().filter(SurfaceAnalysis.class::isInstance).map(
                a -> ((SurfaceAnalysis) a).getResolution()).toList();
        assertEquals(List.of(15, 15), resolutions);
        assertNotNull(WorkbenchPreferences.store());
    }
}
