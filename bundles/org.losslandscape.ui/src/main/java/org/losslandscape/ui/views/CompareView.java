package org.losslandscape.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableColumn;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.compare.RunComparison;
import org.losslandscape.core.results.CurveTable;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.LossSurface;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Run;
import org.losslandscape.report.SharedScale;
import org.losslandscape.ui.charts.SpecChart;
import org.losslandscape.ui.preferences.WorkbenchPreferences;

/**
 * Two or more runs of the selected experiment side by side: their configurations with the differing settings
 * highlighted, their final metrics, their training curves overlaid, a landscape they share drawn for each with
 * one colour scale and the same contour levels, and their paths on one shared plane. Tick the runs to compare in the
 * list on the left.
 */
public final class CompareView extends LatestRunView<CompareView.Loaded> {

    /** The view's id, as registered in plugin.xml. */
    public static final String ID = "org.losslandscape.ui.views.compare";

    private static final int DIFFERS_RGB = 0xfff3b0;

    /** Everything the view needs of the experiment's runs, read off the UI thread. */
    record Loaded(List<Run> runs, Map<String, CurveTable> curves, Map<String, Map<String, LossSurface>> surfaces) {
    }

    private SashForm root;
    private CTabFolder tabs;
    private CheckboxTableViewer runList;
    private TableViewer configuration;
    private TableViewer metrics;
    private CurvesPanel curves;
    private Combo surfaceChoice;
    private Composite landscapes;
    private final List<SpecChart> landscapeCharts = new ArrayList<>();
    private SharedPlanePanel sharedPlane;
    private Loaded loaded = new Loaded(List.of(), Map.of(), Map.of());
    /** The file whose runs the ticks are of: another file starts again from its last two runs. */
    private Path ticksOf;

    @Override
    protected void createControls(Composite parent) {
        root = new SashForm(parent, SWT.HORIZONTAL);
        runList = CheckboxTableViewer.newCheckList(root, SWT.BORDER | SWT.FULL_SELECTION);
        runList.setContentProvider(ArrayContentProvider.getInstance());
        runList.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return label((Run) element) + " — " + ((Run) element).getStatus().getLiteral().toLowerCase(
                        java.util.Locale.ROOT);
            }
        });
        runList.addCheckStateListener(e -> refresh());
        tabs = new CTabFolder(root, SWT.BORDER);
        configuration = table(tabs, "Configuration");
        metrics = table(tabs, "Metrics");
        CTabItem curvesTab = new CTabItem(tabs, SWT.NONE);
        curvesTab.setText("Curves");
        curves = new CurvesPanel(tabs);
        curvesTab.setControl(curves.control());
        CTabItem landscapeTab = new CTabItem(tabs, SWT.NONE);
        landscapeTab.setText("Landscapes");
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        surfaceChoice = new Combo(page, SWT.READ_ONLY);
        surfaceChoice.addListener(SWT.Selection, e -> drawLandscapes());
        landscapes = new Composite(page, SWT.NONE);
        landscapes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        landscapeTab.setControl(page);
        CTabItem sharedTab = new CTabItem(tabs, SWT.NONE);
        sharedTab.setText("Shared plane");
        sharedPlane = new SharedPlanePanel(tabs, this::shown, () -> chosen().stream().map(Run::getId).toList());
        sharedTab.setControl(sharedPlane.control());
        tabs.setSelection(0);
        ExportActions.add(getViewSite().getActionBars().getMenuManager(), "compared loss chart", () -> getSite()
                .getShell(), curves::lossChart);
        root.setWeights(1, 4);
    }

    private static TableViewer table(CTabFolder tabs, String title) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        TableViewer viewer = new TableViewer(tabs, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        item.setControl(viewer.getControl());
        return viewer;
    }

    private static String label(Run r) {
        return r.getVariant() == null || r.getVariant().isBlank() ? r.getId() : r.getId() + " (" + r.getVariant()
                + ")";
    }

    @Override
    protected Loaded read(Path experimentFile, Run latest) throws Exception {
        Experiment e = (Experiment) latest.eContainer();
        Map<String, Map<String, LossSurface>> surfaces = new LinkedHashMap<>();
        for (Run r : e.getRuns()) {
            surfaces.put(r.getId(), ResultReader.all(DataProviders.SURFACES, experimentFile, r));
        }
        return new Loaded(List.copyOf(e.getRuns()), ResultReader.curves(experimentFile, e), surfaces);
    }

    @Override
    protected void draw(Loaded data) {
        Set<String> checked = new LinkedHashSet<>();
        for (Object o : runList.getCheckedElements()) {
            checked.add(((Run) o).getId());
        }
        Path file = shown();
        if (file == null || !file.equals(ticksOf)) {
            checked.clear(); // the ticks were of another file's runs
        }
        ticksOf = file;
        loaded = data == null ? new Loaded(List.of(), Map.of(), Map.of()) : data;
        runList.setInput(loaded.runs());
        boolean none = checked.isEmpty();
        for (int i = 0; i < loaded.runs().size(); i++) {
            Run r = loaded.runs().get(i);
            // at first, the last two runs; afterwards, the runs the user ticked
            runList.setChecked(r, none ? i >= loaded.runs().size() - 2 : checked.contains(r.getId()));
        }
        refresh();
    }

    /** Ticks exactly these runs (by id) and redraws; for tests and callers that know what to compare. */
    public void compare(List<String> runIds) {
        for (Run r : loaded.runs()) {
            runList.setChecked(r, runIds.contains(r.getId()));
        }
        refresh();
    }

    private List<Run> chosen() {
        List<Run> runs = new ArrayList<>();
        for (Object o : runList.getCheckedElements()) {
            runs.add((Run) o);
        }
        return runs;
    }

    private void refresh() {
        List<Run> runs = chosen();
        fill(configuration, runs, RunComparison.configuration(runs));
        fill(metrics, runs, RunComparison.metrics(runs));
        Map<String, CurveTable> shown = new LinkedHashMap<>();
        for (Run r : runs) {
            CurveTable t = loaded.curves().get(r.getId());
            if (t != null) {
                shown.put(label(r), t);
            }
        }
        curves.setCurves(shown);
        Set<String> common = null;
        for (Run r : runs) {
            Set<String> names = new LinkedHashSet<>(loaded.surfaces().getOrDefault(r.getId(), Map.of()).keySet());
            names.removeIf(n -> loaded.surfaces().get(r.getId()).get(n).is1d());
            if (common == null) {
                common = names;
            } else {
                common.retainAll(names);
            }
        }
        String previous = surfaceChoice.getText();
        surfaceChoice.setItems(common == null ? new String[0] : common.toArray(String[]::new));
        int index = List.of(surfaceChoice.getItems()).indexOf(previous);
        surfaceChoice.select(Math.max(0, index));
        drawLandscapes();
    }

    private static void fill(TableViewer viewer, List<Run> runs, List<RunComparison.Row> rows) {
        for (TableColumn c : viewer.getTable().getColumns()) {
            c.dispose();
        }
        Color differs = new Color(DIFFERS_RGB >> 16, DIFFERS_RGB >> 8 & 0xff, DIFFERS_RGB & 0xff);
        column(viewer, "setting", 220, -1, differs);
        for (int i = 0; i < runs.size(); i++) {
            column(viewer, label(runs.get(i)), 140, i, differs);
        }
        viewer.setInput(rows);
        viewer.refresh();
    }

    private static void column(TableViewer viewer, String title, int width, int index, Color differs) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                RunComparison.Row row = (RunComparison.Row) element;
                return index < 0 ? row.key() : row.values().get(index);
            }

            @Override
            public Color getBackground(Object element) {
                return ((RunComparison.Row) element).differs() ? differs : null;
            }
        });
    }

    private void drawLandscapes() {
        for (Control c : landscapes.getChildren()) {
            c.dispose();
        }
        landscapeCharts.clear();
        String name = surfaceChoice.getText();
        List<Run> runs = chosen();
        if (name.isEmpty() || runs.isEmpty()) {
            landscapes.layout();
            return;
        }
        List<LossSurface> surfaces = runs.stream().map(r -> loaded.surfaces().get(r.getId()).get(name)).toList();
        SharedScale scale = SharedScale.of(surfaces); // the report's comparison uses the same scale
        landscapes.setLayout(new GridLayout(Math.min(3, runs.size()), true));
        for (int i = 0; i < runs.size(); i++) {
            LossSurface s = surfaces.get(i);
            SpecChart chart = new SpecChart(landscapes);
            chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            Heatmap h = scale.heatmap(s, WorkbenchPreferences.colorMap(), 10);
            chart.show(Charts.landscape(name + ": " + label(runs.get(i)), h, new double[0], new double[0],
                    List.of()));
            landscapeCharts.add(chart);
        }
        landscapes.layout(true, true);
    }

    /** Brings the tab of that title (Configuration, Metrics, Curves, Landscapes, Shared plane) to the front. */
    public void selectTab(String title) {
        for (CTabItem item : tabs.getItems()) {
            if (item.getText().equals(title)) {
                tabs.setSelection(item);
            }
        }
    }

    /** @return the ids of the runs of the file shown (for tests) */
    public List<String> runsShown() {
        return loaded.runs().stream().map(Run::getId).toList();
    }

    /** @return the rows of the configuration table (for tests) */
    @SuppressWarnings("unchecked")
    public List<RunComparison.Row> configurationRows() {
        return (List<RunComparison.Row>) configuration.getInput();
    }

    /** @return the landscape charts drawn (for tests) */
    public List<SpecChart> landscapeCharts() {
        return List.copyOf(landscapeCharts);
    }

    /**
     * Computes the ticked runs' shared plane as a job (the "Shared plane" button); its chart is drawn when it ends.
     *
     * @return the job, or null when the ticked runs cannot share a plane (the page's status line says why)
     */
    public org.eclipse.core.runtime.jobs.Job computeSharedPlane() {
        return sharedPlane.start();
    }

    /** @return the shared plane's chart (for tests) */
    public SpecChart sharedPlaneChart() {
        return sharedPlane.chart();
    }

    /** @return the curves panel (for tests) */
    public CurvesPanel curves() {
        return curves;
    }

    @Override
    protected boolean isDisposedView() {
        return root.isDisposed();
    }

    @Override
    public void setFocus() {
        runList.getControl().setFocus();
    }
}
