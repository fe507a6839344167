package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.losslandscape.model.RunStatus;
import org.losslandscape.ui.WorkbenchSetup;
import org.losslandscape.ui.charts.SpecChart;
import org.losslandscape.ui.editor.ExperimentEditor;
import org.losslandscape.ui.jobs.RunExperimentJob;
import org.losslandscape.ui.views.CompareView;
import org.losslandscape.ui.views.LandscapeView;
import org.losslandscape.ui.views.RunsView;
import org.losslandscape.ui.views.SharpnessView;
import org.losslandscape.ui.views.SpectrumView;
import org.losslandscape.ui.views.TrainingCurvesView;
import org.losslandscape.ui.views.WelcomeView;
import org.losslandscape.ui.wizards.TourProject;

/**
 * The first run at 1024×768: from an empty workspace the Welcome view shows; the result views say what to select or
 * run instead of drawing empty axes; one click creates the tour project and runs it, and the charts fill; the
 * landscape's colour bar has its own area; nothing in the views or the editor's pages is cut off or overlaps
 * ({@link LayoutCheck}). Screenshots of each step and page go to target/screenshots.
 */
class FirstRunTest {

    private static final String[] RESULT_VIEWS = {TrainingCurvesView.ID, LandscapeView.ID, SpectrumView.ID,
        SharpnessView.ID};

    @Test
    void firstWindowBoundsAreSensible() {
        assertEquals(new Rectangle(0, 0, 1024, 768), WorkbenchSetup.initialBounds(new Rectangle(0, 0, 1024, 768)),
                "a small screen: all of it");
        assertEquals(new Rectangle(43, 0, 1280, 900), WorkbenchSetup.initialBounds(new Rectangle(0, 0, 1366, 900)),
                "at least 1280×900, clamped to the screen");
        Rectangle big = WorkbenchSetup.initialBounds(new Rectangle(0, 0, 1920, 1080));
        assertEquals(new Rectangle(144, 81, 1632, 918), big, "85 % of the screen, centred");
        Rectangle wide = WorkbenchSetup.initialBounds(new Rectangle(100, 0, 1600, 1200));
        assertEquals(1360, wide.width);
        assertEquals(1020, wide.height);
        assertEquals(100 + 120, wide.x, "on the monitor it is on");
    }

    @Test
    void welcomeCreatesTheTourAndTheChartsFill() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        page.closeAllEditors(false);
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            p.delete(true, true, null); // an empty workspace, as on a first start
        }
        Shell shell = window.getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1024, 768);
        page.resetPerspective();
        WorkbenchSetup.apply(window); // the start-up extension has done it already, unless it has not run yet
        WorkbenchSetup.EditorAreaFollower.update(page);
        UiTestSupport.spin(300);
        assertFalse(page.isEditorAreaVisible(), "no editor open: the charts get the editor area's room");

        // an empty workspace shows the Welcome view; every result view says what to do instead of empty axes
        for (String id : RESULT_VIEWS) {
            IViewPart v = page.findView(id);
            if (v != null) {
                page.hideView(v);
            }
        }
        assertTrue(WorkbenchSetup.showWelcomeIfEmpty(page));
        WelcomeView welcome = (WelcomeView) page.findView(WelcomeView.ID);
        assertNotNull(welcome, "the Welcome view is open");
        page.activate(welcome);
        for (String id : RESULT_VIEWS) {
            page.showView(id); // created with the welcome's empty selection
        }
        page.activate(welcome);
        UiTestSupport.spin(300);
        List<SpecChart> charts = charts(page);
        for (SpecChart c : charts) {
            assertTrue(c.showsMessage(), "no axes without data");
            assertTrue(c.emptyMessage().contains("Select an experiment file") || c.emptyMessage().contains(
                    "a run with a spectral-density analysis") || c.emptyMessage().startsWith("No accuracy"), c.emptyMessage());
        }
        List<String> problems = new ArrayList<>();
        for (String id : RESULT_VIEWS) {
            problems.addAll(check(page, page.showView(id)));
        }
        UiTestSupport.screenshot(shell, "first-run-1-empty-views");
        page.activate(welcome);
        problems.addAll(check(page, welcome));
        UiTestSupport.screenshot(shell, "first-run-2-welcome");

        // one click: the project, its tour file, a run; the curves fill while it trains, the landscape when it ends
        welcome.tourButton().notifyListeners(SWT.Selection, new Event());
        RunExperimentJob job = welcome.job();
        assertNotNull(job, welcome.status());
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject(TourProject.PROJECT).getFile(TourProject.FILE);
        assertTrue(file.exists(), "the click created " + file);
        long start = System.nanoTime();
        while (job.getResult() == null && System.nanoTime() - start < 120_000_000_000L) {
            UiTestSupport.spin(50);
        }
        assertNotNull(job.getResult(), "the tour ran within two minutes");
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertEquals(RunStatus.COMPLETED, job.reports().get(0).status());
        System.out.println("first run: the tour trained and was analysed in " + (System.nanoTime() - start)
                / 1_000_000 + " ms");
        TrainingCurvesView curves = (TrainingCurvesView) page.findView(TrainingCurvesView.ID);
        UiTestSupport.await(() -> curves.panel().lossChart().spec(), s -> s.series().size() == 2);
        LandscapeView landscape = (LandscapeView) page.findView(LandscapeView.ID);
        UiTestSupport.await(() -> landscape.chart().spec(), s -> s.heatmap() != null);
        SpectrumView spectrum = (SpectrumView) page.findView(SpectrumView.ID);
        UiTestSupport.await(() -> spectrum.eigenvalueChart().spec(), s -> !s.series().isEmpty());
        UiTestSupport.spin(300);
        assertTrue(welcome.status().startsWith("Done: run-1"), welcome.status());
        assertFalse(curves.panel().lossChart().showsMessage());
        assertFalse(landscape.chart().showsMessage());
        assertTrue(((SharpnessView) page.findView(SharpnessView.ID)).chart().showsMessage(),
                "the tour has no edge-of-stability analysis: the Sharpness view still says what it needs");

        // the colour bar sits beside the plot, not on it, and names the colour range
        page.activate(landscape);
        UiTestSupport.spin(300);
        Rectangle bar = landscape.chart().colourBarBounds();
        assertNotNull(bar, "a heatmap has its colour bar");
        Control plot = landscape.chart().chart().getPlotArea().getControl();
        Rectangle plotOnScreen = onScreen(plot);
        Rectangle barOnScreen = onScreen(landscape.chart().control().getDisplay(), landscape.chart().chart()
                .getParent(), bar);
        assertFalse(plotOnScreen.intersects(barOnScreen), "colour bar " + barOnScreen + " off the plot "
                + plotOnScreen);
        String[] labels = landscape.chart().colourBarLabels();
        assertEquals(3, labels.length);
        assertTrue(Double.parseDouble(labels[0]) > Double.parseDouble(labels[2]), String.join(" ", labels));
        problems.addAll(check(page, landscape));
        UiTestSupport.screenshot(shell, "first-run-3-landscape");
        page.activate(curves);
        UiTestSupport.spin(200);
        problems.addAll(check(page, curves));
        UiTestSupport.screenshot(shell, "first-run-4-curves");
        page.activate(spectrum);
        UiTestSupport.spin(200);
        problems.addAll(check(page, spectrum));
        UiTestSupport.screenshot(shell, "first-run-5-spectrum");
        RunsView runs = (RunsView) page.showView(RunsView.ID);
        UiTestSupport.spin(200);
        problems.addAll(check(page, runs));
        CompareView compare = (CompareView) page.showView(CompareView.ID);
        UiTestSupport.spin(200);
        problems.addAll(check(page, compare));

        // the editor's pages at 1024×768: the editor area comes back with the editor
        ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(page, file, ExperimentEditor.ID);
        UiTestSupport.spin(300);
        assertTrue(page.isEditorAreaVisible(), "an open editor shows the editor area");
        // checked in the perspective's layout and with the editor maximised; the screenshots show the latter
        for (boolean maximised : new boolean[] {false, true}) {
            page.setPartState(page.getReference(editor), maximised ? IWorkbenchPage.STATE_MAXIMIZED
                    : IWorkbenchPage.STATE_RESTORED);
            for (String id : new String[] {"overview", "data", "network", "optimizer", "training", "analyses"}) {
                editor.setActivePage(id);
                if (id.equals("analyses")) {
                    editor.analysesPage().select(0); // the landscape: the largest form
                }
                UiTestSupport.spin(300);
                String where = "editor page " + id + (maximised ? " (maximised)" : "") + ": ";
                problems.addAll(LayoutCheck.problems(editor.pageControl(id)).stream().map(p -> where
                        + p).toList());
                if (maximised) {
                    UiTestSupport.screenshot(shell, "editor-1024-" + id);
                }
            }
        }
        List<String> labels2 = editor.analysesPage().detailLabels();
        assertTrue(labels2.contains("Directions:"), labels2.toString());
        assertTrue(labels2.contains("α from (× direction):"), labels2.toString());
        assertTrue(labels2.contains("Resolution (points per axis):"), labels2.toString());
        assertFalse(labels2.stream().anyMatch(l -> l.contains("directionKind") || l.contains("xMin") || l.contains(
                "includeBiases")), "no raw attribute names: " + labels2);
        Control directions = editor.analysesPage().details().getChildren()[2 * labels2.indexOf("Directions:") + 1];
        directions.notifyListeners(SWT.FocusIn, new Event());
        assertTrue(editor.analysesPage().help().startsWith("Directions — How the axes are chosen"),
                editor.analysesPage().help());
        assertTrue(directions.getToolTipText().contains("filter-normalised"), directions.getToolTipText());
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        UiTestSupport.spin(200);
        UiTestSupport.screenshot(shell, "first-run-6-editor");
        page.closeEditor(editor, false);
        UiTestSupport.spin(300);
        assertFalse(page.isEditorAreaVisible(), "the last editor closed: the editor area goes again");
        assertEquals(List.of(), problems, "clipped or overlapping controls at 1024×768");
    }

    /** Closes the views this test filled, so that the tests after it start from fresh ones. */
    @AfterEach
    void closeTheViewsItFilled() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        for (String id : new String[] {TrainingCurvesView.ID, LandscapeView.ID, SpectrumView.ID, SharpnessView.ID,
            WelcomeView.ID, RunsView.ID, CompareView.ID}) {
            IViewPart v = page.findView(id);
            if (v != null) {
                page.hideView(v);
            }
        }
        UiTestSupport.spin(100);
    }

    /** @return the charts of the result views */
    private static List<SpecChart> charts(IWorkbenchPage page) {
        List<SpecChart> charts = new ArrayList<>();
        charts.add(((TrainingCurvesView) page.findView(TrainingCurvesView.ID)).panel().lossChart());
        charts.add(((TrainingCurvesView) page.findView(TrainingCurvesView.ID)).panel().accuracyChart());
        charts.add(((LandscapeView) page.findView(LandscapeView.ID)).chart());
        charts.add(((SpectrumView) page.findView(SpectrumView.ID)).eigenvalueChart());
        charts.add(((SpectrumView) page.findView(SpectrumView.ID)).densityChart());
        charts.add(((SharpnessView) page.findView(SharpnessView.ID)).chart());
        return charts;
    }

    /** Lays out the view and checks its controls (the part's own composite, found from its focus control). */
    private static List<String> check(IWorkbenchPage page, IViewPart view) {
        page.activate(view);
        UiTestSupport.spin(200);
        Control inside = knownControl(view);
        if (inside == null) {
            view.setFocus();
            UiTestSupport.spin(100);
            inside = Display.getCurrent().getFocusControl();
        }
        assertNotNull(inside, view.getTitle() + ": a control of the view");
        Control root = partRoot(inside);
        return LayoutCheck.problems(root).stream().map(p -> view.getTitle() + ": " + p).toList();
    }

    /** @return a control inside the view, or null for the focus control */
    private static Control knownControl(IViewPart view) {
        if (view instanceof TrainingCurvesView v) {
            return v.panel().control();
        } else if (view instanceof LandscapeView v) {
            return v.chart().chart();
        } else if (view instanceof SpectrumView v) {
            return v.eigenvalueChart().control();
        } else if (view instanceof SharpnessView v) {
            return v.chart().control();
        } else if (view instanceof WelcomeView v) {
            return v.tourButton();
        } else if (view instanceof CompareView v) {
            return v.curves().control();
        }
        return null;
    }

    /** @return the ancestor of {@code c} that the workbench's part stack holds: the part's own composite */
    private static Control partRoot(Control c) {
        Control root = c;
        while (root.getParent() != null && !isPartStack(root.getParent()) && !(root.getParent() instanceof Shell)) {
            root = root.getParent();
        }
        return root;
    }

    /** @return whether the workbench renders a part stack (its model element) with this widget */
    private static boolean isPartStack(Control c) {
        Object element = c.getData("modelElement");
        return element != null && element.getClass().getSimpleName().contains("PartStack");
    }

    private static Rectangle onScreen(Control c) {
        Rectangle b = c.getBounds();
        org.eclipse.swt.graphics.Point p = c.getParent().toDisplay(b.x, b.y);
        return new Rectangle(p.x, p.y, b.width, b.height);
    }

    private static Rectangle onScreen(Display display, org.eclipse.swt.widgets.Composite parent, Rectangle inParent) {
        org.eclipse.swt.graphics.Point p = parent.toDisplay(inParent.x, inParent.y);
        return new Rectangle(p.x, p.y, inParent.width, inParent.height);
    }
}
