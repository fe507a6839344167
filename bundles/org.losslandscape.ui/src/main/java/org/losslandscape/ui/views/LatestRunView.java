package org.losslandscape.ui.views;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Run;

/**
 * A view of the results of the selected experiment's latest completed run. It follows the workbench selection,
 * polls the file and its results off the UI thread, reads what it shows there ({@link #read}) and draws it on the
 * UI thread ({@link #draw}); with no completed run it draws {@code null}.
 *
 * @param <T> what the view reads from a run
 */
abstract class LatestRunView<T> extends ViewPart {

    private Display display;
    private ExperimentWatcher watcher;
    private volatile Path shown;
    /** What was last drawn: the file, the latest completed run and its result count; unchanged means no redraw. */
    private volatile String drawn = "";
    private final ISelectionListener listener = (part, selection) -> {
        IFile f = Selections.experimentFile(selection);
        if (f != null && f.getLocation() != null) {
            show(f.getLocation().toFile().toPath());
        }
    };

    @Override
    public final void createPartControl(Composite parent) {
        display = parent.getDisplay();
        createControls(parent);
        watcher = new ExperimentWatcher(this::reload);
        getSite().getPage().addPostSelectionListener(listener);
        listener.selectionChanged(null, getSite().getPage().getSelection());
    }

    /** Creates the view's widgets. */
    protected abstract void createControls(Composite parent);

    /**
     * Reads what the view shows from a run; called off the UI thread.
     *
     * @throws Exception when the results cannot be read now (the next poll tries again)
     */
    protected abstract T read(Path experimentFile, Run run) throws Exception;

    /** Draws what {@link #read} returned, or clears the view for null; called on the UI thread. */
    protected abstract void draw(T data);

    /** @return the experiment file shown, or null */
    protected Path shown() {
        return shown;
    }

    /** @return whether {@code file} (as a run event names it: absolute, normalised) is the file shown */
    protected boolean isShown(Path file) {
        Path s = shown;
        return s != null && s.toAbsolutePath().normalize().equals(file);
    }

    /** Reads and draws the latest completed run again at the next poll, even if it seems unchanged. */
    protected void redrawFromFile() {
        drawn = "";
        Path file = shown;
        if (file != null) {
            watcher.watch(file);
        }
    }

    /** Shows the results of {@code experimentFile} and follows its new runs. */
    public void show(Path experimentFile) {
        shown = experimentFile;
        drawn = "";
        watcher.watch(experimentFile);
    }

    private void reload() {
        Path file = shown;
        if (file == null) {
            return;
        }
        T data;
        String key;
        try {
            Experiment e = ExperimentStore.load(file).experiment();
            Run run = ResultReader.lastCompleted(e);
            // a completed run's results no longer change: while another run trains, nothing needs redrawing
            key = file + "|" + (run == null ? "" : run.getId() + "|" + run.getResults().size()) + "|" + e.getRuns()
                    .size();
            if (key.equals(drawn)) {
                return;
            }
            data = run == null ? null : read(file, run);
        } catch (Exception e) {
            return; // being written: the next poll reads it
        }
        drawn = key;
        display.asyncExec(() -> {
            if (!display.isDisposed() && file.equals(shown) && !isDisposedView()) {
                draw(data);
            }
        });
    }

    /** @return whether the view's widgets are gone */
    protected abstract boolean isDisposedView();

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(listener);
        watcher.stop();
        super.dispose();
    }
}
