package org.losslandscape.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.figures.FigureProviders;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.LossSurface;
import org.losslandscape.core.results.ProjectedPath;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.core.run.SurfaceStage;
import org.losslandscape.model.DirectionKind;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.ui.charts.SpecChart;
import org.losslandscape.ui.charts.SurfaceChart3d;
import org.losslandscape.ui.jobs.RunEvents;
import org.losslandscape.ui.preferences.WorkbenchPreferences;

/**
 * The loss landscapes of the selected experiment's latest completed run: a 2D surface as a heatmap with colour bar
 * and contours, the optimizer's trajectory on PCA planes with its start and end, a 1D surface as a line, and the
 * figures of every kind of result that a bundle adds (its {@link FigureProvider}, the one the report uses: the
 * toy-surface bundle's surfaces with their optimizer paths and typed critical points, say); a choice of surface, a
 * linear or logarithmic colour scale, the read-out (α, β, loss) under the mouse, and the selected 2D surface in 3D
 * ({@link SurfaceChart3d}: lit, with the trajectory on it, in the 2D view's colours; turned by dragging).
 * <p>
 * While a run of the shown file computes a surface in this workbench, the view draws it as its coarse-to-fine stages
 * arrive (the run's {@link RunEvents#SURFACE} events): a first item "live: …" in the choice, the points not computed
 * yet filled from the coarse stage ({@link LiveSurfaces}); when the run ends, its saved result.
 */
public final class LandscapeView extends LatestRunView<LandscapeView.Data> {

    /** The view's id, as registered in plugin.xml. */
    public static final String ID = "org.losslandscape.ui.views.landscape";

    /**
     * What the view reads from a run.
     *
     * @param runId the run's id
     * @param surfaces the loss surfaces by name
     * @param contributed the charts of the result kinds bundles add, by figure name
     * @param pcaSurfaces the names of the surfaces on the plane of the trajectory's PCA
     * @param trajectory the trajectory's coordinates on that plane, {a, b}
     */
    record Data(String runId, Map<String, LossSurface> surfaces, Map<String, ChartSpec> contributed,
            java.util.Set<String> pcaSurfaces, double[][] trajectory) {
    }

    private static final Data NONE = new Data("", Map.of(), Map.of(), java.util.Set.of(), new double[2][0]);
    private Composite root;
    private Combo choice;
    private Button logColour;
    private Button threeD;
    private Label readout;
    private Composite stack;
    private SpecChart chart;
    private SurfaceChart3d surface3d;
    private Data data = NONE;
    private RunEventSubscriptions events;
    private static final int CHOICE_MIN_WIDTH = 220;
    private static final int CHOICE_MAX_WIDTH = 360;
    // UI thread only: the run followed live, its latest surface stage, and the points of each stage drawn (for tests)
    private String liveRun;
    private SurfaceStage liveStage;
    private String lastLiveAnalysis;
    private final List<Integer> liveDrawn = new ArrayList<>();

    @Override
    protected void createControls(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(4, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        choice = new Combo(bar, SWT.READ_ONLY);
        choice.setLayoutData(new GridData(CHOICE_MIN_WIDTH, SWT.DEFAULT));
        logColour = new Button(bar, SWT.CHECK);
        logColour.setText("log colour scale");
        threeD = new Button(bar, SWT.CHECK);
        threeD.setText("3D");
        threeD.setToolTipText("the surface in 3D, with the trajectory on it: drag to turn, wheel to zoom");
        readout = new Label(bar, SWT.NONE);
        readout.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        stack = new Composite(root, SWT.NONE);
        stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        stack.setLayout(new StackLayout());
        chart = new SpecChart(stack);
        chart.setHoverListener(readout::setText);
        chart.setEmptyMessage(EmptyMessages.LANDSCAPE, EmptyMessages.links(getSite().getPage()));
        surface3d = new SurfaceChart3d(stack);
        ((StackLayout) stack.getLayout()).topControl = chart.control();
        choice.addListener(SWT.Selection, e -> draw());
        logColour.addListener(SWT.Selection, e -> draw());
        threeD.addListener(SWT.Selection, e -> draw());
        IMenuManager menu = getViewSite().getActionBars().getMenuManager();
        ExportActions.add(menu, "landscape", () -> getSite().getShell(), () -> chart);
        menu.add(new Action("Export 3D view as PNG…") {
            @Override
            public void run() {
                export3d();
            }
        });
        events = new RunEventSubscriptions(getSite().getService(IEventBroker.class), root.getDisplay(),
                root::isDisposed);
        events.subscribe(RunEvents.STARTED, RunEvents.Started.class, this::started);
        events.subscribe(RunEvents.SURFACE, RunEvents.SurfaceProgress.class, this::surfaceStage);
        events.subscribe(RunEvents.FINISHED, RunEvents.Finished.class, this::finished);
    }

    private void started(RunEvents.Started e) {
        if (isShown(e.file())) {
            liveRun = e.runId();
            liveStage = null;
            liveDrawn.clear();
        }
    }

    private void surfaceStage(RunEvents.SurfaceProgress e) {
        if (!isShown(e.file()) || !e.runId().equals(liveRun)) {
            return;
        }
        boolean first = liveStage == null || !liveStage.analysis().equals(e.stage().analysis());
        liveStage = e.stage();
        lastLiveAnalysis = liveStage.analysis();
        if (first) {
            draw(data); // the live item joins the choice, selected
            choice.select(0);
        }
        if (choice.getSelectionIndex() == 0) {
            draw();
        }
    }

    private void finished(RunEvents.Finished e) {
        if (e.runId().equals(liveRun) && isShown(e.file())) {
            liveRun = null;
            liveStage = null;
            draw(data);
            redrawFromFile(); // the completed run's result, as saved
        }
    }

    /** @return the choice's item for the surface being computed */
    private String liveItem() {
        return "live: " + liveStage.analysis();
    }

    private void drawLive() {
        String title = liveStage.analysis() + " (" + liveRun + ", live: " + liveStage.computedCount() + " of "
                + liveStage.grid().size() + " points" + (liveStage.complete() ? ")"
                        : "; the others filled from the coarse stage)");
        ChartSpec spec = LiveSurfaces.chart(liveStage, title, WorkbenchPreferences.colorMap(),
                logColour.getSelection());
        chart.show(spec);
        liveDrawn.add(liveStage.computedCount());
        boolean in3d = threeD.getSelection() && spec.heatmap() != null;
        surface3d.show(title, in3d ? spec.heatmap() : null, new double[0], new double[0]);
        ((StackLayout) stack.getLayout()).topControl = in3d ? surface3d.control() : chart.control();
        stack.layout();
    }

    /** @return whether a run's surface is being followed live now (for tests) */
    public boolean isLive() {
        return liveRun != null;
    }

    /** @return the number of computed points of each live stage drawn since the run started (for tests) */
    public List<Integer> liveStagesDrawn() {
        return List.copyOf(liveDrawn);
    }

    private void export3d() {
        if (surface3d.scene() == null) {
            MessageDialog.openInformation(getSite().getShell(), "Export", "Tick 3D with a 2D surface selected first.");
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.png"});
        dialog.setFileName("landscape-3d.png");
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target != null) {
            try {
                surface3d.exportPng(Path.of(target));
            } catch (java.io.IOException | RuntimeException e) {
                MessageDialog.openError(getSite().getShell(), "Export", "Cannot write " + target + ": "
                        + e.getMessage());
            }
        }
    }

    /** @return the 3D view of the surface (for tests) */
    public SurfaceChart3d surface3d() {
        return surface3d;
    }

    /** Shows the selected 2D surface in 3D, or the 2D chart again (for tests; the "3D" box does it for users). */
    public void setThreeD(boolean on) {
        threeD.setSelection(on);
        draw();
    }

    /** @return the chart (for tests) */
    public SpecChart chart() {
        return chart;
    }

    /** Shows the surface of that name, if the run has it. */
    public void select(String name) {
        int index = List.of(choice.getItems()).indexOf(name);
        if (index >= 0) {
            choice.select(index);
            draw();
        }
    }

    /** @return the names of the surfaces offered (for tests) */
    public List<String> surfaceNames() {
        return List.of(choice.getItems());
    }

    @Override
    protected Data read(Path file, Run run) throws Exception {
        java.util.Set<String> onPca = new java.util.HashSet<>();
        double[][] path = new double[2][0];
        for (ProjectedPath p : ResultReader.all(DataProviders.TRAJECTORIES, file, run).values()) {
            path = new double[][] {p.a(), p.b()};
        }
        for (ResultRef ref : run.getResults()) {
            if (DataProviders.SURFACES.accepts(ref) && DirectionKind.PCA_TRAJECTORY.getLiteral().equals(
                    ResultMetadata.of(ref).get(ResultKeys.DIRECTIONS, ""))) {
                onPca.add(ResultReader.name(ref));
            }
        }
        Map<String, ChartSpec> contributed = contributedFigures(file, run, new ProjectedPath(path[0], path[1]));
        return new Data(run.getId(), ResultReader.all(DataProviders.SURFACES, file, run), contributed, onPca, path);
    }

    /**
     * @return the figures of the run's results whose kinds bundles add (the model's own kinds have views of their
     *         own), drawn by the providers registered for them; a result that cannot be read is left out, as in the
     *         report
     */
    private static Map<String, ChartSpec> contributedFigures(Path file, Run run, ProjectedPath trajectory) {
        Map<String, ChartSpec> charts = new java.util.LinkedHashMap<>();
        FigureProviders providers = FigureProviders.installed();
        FigureContext context = new FigureContext(file, run, trajectory);
        for (ResultRef ref : run.getResults()) {
            FigureProvider provider = ResultKind.builtIn().contains(ref.getKind()) ? null
                    : providers.forKind(ref.getKind());
            if (provider == null) {
                continue;
            }
            try {
                for (Figure f : provider.figures(context, ref, ResultReader.name(ref))) {
                    charts.put(f.name(), f.chart());
                }
            } catch (java.io.IOException | IllegalArgumentException e) {
                // unreadable or of another shape: the Runs view and the report say why
            }
        }
        return charts;
    }

    @Override
    protected void draw(Data loaded) {
        String selected = choice.getText();
        data = loaded == null ? NONE : loaded;
        List<String> names = new ArrayList<>(data.surfaces().keySet());
        names.addAll(data.contributed().keySet());
        if (liveStage != null) {
            names.add(0, liveItem());
        }
        int index = names.indexOf(selected);
        if (index < 0 && lastLiveAnalysis != null) {
            // the surface just computed live, now read from its file
            index = names.indexOf(names.stream().filter(n -> n.startsWith(lastLiveAnalysis)).findFirst()
                    .orElse(""));
        }
        choice.setItems(names.toArray(String[]::new));
        choice.select(Math.max(0, index));
        fitChoice();
        draw();
    }

    /** Widens the choice to its longest name, from 220 up to 360 px. */
    private void fitChoice() {
        int width = Math.max(CHOICE_MIN_WIDTH, Math.min(CHOICE_MAX_WIDTH, choice.computeSize(SWT.DEFAULT, SWT.DEFAULT,
                true).x));
        GridData layout = (GridData) choice.getLayoutData();
        if (layout.widthHint != width) {
            layout.widthHint = width;
            choice.getParent().layout(true);
        }
    }

    @Override
    protected boolean isDisposedView() {
        return root.isDisposed();
    }

    private void draw() {
        choice.setToolTipText(choice.getText()); // the whole name, should the choice be too narrow for it
        if (liveStage != null && choice.getText().equals(liveItem())) {
            drawLive();
            return;
        }
        ChartSpec figure = data.contributed().get(choice.getText());
        double[][] path = {new double[0], new double[0]};
        String title = choice.getText() + " (" + data.runId() + ")";
        ChartSpec spec;
        if (figure != null) {
            spec = figure.heatmap() == null ? figure : figure.withHeatmap(figure.heatmap().withColorMap(
                    WorkbenchPreferences.colorMap()).withLogColor(logColour.getSelection() && figure.heatmap()
                            .colorRange() != null && figure.heatmap().colorRange().min() > 0), figure.contours());
            title = figure.title();
        } else {
            LossSurface s = data.surfaces().get(choice.getText());
            if (s == null) {
                spec = null;
            } else if (s.is1d()) {
                spec = Charts.slice(title, "α", s.x(), Map.of("loss", s.trainLoss()), "loss",
                        logColour.getSelection());
            } else {
                if (data.pcaSurfaces().contains(choice.getText())) {
                    path = data.trajectory();
                }
                Heatmap h = Heatmap.of(s.x(), s.y(), s.trainLoss(), Heatmap.Order.X_MAJOR)
                        .withColorMap(WorkbenchPreferences.colorMap()).withLogColor(logColour.getSelection())
                        .withContourCount(12);
                spec = Charts.landscape(title, h, path[0], path[1], List.of());
            }
        }
        chart.show(spec);
        // the 3D view shows the same surface, colour map and scale as the 2D one
        boolean in3d = threeD.getSelection() && spec != null && spec.heatmap() != null;
        surface3d.show(title, in3d ? spec.heatmap() : null, path[0], path[1]);
        ((StackLayout) stack.getLayout()).topControl = in3d ? surface3d.control() : chart.control();
        stack.layout();
    }

    @Override
    public void setFocus() {
        chart.control().setFocus();
    }

    @Override
    public void dispose() {
        if (events != null) {
            events.dispose();
        }
        super.dispose();
    }
}
