package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.compile.Variants;
import org.losslandscape.core.run.RunReport;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.core.verify.TemplateChecks;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.HessianAnalysis;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.Variant;
import org.losslandscape.ui.jobs.RunExperimentJob;
import org.losslandscape.ui.views.LandscapeView;
import org.losslandscape.ui.views.RunsView;
import org.losslandscape.ui.views.TrainingCurvesView;
import org.losslandscape.ui.wizards.NewExperimentWizard;

/**
 * The image and sequence templates run in the workbench: each is created with the New Experiment wizard, shrunk as
 * {@code landscape verify --quick} shrinks it (its checks file's quick settings) and further to a few steps without
 * the Hessian analyses, run as a
 * job from the Runs view, and its results are shown — the landscapes and the curvature map of {@code cnn-shapes} and
 * {@code skip-connections}, the training curves of {@code transformer-grokking}.
 */
class TemplateRunsTest {

    /** The steps each template trains here: enough for curves and a trained point, small enough for ≤ 60 s in all. */
    private static final Map<String, Integer> STEPS = Map.of("cnn-shapes", 60, "skip-connections", 20,
            "transformer-grokking", 200);

    @Test
    void theImageAndSequenceTemplatesRunFromTheWizardAndShowTheirResults() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("template-runs");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RunsView runs = (RunsView) page.showView(RunsView.ID);

        Path cnn = createAndRun(project, runs, "cnn-shapes");
        LandscapeView landscape = (LandscapeView) page.showView(LandscapeView.ID);
        landscape.show(cnn);
        ChartSpec surface = UiTestSupport.await(() -> landscape.chart().spec(), s -> s.heatmap() != null);
        assertEquals(5, surface.heatmap().nx(), "the quick version's 5 × 5 landscape");
        assertTrue(finite(surface.heatmap().values()) == 25, "every point has a loss");
        UiTestSupport.spin(200);
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                "template-cnn-shapes");

        Path skip = createAndRun(project, runs, "skip-connections");
        landscape.show(skip);
        UiTestSupport.await(() -> landscape.chart().spec(), s -> s.heatmap() != null
                && landscape.surfaceNames().stream().anyMatch(n -> n.endsWith("-ratio")));
        List<String> names = landscape.surfaceNames();
        assertTrue(names.contains("landscape"), names.toString());
        String ratio = names.stream().filter(n -> n.endsWith("-ratio")).findFirst().orElseThrow();
        landscape.select(ratio);
        ChartSpec map = UiTestSupport.await(() -> landscape.chart().spec(), s -> s.title().contains("λ_min/λ_max"));
        assertTrue(map.heatmap().nx() >= 2 && finite(map.heatmap().values()) > 0, "the curvature map has values");
        UiTestSupport.spin(200);
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                "template-skip-connections-curvature");

        Path grok = createAndRun(project, runs, "transformer-grokking");
        TrainingCurvesView curves = (TrainingCurvesView) page.showView(TrainingCurvesView.ID);
        curves.show(grok);
        ISeries<?>[] loss = new ISeries<?>[0];
        for (int i = 0; i < 200 && loss.length < 2; i++) {
            UiTestSupport.spin(25);
            loss = curves.panel().lossChart().chart().getSeriesSet().getSeries();
        }
        assertEquals(2, loss.length, "training and validation loss");
        int every = ExperimentStore.load(grok).experiment().getTraining().getEvaluateEvery();
        assertEquals(STEPS.get("transformer-grokking") / every + 1, loss[0].getXSeries().length);
        assertTrue(loss[0].getYSeries()[loss[0].getYSeries().length - 1] < loss[0].getYSeries()[0],
                "the training loss falls");
        UiTestSupport.spin(200);
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                "template-transformer-grokking");
    }

    /** Creates the template with the wizard, shrinks it, runs it from the Runs view and waits for every run. */
    private static Path createAndRun(IProject project, RunsView runs, String template) throws Exception {
        long started = System.nanoTime();
        NewExperimentWizard wizard = new NewExperimentWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(Display.getCurrent().getActiveShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.page().selectTemplate(template);
        assertTrue(wizard.performFinish());
        dialog.close();
        IFile file = wizard.created();
        assertNotNull(file);
        Path path = file.getLocation().toFile().toPath();

        Experiment e = ExperimentStore.load(path).experiment();
        TemplateChecks checks = TemplateChecks.of(Templates.find(template).orElseThrow()).orElseThrow();
        for (TemplateChecks.Setting s : checks.quickSettings()) {
            boolean applied = Variants.setting(e, s.path(), s.value()) == null;
            for (Variant v : e.getVariants()) {
                applied |= Variants.setting(v, s.path(), s.value()) == null;
            }
            assertTrue(applied, template + ": quick setting " + s.path());
        }
        // the converged Lanczos of the Hessian analyses is the slow part at this scale; verify and the core's tests run it
        e.getAnalyses().removeIf(HessianAnalysis.class::isInstance);
        String steps = String.valueOf(STEPS.get(template));
        assertNull(Variants.setting(e, "training.steps", steps));
        for (Variant v : e.getVariants()) {
            Variants.setting(v, "training.steps", steps); // a variant without its own training keeps the experiment's
        }
        ExperimentStore.save(e, path);
        file.refreshLocal(0, new NullProgressMonitor());

        runs.show(file);
        RunExperimentJob job = runs.runSelectedFile();
        assertNotNull(job);
        while (job.getResult() == null) {
            UiTestSupport.spin(50);
        }
        assertTrue(job.getResult().isOK(), template + ": " + job.getResult());
        int expected = Math.max(1, e.getVariants().size());
        assertEquals(expected, job.reports().size(), template + ": one run per variant");
        for (RunReport r : job.reports()) {
            assertEquals(RunStatus.COMPLETED, r.status(), template + ": " + r);
        }
        UiTestSupport.spin(1200); // the Runs view polls every second
        assertEquals(expected, runs.rows().size(), template + " in the Runs view");
        assertTrue(runs.rows().stream().allMatch(row -> row.status().equals("completed")), runs.rows().toString());
        System.out.println("template-runs: " + template + " created and run in the workbench in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return path;
    }

    private static int finite(double[] values) {
        int n = 0;
        for (double v : values) {
            n += Double.isFinite(v) ? 1 : 0;
        }
        return n;
    }
}
