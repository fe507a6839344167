package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Metric;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.ui.jobs.RunExperimentJob;
import org.losslandscape.ui.views.RunsView;

/**
 * Pressing Run twice on the mode-connectivity template in the Runs view gives two different solutions (the second
 * run takes the next unused seed) and a barrier between them, not a comparison of a run with its identical twin.
 */
class RunTwiceTest {

    @Test
    void runPressedTwiceConnectsTwoDifferentSolutions() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("twice");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("mc.landscape");
        Path path = file.getLocation().toFile().toPath();
        Experiment e = Templates.find("mode-connectivity").orElseThrow().create();
        e.getTraining().setSteps(300); // shorter than the template's, the barrier is already there
        ExperimentStore.save(e, path);
        file.refreshLocal(0, new NullProgressMonitor());

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RunsView runs = (RunsView) page.showView(RunsView.ID);
        runs.show(file);
        for (int press = 0; press < 2; press++) {
            RunExperimentJob job = runs.runSelectedFile();
            assertNotNull(job);
            while (job.getResult() == null) {
                UiTestSupport.spin(20);
            }
            assertTrue(job.getResult().isOK(), job.getResult().toString());
            assertEquals(RunStatus.COMPLETED, job.reports().get(0).status(), job.reports().get(0).message());
            assertEquals(5 + press, job.reports().get(0).seed(), "each press takes the next unused seed");
        }
        Run second = ExperimentStore.load(path).experiment().getRuns().get(1);
        double barrier = second.getMetrics().stream().filter(m -> m.getName().endsWith(".barrier_linear"))
                .mapToDouble(Metric::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no barrier: " + second.getMessage()));
        assertTrue(barrier > 1e-3, "two solutions from different seeds have a barrier: " + barrier);
        UiTestSupport.spin(1500); // the view polls every second
        assertEquals(2, runs.rows().size());
    }
}
