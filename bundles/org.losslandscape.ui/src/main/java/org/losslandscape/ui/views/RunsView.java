package org.losslandscape.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.losslandscape.core.results.CurveTable;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.Metric;
import org.losslandscape.model.Run;
import org.losslandscape.ui.jobs.RunDialog;
import org.losslandscape.ui.jobs.RunEvents;
import org.losslandscape.ui.jobs.RunExperimentJob;
import org.losslandscape.ui.preferences.WorkbenchPreferences;

/**
 * The runs of the selected experiment file: id, variant, status, progress, steps, elapsed time and final metrics,
 * updated while runs train: the file and its results are polled (runs of other processes too), and a run of this
 * workbench also moves its row's progress with its {@link RunEvents#PROGRESS} events; the elapsed time of a running
 * run ticks every second. Rows are identified by run id, so a selection survives the updates. Run starts a
 * {@link RunExperimentJob} (again = re-run; with variants, every variant runs); Cancel cancels the file's running
 * jobs, which stop at the next training step.
 */
public final class RunsView extends ViewPart {

    /** The view's id, as registered in plugin.xml. */
    public static final String ID = "org.losslandscape.ui.views.runs";

    private static final int TICK_MILLIS = 1000;
    private static final String[] COLUMNS = {"run", "variant", "status", "progress", "steps", "elapsed",
        "train loss", "val loss", "val acc"};
    private TableViewer viewer;
    private Display display;
    private ExperimentWatcher watcher;
    private RunEventSubscriptions events;
    private volatile IFile file;
    /** Per running run of the shown file: the furthest progress known, from its events or its curves file, in %. */
    private final Map<String, Integer> knownPercent = new ConcurrentHashMap<>();
    /** Per running run of the shown file: its start, in epoch milliseconds, for the ticking elapsed time. */
    private final Map<String, Long> runningSince = new ConcurrentHashMap<>();
    private final Runnable ticker = this::tick;
    private final ISelectionListener listener = (part, selection) -> select(selection);

    /** One row: what the table shows of a run, as text. */
    public record Row(String id, String variant, String status, String progress, String steps, String elapsed,
            String trainLoss, String valLoss, String valAccuracy) {

        String column(int i) {
            return switch (i) {
                case 0 -> id;
                case 1 -> variant;
                case 2 -> status;
                case 3 -> progress;
                case 4 -> steps;
                case 5 -> elapsed;
                case 6 -> trainLoss;
                case 7 -> valLoss;
                default -> valAccuracy;
            };
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        for (int i = 0; i < COLUMNS.length; i++) {
            int column = i;
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(COLUMNS[i]);
            c.getColumn().setWidth(i < 2 ? 110 : 75);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return ((Row) element).column(column);
                }
            });
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparer(new IElementComparer() {
            @Override
            public boolean equals(Object a, Object b) {
                return a instanceof Row ra && b instanceof Row rb ? ra.id().equals(rb.id()) : a.equals(b);
            }

            @Override
            public int hashCode(Object element) {
                return element instanceof Row r ? r.id().hashCode() : element.hashCode();
            }
        });
        viewer.setInput(List.of());
        watcher = new ExperimentWatcher(this::reload);
        // a run started or ended on this machine is listed at once, not at the next poll of the file
        events = new RunEventSubscriptions(getSite().getService(org.eclipse.e4.core.services.events.IEventBroker.class),
                display, () -> viewer.getControl().isDisposed());
        events.subscribe(RunEvents.STARTED, RunEvents.Started.class, e -> checkNow(e.file()));
        events.subscribe(RunEvents.FINISHED, RunEvents.Finished.class, e -> checkNow(e.file()));
        events.subscribe(RunEvents.PROGRESS, RunEvents.Progress.class, this::progressed);
        display.timerExec(TICK_MILLIS, ticker);
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        bar.add(new Action("Run") {
            @Override
            public void run() {
                runSelectedFile();
            }
        });
        bar.add(new Action("Run…") {
            @Override
            public void run() {
                IFile f = file;
                if (f != null) {
                    RunDialog dialog = RunDialog.of(getSite().getShell(), f);
                    if (dialog.open() == org.eclipse.jface.window.Window.OK) {
                        dialog.job().schedule();
                    }
                }
            }
        });
        bar.add(new Action("Cancel") {
            @Override
            public void run() {
                cancelRuns();
            }
        });
        bar.add(new Action("Delete") {
            @Override
            public void run() {
                List<String> ids = selectedRunIds();
                if (!ids.isEmpty() && org.eclipse.jface.dialogs.MessageDialog.openConfirm(getSite().getShell(),
                        "Delete runs", "Delete " + String.join(", ", ids) + " and their result files?")) {
                    deleteRuns(ids);
                }
            }
        });
        getSite().getPage().addPostSelectionListener(listener);
        select(getSite().getPage().getSelection());
    }

    private void select(ISelection selection) {
        IFile f = Selections.experimentFile(selection);
        if (f != null) {
            show(f);
        }
    }

    /** Shows the runs of {@code experiment} and follows them. */
    public void show(IFile experiment) {
        file = experiment;
        knownPercent.clear();
        runningSince.clear();
        setContentDescription(experiment.getFullPath().toString());
        watcher.watch(experiment.getLocation().toFile().toPath());
    }

    /** Starts a run of the shown file; @return its job, or null when no file is shown */
    public RunExperimentJob runSelectedFile() {
        IFile f = file;
        if (f == null) {
            return null;
        }
        RunExperimentJob job = new RunExperimentJob(f, WorkbenchPreferences.runOptions());
        job.schedule();
        return job;
    }

    /**
     * Deletes runs of the shown file in a job: removes them from the file (atomically) and deletes their result
     * folders; a run that is still running is kept.
     *
     * @return the job, or null when no file is shown
     */
    public Job deleteRuns(List<String> ids) {
        IFile f = file;
        if (f == null) {
            return null;
        }
        Job job = new org.eclipse.core.resources.WorkspaceJob("Delete runs of " + f.getName()) {
            @Override
            public org.eclipse.core.runtime.IStatus runInWorkspace(org.eclipse.core.runtime.IProgressMonitor m) {
                Path path = f.getLocation().toFile().toPath();
                try {
                    List<Run> gone = new ArrayList<>();
                    // the file first (read again and saved under the update lock, so that a run writing into it
                    // meanwhile is kept): it never refers to a deleted folder
                    ExperimentStore.update(path, e -> {
                        for (Run r : e.getRuns()) {
                            if (ids.contains(r.getId())
                                    && r.getStatus() != org.losslandscape.model.RunStatus.RUNNING) {
                                gone.add(r);
                            }
                        }
                        e.getComparisons().forEach(c -> c.getRuns().removeAll(gone));
                        e.getRuns().removeAll(gone);
                    });
                    for (Run r : gone) {
                        // only NAME.results/ID, links removed but never followed; an unsafe id deletes nothing
                        org.losslandscape.core.store.ResultPaths.deleteRunFolder(path, r.getId());
                    }
                    f.getParent().refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, m);
                    return org.eclipse.core.runtime.Status.OK_STATUS;
                } catch (Exception x) {
                    return org.eclipse.core.runtime.Status.error("cannot delete runs of " + f.getName() + ": "
                            + x.getMessage(), x);
                }
            }
        };
        job.setRule(org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRuleFactory().modifyRule(
                f.getParent()));
        job.schedule();
        return job;
    }

    /** Cancels the running or waiting run jobs of the shown file. */
    public void cancelRuns() {
        for (Job job : Job.getJobManager().find(RunExperimentJob.FAMILY)) {
            if (job instanceof RunExperimentJob run && run.file().equals(file)) {
                job.cancel();
            }
        }
    }

    /** Selects the rows of these run ids (the others are deselected). */
    public void selectRuns(List<String> ids) {
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(rows().stream()
                .filter(r -> ids.contains(r.id())).toList()));
    }

    /** @return the ids of the selected rows, in table order */
    public List<String> selectedRunIds() {
        List<String> ids = new ArrayList<>();
        for (Object o : viewer.getStructuredSelection().toList()) {
            ids.add(((Row) o).id());
        }
        return ids;
    }

    /** @return the rows shown (for tests) */
    public List<Row> rows() {
        @SuppressWarnings("unchecked")
        List<Row> rows = (List<Row>) viewer.getInput();
        return rows;
    }

    private void checkNow(Path experimentFile) {
        if (isShown(experimentFile)) {
            watcher.checkNow();
        }
    }

    private boolean isShown(Path experimentFile) {
        IFile f = file;
        return f != null && f.getLocation() != null && f.getLocation().toFile().toPath().toAbsolutePath().normalize()
                .equals(experimentFile.toAbsolutePath().normalize());
    }

    /** A run of the shown file progressed: its row says so now (the curves file is written less often). */
    private void progressed(RunEvents.Progress e) {
        if (isShown(e.file()) && e.steps() > 0) {
            knownPercent.merge(e.runId(), percent(e.step(), e.steps()), Math::max);
            updateRunning();
        }
    }

    /** Every second: the elapsed time of running runs moves on. */
    private void tick() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        updateRunning();
        display.timerExec(TICK_MILLIS, ticker);
    }

    /** Rewrites the progress and elapsed time of the running rows (UI thread). */
    private void updateRunning() {
        List<Row> shown = rows();
        List<Row> next = new ArrayList<>(shown.size());
        boolean changed = false;
        for (Row r : shown) {
            Long since = runningSince.get(r.id());
            if (since == null || !r.status().equals("running")) {
                next.add(r);
                continue;
            }
            Integer known = knownPercent.get(r.id());
            Row updated = new Row(r.id(), r.variant(), r.status(), known == null ? r.progress() : known + " %",
                    r.steps(), elapsed(System.currentTimeMillis() - since), r.trainLoss(), r.valLoss(),
                    r.valAccuracy());
            changed |= !updated.equals(r);
            next.add(updated);
        }
        if (changed) {
            viewer.setInput(next);
        }
    }

    private static int percent(long step, long steps) {
        return (int) Math.round(100.0 * step / steps);
    }

    private static String elapsed(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private void reload() {
        IFile f = file;
        if (f == null || f.getLocation() == null) {
            return;
        }
        Path path = f.getLocation().toFile().toPath();
        List<Row> rows = new ArrayList<>();
        try {
            List<String> running = new ArrayList<>();
            for (Run r : ExperimentStore.load(path).experiment().getRuns()) {
                boolean isRunning = r.getStatus() == org.losslandscape.model.RunStatus.RUNNING;
                int percent = progressPercent(path, r);
                if (isRunning) { // the file's progress or the events', whichever is further
                    Integer known = percent >= 0 ? knownPercent.merge(r.getId(), percent, Math::max)
                            : knownPercent.get(r.getId());
                    percent = known == null ? -1 : known;
                }
                rows.add(row(r, percent < 0 ? "" : percent + " %"));
                if (isRunning && r.getStartTime() != null) {
                    running.add(r.getId());
                    runningSince.put(r.getId(), r.getStartTime().getTime());
                }
            }
            runningSince.keySet().retainAll(running);
            knownPercent.keySet().retainAll(running);
        } catch (Exception e) {
            return; // being replaced: the next poll reads it
        }
        display.asyncExec(() -> {
            if (!viewer.getControl().isDisposed() && f.equals(file)) {
                viewer.setInput(rows);
            }
        });
    }

    static Row row(Run r, String progress) {
        long elapsed = r.getStartTime() == null ? 0 : (r.getEndTime() == null ? System.currentTimeMillis()
                : r.getEndTime().getTime()) - r.getStartTime().getTime();
        return new Row(r.getId(), r.getVariant() == null ? "" : r.getVariant(), r.getStatus().getLiteral()
                .toLowerCase(Locale.ROOT), progress, metric(r, "steps", "%.0f"), elapsed(elapsed), metric(r,
                        "train_loss", "%.4g"), metric(r, "validation_loss", "%.4g"), metric(r, "validation_accuracy",
                                "%.3f"));
    }

    /**
     * @return a running run's training progress in percent from the last evaluated step of its curves file and its
     *         planned steps, 100 for a completed run, −1 when there is none to say
     */
    static int progressPercent(Path experimentFile, Run r) {
        if (r.getStatus() == org.losslandscape.model.RunStatus.COMPLETED) {
            return 100;
        }
        if (r.getStatus() != org.losslandscape.model.RunStatus.RUNNING || r.getConfiguration() == null
                || r.getConfiguration().getTraining() == null || r.getConfiguration().getTraining().getSteps() <= 0
                || r.getConfiguration().getTraining().getEpochs() > 0) { // epochs: the planned steps are not recorded
            return -1;
        }
        try {
            CurveTable c = ResultReader.first(DataProviders.CURVES, experimentFile, r);
            if (c != null && c.rows() > 0) {
                double step = c.step()[c.rows() - 1];
                return percent((long) step, r.getConfiguration().getTraining().getSteps());
            }
        } catch (Exception e) {
            return -1; // being rewritten
        }
        return 0;
    }

    private static String metric(Run r, String name, String format) {
        for (Metric m : r.getMetrics()) {
            if (m.getName().equals(name)) {
                return String.format(Locale.ROOT, format, m.getValue());
            }
        }
        return "";
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(listener);
        watcher.stop();
        if (events != null) {
            events.dispose();
        }
        super.dispose();
    }
}
