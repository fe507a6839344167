package org.losslandscape.ui.views;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.losslandscape.core.results.CurveTable;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Run;

/**
 * Training curves of every run of the selected experiment file, updated live while a run trains (the file and its
 * results are polled every second off the UI thread). The view menu exports the loss chart as PNG, SVG or CSV.
 */
public final class TrainingCurvesView extends ViewPart {

    /** The view's id, as registered in plugin.xml. */
    public static final String ID = "org.losslandscape.ui.views.curves";

    private CurvesPanel panel;
    private Display display;
    private ExperimentWatcher watcher;
    private volatile Path shown;
    private final ISelectionListener listener = (IWorkbenchPart part, ISelection selection) -> {
        IFile file = Selections.experimentFile(selection);
        if (file != null && file.getLocation() != null) {
            show(file.getLocation().toFile().toPath());
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        panel = new CurvesPanel(parent);
        panel.setEmptyMessage(EmptyMessages.CURVES, EmptyMessages.links(getSite().getPage()));
        display = parent.getDisplay();
        watcher = new ExperimentWatcher(this::reload);
        getSite().getPage().addPostSelectionListener(listener);
        listener.selectionChanged(null, getSite().getPage().getSelection());
        IMenuManager menu = getViewSite().getActionBars().getMenuManager();
        ExportActions.add(menu, "loss chart", () -> getSite().getShell(), panel::lossChart);
        ExportActions.add(menu, "accuracy chart", () -> getSite().getShell(), panel::accuracyChart);
    }

    /** Shows the curves of {@code experimentFile} and follows its changes. */
    public void show(Path experimentFile) {
        shown = experimentFile;
        watcher.watch(experimentFile);
    }

    /** @return the panel (for tests) */
    public CurvesPanel panel() {
        return panel;
    }

    /** Reads the curves off the UI thread and hands them to the panel. */
    private void reload() {
        Path file = shown;
        if (file == null) {
            return;
        }
        Map<String, CurveTable> byRun = new LinkedHashMap<>();
        try {
            Experiment e = ExperimentStore.load(file).experiment();
            Map<String, CurveTable> tables = ResultReader.curves(file, e);
            for (Run r : e.getRuns()) {
                CurveTable t = tables.get(r.getId());
                if (t != null) {
                    byRun.put(r.getVariant() == null ? r.getId() : r.getId() + " (" + r.getVariant() + ")", t);
                }
            }
        } catch (Exception e) {
            return; // a file being replaced or not an experiment: keep what is shown, the next poll retries
        }
        display.asyncExec(() -> {
            if (!panel.control().isDisposed() && file.equals(shown)) {
                panel.setCurves(byRun);
            }
        });
    }

    @Override
    public void setFocus() {
        panel.control().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(listener);
        watcher.stop();
        super.dispose();
    }
}
