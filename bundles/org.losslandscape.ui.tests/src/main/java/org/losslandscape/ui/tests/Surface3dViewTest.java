package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.SurfaceScene;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.SharpnessAnalysis;
import org.losslandscape.model.SurfaceAnalysis;
import org.losslandscape.model.TraceAnalysis;
import org.losslandscape.ui.charts.SurfaceChart3d;
import org.losslandscape.ui.views.LandscapeView;

/**
 * The Landscape view's 3D surface: the selected 2D surface with the trajectory on it, turned by a mouse drag posted
 * to the display as a user's would be, and exported to PNG.
 */
class Surface3dViewTest {

    private static Path tour;

    @BeforeAll
    static void runTheTour() throws Exception {
        tour = Files.createTempDirectory("surface-3d").resolve("tour.landscape");
        Experiment e = Templates.find("tour").orElseThrow().create();
        e.getTraining().setSteps(300);
        e.getAnalyses().removeIf(a -> a instanceof TraceAnalysis || a instanceof SharpnessAnalysis);
        for (AnalysisSpec a : e.getAnalyses()) {
            if (a instanceof SurfaceAnalysis s) {
                s.setResolution(21);
            }
        }
        ExperimentStore.save(e, tour);
        new ExperimentRunner().run(tour, new RunOptions(2, 1, List.of()), null);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static ImageData export(SurfaceChart3d chart, Path file) throws Exception {
        chart.exportPng(file);
        return new ImageLoader().load(file.toString())[0];
    }

    /** Presses the left button at {@code from} (canvas coordinates), moves by (dx, dy) in steps and releases. */
    private static void drag(Control canvas, Point from, int dx, int dy) {
        Display display = canvas.getDisplay();
        Point start = canvas.toDisplay(from);
        post(display, SWT.MouseMove, start.x, start.y, 0);
        post(display, SWT.MouseDown, 0, 0, 1);
        for (int k = 1; k <= 10; k++) {
            post(display, SWT.MouseMove, start.x + dx * k / 10, start.y + dy * k / 10, 0);
        }
        post(display, SWT.MouseUp, 0, 0, 1);
    }

    private static void post(Display display, int type, int x, int y, int button) {
        Event e = new Event();
        e.type = type;
        e.x = x;
        e.y = y;
        e.button = button;
        assertTrue(display.post(e), "the display takes posted events");
        UiTestSupport.spin(40);
    }

    @Test
    void theSurfaceTurnsWhenDraggedAndExportsAsPng() throws Exception {
        LandscapeView view = (LandscapeView) page().showView(LandscapeView.ID);
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        try {
            view.show(tour);
            // (the view may still show another test's surface for a moment)
            ChartSpec flat = UiTestSupport.await(() -> view.chart().spec(), s -> s.heatmap() != null
                    && s.heatmap().nx() == 21 && s.title().contains("run-1"));
            view.setThreeD(true);
            UiTestSupport.spin(300);
            SurfaceChart3d chart = view.surface3d();
            assertTrue(chart.control().isVisible(), "the 3D canvas replaces the 2D chart");
            assertFalse(view.chart().control().isVisible());
            SurfaceScene scene = chart.scene();
            assertNotNull(scene);
            assertEquals(flat.heatmap(), scene.heatmap(), "the 2D view's surface, colour map and scale");
            assertEquals(21, scene.drawnSize()[0]);
            SurfaceScene.Projection p = scene.project(chart.azimuth(), chart.elevation(), chart.zoom(), 600, 400);
            assertEquals(20 * 20, p.quads().size());
            assertTrue(p.pathX().length >= 10, "the trajectory lies on the surface: " + p.pathX().length);

            Path dir = Path.of(System.getProperty("losslandscape.screenshots", "target/screenshots"));
            ImageData before = export(chart, dir.resolve("landscape-3d-before.png"));
            Point size = chart.control().getSize();
            assertEquals(size.x, before.width);
            assertEquals(size.y, before.height);
            assertTrue(UiTestSupport.distinctColours(before) > 30, "a shaded surface, not a blank canvas");

            double azimuth = chart.azimuth();
            double elevation = chart.elevation();
            drag(chart.control(), new Point(size.x / 2, size.y / 2), 80, 30);
            UiTestSupport.spin(300);
            // half a degree per pixel: 80 × 30 pixels in ten moves, the first of which anchors the drag
            assertEquals(azimuth + 0.5 * 72, chart.azimuth(), 1e-9, "turned around the vertical axis");
            assertEquals(elevation + 0.5 * 27, chart.elevation(), 1e-9, "and looking down more");
            ImageData after = export(chart, dir.resolve("landscape-3d.png"));
            assertFalse(Arrays.equals(before.data, after.data), "the turned surface is drawn anew");
            UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                    "landscape-3d-view");

            view.setThreeD(false);
            UiTestSupport.spin(100);
            assertTrue(view.chart().control().isVisible(), "back to the 2D chart");
        } finally {
            page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
        }
    }
}
