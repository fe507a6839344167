package org.losslandscape.ui.editor;

import java.io.IOException;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IGotoMarker;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.FeatureCopy;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapePackage;

/**
 * The experiment editor: a multi-page form editor of a {@code .landscape} file. Every change goes through an EMF
 * command stack, so Edit → Undo/Redo work and the editor is dirty exactly when the stack is past its save point.
 * After loading and after each save the experiment is checked off the UI thread and its problems become markers
 * (Problems view).
 */
public final class ExperimentEditor extends FormEditor implements IGotoMarker {

    /** The editor's id, as registered in plugin.xml. */
    public static final String ID = "org.losslandscape.ui.editor";
    /** The marker type of experiment problems (a problem marker, not persistent). */
    public static final String MARKER = "org.losslandscape.ui.problem";
    /** Marker attribute: the id of the editor page that edits the element at fault. */
    public static final String PAGE = "page";
    /** Marker attribute: the element at fault, as its URI fragment in the file (e.g. //@network/@layers.0). */
    public static final String ELEMENT = "element";

    private AdapterFactoryEditingDomain domain;
    private Resource resource;
    private IFile file;
    private final List<Runnable> refreshers = new java.util.ArrayList<>();
    private final Action undo = new Action("Undo") {
        @Override
        public void run() {
            undo();
        }
    };
    private final Action redo = new Action("Redo") {
        @Override
        public void run() {
            redo();
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException("the experiment editor opens .landscape files of the workspace");
        }
        super.init(site, input);
        file = fileInput.getFile();
        setPartName(file.getName());
        BasicCommandStack stack = new BasicCommandStack();
        try {
            resource = ExperimentStore.load(path()).experiment().eResource();
        } catch (ExperimentLoadException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack, resource
                .getResourceSet());
        stack.addCommandStackListener(new CommandStackListener() {
            @Override
            public void commandStackChanged(EventObject event) {
                getContainer().getDisplay().asyncExec(ExperimentEditor.this::changed);
            }
        });
        undo.setEnabled(false);
        redo.setEnabled(false);
        check();
    }

    private OverviewPage overview;
    private NetworkPage network;
    private OptimizerPage optimizer;
    private DataPage data;
    private AnalysesPage analyses;
    private TrainingPage training;

    @Override
    protected void addPages() {
        try {
            overview = new OverviewPage(this);
            network = new NetworkPage(this);
            optimizer = new OptimizerPage(this);
            data = new DataPage(this);
            analyses = new AnalysesPage(this);
            training = new TrainingPage(this);
            addPage(overview);
            addPage(data);
            addPage(network);
            addPage(optimizer);
            addPage(training);
            addPage(analyses);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the control of the page with that id (overview, data, network, optimizer, training, analyses), or null */
    public org.eclipse.swt.widgets.Control pageControl(String pageId) {
        org.eclipse.ui.forms.editor.IFormPage page = findPage(pageId);
        return page == null ? null : page.getPartControl();
    }

    /** @return the Overview page */
    public OverviewPage overviewPage() {
        return overview;
    }

    /** @return the Analyses page */
    public AnalysesPage analysesPage() {
        return analyses;
    }

    /** @return the Training page */
    public TrainingPage trainingPage() {
        return training;
    }

    /** @return the Data page */
    public DataPage dataPage() {
        return data;
    }

    /** @return the Optimizer page */
    public OptimizerPage optimizerPage() {
        return optimizer;
    }

    /** @return the Network page */
    public NetworkPage networkPage() {
        return network;
    }

    /** @return the experiment being edited */
    public Experiment experiment() {
        return (Experiment) resource.getContents().get(0);
    }

    /** @return the Undo action of this editor's command stack (the contributor installs it) */
    Action undoAction() {
        return undo;
    }

    /** @return the Redo action of this editor's command stack */
    Action redoAction() {
        return redo;
    }

    /** @return the file being edited */
    public IFile file() {
        return file;
    }

    /** @return the command stack (for tests and the pages) */
    public CommandStack commandStack() {
        return domain.getCommandStack();
    }

    /** @return the editing domain the pages create commands with */
    AdapterFactoryEditingDomain domain() {
        return domain;
    }

    /** Runs a command on the stack (so that it can be undone) if it can execute. */
    void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /** Registers a page's refresh, called after every change, undo and redo. */
    void onChange(Runnable refresher) {
        refreshers.add(refresher);
    }

    /** Undoes the last change, if any. */
    public void undo() {
        if (commandStack().canUndo()) {
            commandStack().undo();
        }
    }

    /** Redoes the last undone change, if any. */
    public void redo() {
        if (commandStack().canRedo()) {
            commandStack().redo();
        }
    }

    private void changed() {
        undo.setEnabled(commandStack().canUndo());
        redo.setEnabled(commandStack().canRedo());
        refreshers.forEach(Runnable::run);
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    private java.nio.file.Path path() {
        return file.getLocation().toFile().toPath();
    }

    /**
     * Saves the configuration: the file is read again and everything but its runs and comparisons is replaced by
     * the editor's, under the lock of {@link ExperimentStore#update}, so that runs written meanwhile (by a job or a
     * command-line run, which write only their own run the same way) are kept; the write is atomic.
     */
    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            Experiment mine = experiment();
            ExperimentStore.update(path(), onDisk -> FeatureCopy.overwrite(mine, onDisk, java.util.Set.of(
                    LandscapePackage.Literals.EXPERIMENT__RUNS, LandscapePackage.Literals.EXPERIMENT__COMPARISONS)));
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
            file.refreshLocal(IResource.DEPTH_ZERO, monitor);
            check();
        } catch (IOException | CoreException | ExperimentLoadException | RuntimeException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Save", "Cannot save "
                    + file.getName() + ": " + e.getMessage());
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException("Save As is not offered; copy the file in the Project Explorer");
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /**
     * @return the id of the page that edits {@code element}: found from the experiment feature that contains it
     */
    static String pageOf(org.eclipse.emf.ecore.EObject element) {
        org.eclipse.emf.ecore.EObject e = element;
        while (e != null && e.eContainer() != null && !(e.eContainer() instanceof Experiment)) {
            e = e.eContainer();
        }
        if (e == null || e.eContainingFeature() == null) {
            return "overview";
        }
        return switch (e.eContainingFeature().getName()) {
            case "dataset" -> "data";
            case "network" -> "network";
            case "optimizer" -> "optimizer";
            case "training" -> "training";
            case "analyses" -> "analyses";
            default -> "overview";
        };
    }

    /** @return the id of the page in front: overview, data, network, optimizer, training or analyses */
    public String activePageId() {
        return getActivePageInstance() == null ? "" : getActivePageInstance().getId();
    }

    /** Opens the page of the marker's element (double-click in the Problems view). */
    @Override
    public void gotoMarker(IMarker marker) {
        setActivePage(marker.getAttribute(PAGE, "overview"));
        String fragment = marker.getAttribute(ELEMENT, "");
        org.eclipse.emf.ecore.EObject element = fragment.isEmpty() ? null : resource.getEObject(fragment);
        if (element != null) {
            network.reveal(element);
            analyses.reveal(element);
        }
    }

    /** Checks the saved file off the UI thread (it may read data files) and replaces its problem markers. */
    void check() {
        IFile target = file;
        WorkspaceJob job = new WorkspaceJob("Check " + target.getName()) {
            @Override
            public org.eclipse.core.runtime.IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                List<ExperimentProblem> problems;
                try {
                    Experiment e = ExperimentStore.load(target.getLocation().toFile().toPath()).experiment();
                    problems = new ExperimentCompiler().check(e);
                } catch (Exception e) {
                    problems = List.of(new ExperimentProblem(null, e.getMessage()));
                }
                target.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
                for (ExperimentProblem p : problems) {
                    IMarker m = target.createMarker(MARKER);
                    m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
                    m.setAttribute(IMarker.MESSAGE, p.message());
                    m.setAttribute(IMarker.LOCATION, p.element() == null ? "experiment"
                            : p.element().eClass().getName());
                    m.setAttribute(PAGE, pageOf(p.element()));
                    if (p.element() != null && p.element().eResource() != null) {
                        m.setAttribute(ELEMENT, p.element().eResource().getURIFragment(p.element()));
                    }
                }
                org.eclipse.swt.widgets.Display display = getSite().getShell().getDisplay();
                display.asyncExec(() -> {
                    if (!display.isDisposed() && getContainer() != null && !getContainer().isDisposed()) {
                        changed(); // the problem count on the Overview page
                    }
                });
                return Status.OK_STATUS;
            }
        };
        job.setRule(target);
        job.setSystem(true);
        job.schedule();
    }
}
