package org.losslandscape.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.report.ExperimentReport;
import org.losslandscape.report.Surface;
import org.losslandscape.ui.charts.SpecChart;
import org.losslandscape.ui.preferences.WorkbenchPreferences;

/**
 * The loss landscapes of the selected experiment's latest completed run: a 2D surface as a heatmap with colour bar
 * and contours, the optimizer's trajectory on PCA planes with its start and end, a 1D surface as a line, and toy
 * surfaces with their optimizer paths and typed critical points; a choice of surface, a linear or logarithmic
 * colour scale, and the read-out (α, β, loss) under the mouse.
 */
public final class LandscapeView extends ViewPart {

    /** The view's id, as registered in plugin.xml. */
    public static final String ID = "org.losslandscape.ui.views.landscape";

    private Display display;
    private Combo choice;
    private Button logColour;
    private Label readout;
    private SpecChart chart;
    private ExperimentWatcher watcher;
    private volatile Path shown;
    private Map<String, Surface> surfaces = Map.of();
    /** Toy-surface charts (paths and critical points included), by name. */
    private Map<String, ChartSpec> toys = Map.of();
    /** The surfaces on the plane of the trajectory's PCA (as the runner records in their description). */
    private java.util.Set<String> pcaSurfaces = java.util.Set.of();
    private double[][] trajectory = new double[2][0];
    private String runId = "";
    private final ISelectionListener listener = (part, selection) -> {
        IFile f = Selections.experimentFile(selection);
        if (f != null && f.getLocation() != null) {
            show(f.getLocation().toFile().toPath());
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(3, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        choice = new Combo(bar, SWT.READ_ONLY);
        choice.setLayoutData(new GridData(220, SWT.DEFAULT));
        logColour = new Button(bar, SWT.CHECK);
        logColour.setText("log colour scale");
        readout = new Label(bar, SWT.NONE);
        readout.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chart = new SpecChart(root);
        chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.setHoverListener(readout::setText);
        choice.addListener(SWT.Selection, e -> draw());
        logColour.addListener(SWT.Selection, e -> draw());
        watcher = new ExperimentWatcher(this::reload);
        ExportActions.add(getViewSite().getActionBars().getMenuManager(), "landscape", () -> getSite().getShell(),
                () -> chart);
        getSite().getPage().addPostSelectionListener(listener);
        listener.selectionChanged(null, getSite().getPage().getSelection());
    }

    /** Shows the landscapes of {@code experimentFile} and follows its new runs. */
    public void show(Path experimentFile) {
        shown = experimentFile;
        watcher.watch(experimentFile);
    }

    /** @return the chart (for tests) */
    public SpecChart chart() {
        return chart;
    }

    /** @return the names of the surfaces offered (for tests) */
    public List<String> surfaceNames() {
        return List.of(choice.getItems());
    }

    private void reload() {
        Path file = shown;
        if (file == null) {
            return;
        }
        Map<String, Surface> found = new LinkedHashMap<>();
        Map<String, ChartSpec> toyCharts = new LinkedHashMap<>();
        java.util.Set<String> onPca = new java.util.HashSet<>();
        double[][] path = new double[2][0];
        String id;
        try {
            Experiment e = ExperimentStore.load(file).experiment();
            Run run = ExperimentReport.lastCompleted(e);
            id = run == null ? "" : run.getId();
            if (run != null) {
                found.putAll(ExperimentReport.surfaces(file, run));
                toyCharts.putAll(ExperimentReport.toySurfaces(file, run));
                for (ResultRef ref : run.getResults()) {
                    if (ref.getKind() == ResultKind.TRAJECTORY) {
                        path = columns(Npy.read(ResultFiles.resolve(file, ref.getUri())).data());
                    }
                    if (ref.getKind() == ResultKind.SURFACE && ref.getDescription() != null && ref.getDescription()
                            .toUpperCase(Locale.ROOT).contains("PCA_TRAJECTORY")) {
                        onPca.add(ref.getUri().substring(ref.getUri().lastIndexOf('/') + 1).replaceAll("\\.npy$",
                                ""));
                    }
                }
            }
        } catch (Exception e) {
            return; // being written: the next poll reads it
        }
        double[][] trajectoryOnPlane = path;
        display.asyncExec(() -> {
            if (choice.isDisposed() || !file.equals(shown)) {
                return;
            }
            String selected = choice.getText();
            surfaces = found;
            toys = toyCharts;
            pcaSurfaces = onPca;
            trajectory = trajectoryOnPlane;
            runId = id;
            List<String> names = new ArrayList<>(found.keySet());
            names.addAll(toyCharts.keySet());
            choice.setItems(names.toArray(String[]::new));
            int index = names.indexOf(selected);
            choice.select(Math.max(0, index));
            draw();
        });
    }

    /** Splits a row-major n × 2 table into its two columns. */
    private static double[][] columns(double[] table) {
        int n = table.length / 2;
        double[][] c = new double[2][n];
        for (int i = 0; i < n; i++) {
            c[0][i] = table[2 * i];
            c[1][i] = table[2 * i + 1];
        }
        return c;
    }

    private void draw() {
        ChartSpec toy = toys.get(choice.getText());
        if (toy != null) {
            chart.show(toy.heatmap() == null ? toy : toy.withHeatmap(toy.heatmap().withColorMap(WorkbenchPreferences
                    .colorMap()).withLogColor(logColour.getSelection() && toy.heatmap().colorRange() != null
                            && toy.heatmap().colorRange().min() > 0), toy.contours()));
            return;
        }
        Surface s = surfaces.get(choice.getText());
        if (s == null) {
            chart.show(null);
            return;
        }
        String title = choice.getText() + " (" + runId + ")";
        ChartSpec spec;
        if (s.is1d()) {
            spec = Charts.slice(title, "α", s.x(), Map.of("loss", s.trainLoss()), "loss", logColour.getSelection());
        } else {
            boolean pca = pcaSurfaces.contains(choice.getText());
            Heatmap h = Heatmap.of(s.x(), s.y(), s.trainLoss(), Heatmap.Order.X_MAJOR)
                    .withColorMap(WorkbenchPreferences.colorMap()).withLogColor(logColour.getSelection())
                    .withContourCount(12);
            spec = Charts.landscape(title, h, pca ? trajectory[0] : new double[0], pca ? trajectory[1]
                    : new double[0], List.of());
        }
        chart.show(spec);
    }

    @Override
    public void setFocus() {
        chart.control().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(listener);
        watcher.stop();
        super.dispose();
    }
}
