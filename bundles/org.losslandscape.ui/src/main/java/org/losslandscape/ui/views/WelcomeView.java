package org.losslandscape.ui.views;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.part.ViewPart;
import org.losslandscape.model.RunStatus;
import org.losslandscape.ui.jobs.RunExperimentJob;
import org.losslandscape.ui.preferences.WorkbenchPreferences;
import org.losslandscape.ui.wizards.NewExperimentWizard;
import org.losslandscape.ui.wizards.TourProject;

/**
 * The first-run page: one button creates the {@link TourProject} and runs it as a job; the Training Curves view
 * follows the run live and the Landscape view shows its analyses when it ends. The workbench shows this view when
 * the workspace has no projects; Help → Welcome opens it at any time.
 */
public final class WelcomeView extends ViewPart {

    /** The view's id, as registered in plugin.xml. */
    public static final String ID = "org.losslandscape.ui.views.welcome";

    /** The views that show the tour's results, in the order they are opened. */
    private static final List<String> RESULT_VIEWS = List.of(TrainingCurvesView.ID, LandscapeView.ID, SpectrumView.ID,
            SharpnessView.ID);

    private FormToolkit toolkit;
    private ScrolledForm form;
    private Button tour;
    private Label status;
    private volatile RunExperimentJob job;

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText("Welcome to the Loss Landscape Workbench");
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        wrapped(body, "See what training does: the tour trains a small network (an MLP on two moons) for a few "
                + "seconds, then draws its loss landscape on the plane of the optimizer's path, the Hessian's "
                + "spectrum and the sharpness.");
        tour = toolkit.createButton(body, "Create the tour project and run it", SWT.PUSH);
        tour.setToolTipText("Creates the project '" + TourProject.PROJECT + "' with " + TourProject.FILE
                + " (the tour template) and runs it; the charts fill as it trains");
        tour.addListener(SWT.Selection, e -> runTour());
        status = toolkit.createLabel(body, "", SWT.WRAP);
        status.setLayoutData(wide());
        wrapped(body, "Afterwards: double-click " + TourProject.FILE + " in the Project Explorer to change the "
                + "network, the optimizer or the analyses, and run it again from the editor's Overview page or the "
                + "Runs view. Every run adds to the same file.");
        Button other = toolkit.createButton(body, "New experiment from a template…", SWT.PUSH);
        other.addListener(SWT.Selection, e -> newExperiment());
        form.reflow(true);
    }

    private void wrapped(Composite body, String text) {
        Label label = toolkit.createLabel(body, text, SWT.WRAP);
        label.setLayoutData(wide());
    }

    private static GridData wide() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 300;
        return data;
    }

    private void newExperiment() {
        NewExperimentWizard wizard = new NewExperimentWizard();
        wizard.init(getSite().getWorkbenchWindow().getWorkbench(), StructuredSelection.EMPTY);
        new WizardDialog(getSite().getShell(), wizard).open();
    }

    /**
     * Creates the tour project (or takes the existing one), shows its file in the Project Explorer and in the result
     * views, and runs it.
     *
     * @return the job running the tour, or null if the project could not be created (the view says why)
     */
    public RunExperimentJob runTour() {
        IFile file;
        try {
            file = TourProject.create(ResourcesPlugin.getWorkspace().getRoot(), null);
        } catch (Exception e) {
            setStatus("Cannot create the tour project: " + e.getMessage());
            return null;
        }
        IWorkbenchPage page = getSite().getPage();
        reveal(page, file);
        Path path = file.getLocation().toFile().toPath();
        for (String id : RESULT_VIEWS) {
            IViewPart view = showQuietly(page, id, IWorkbenchPage.VIEW_CREATE);
            if (view instanceof TrainingCurvesView v) {
                v.show(path);
            } else if (view instanceof LatestRunView<?> v) {
                v.show(path);
            }
        }
        if (showQuietly(page, RunsView.ID, IWorkbenchPage.VIEW_VISIBLE) instanceof RunsView runs) {
            runs.show(file);
        }
        // in front of this view (the same folder): VIEW_VISIBLE would leave it behind
        showQuietly(page, TrainingCurvesView.ID, IWorkbenchPage.VIEW_ACTIVATE);
        RunExperimentJob run = new RunExperimentJob(file, WorkbenchPreferences.runOptions());
        Display display = tour.getDisplay();
        run.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                display.asyncExec(() -> finished(page, run, event.getResult()));
            }
        });
        job = run;
        tour.setEnabled(false);
        setStatus("Training the tour (" + TourProject.PROJECT + "/" + TourProject.FILE + "): the Training Curves view "
                + "follows it; its landscape, spectrum and sharpness follow when it ends.");
        run.schedule();
        return run;
    }

    private void finished(IWorkbenchPage page, RunExperimentJob run, IStatus result) {
        if (tour.isDisposed()) {
            return;
        }
        tour.setEnabled(true);
        tour.setText("Run the tour again");
        form.reflow(true);
        boolean completed = !run.reports().isEmpty() && run.reports().get(0).status() == RunStatus.COMPLETED;
        if (completed) {
            setStatus("Done: " + run.reports().get(0).runId() + " of the tour is trained and analysed. The Landscape, "
                    + "Spectrum and Sharpness views show it (tabs beside Training Curves).");
            if (page.getWorkbenchWindow().getShell() != null && !page.getWorkbenchWindow().getShell().isDisposed()) {
                showQuietly(page, LandscapeView.ID, IWorkbenchPage.VIEW_ACTIVATE);
            }
        } else {
            setStatus("The tour did not complete: " + result.getMessage());
        }
    }

    private static void reveal(IWorkbenchPage page, IFile file) {
        IViewPart explorer = page.findView(IPageLayout.ID_PROJECT_EXPLORER);
        if (explorer instanceof ISetSelectionTarget target) {
            target.selectReveal(new StructuredSelection(file));
        }
    }

    private static IViewPart showQuietly(IWorkbenchPage page, String id, int mode) {
        try {
            return page.showView(id, null, mode);
        } catch (PartInitException e) {
            return null; // a view that cannot open leaves the others
        }
    }

    private void setStatus(String text) {
        status.setText(text);
        form.reflow(true);
    }

    /** @return the status line (for tests) */
    public String status() {
        return status.getText();
    }

    /** @return the job of the last tour started here, or null (for tests) */
    public RunExperimentJob job() {
        return job;
    }

    /** @return the button that creates and runs the tour (for tests) */
    public Button tourButton() {
        return tour;
    }

    @Override
    public void setFocus() {
        tour.setFocus();
    }

    @Override
    public void dispose() {
        toolkit.dispose();
        super.dispose();
    }
}
