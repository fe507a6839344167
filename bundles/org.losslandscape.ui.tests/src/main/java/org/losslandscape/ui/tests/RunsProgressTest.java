package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import org.losslandscape.model.RunStatus;
import org.losslandscape.ui.jobs.RunExperimentJob;
import org.losslandscape.ui.views.RunsView;

/**
 * The Runs view shows how far a running run is while it trains, not only when its files change: a long run that
 * evaluates only at its start and end (so its curves file says step 0 until it ends) moves its row's progress through
 * several percentages with its progress events, its elapsed time ticks, and a selected row stays selected through
 * the updates. The run is cancelled once that was seen, so the test takes a few seconds on any machine.
 */
class RunsProgressTest {

    private static final long STEPS = 200_000;

    @Test
    void aRunningRowMovesWithTheRunAndKeepsItsSelection() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("runs-progress");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("long.landscape");
        Path path = file.getLocation().toFile().toPath();
        Experiment e = Templates.find("tour").orElseThrow().create();
        e.getAnalyses().clear();
        e.getTraining().setSteps(STEPS);
        e.getTraining().setEvaluateEvery(0); // evaluated at step 0 and at the end only
        e.getTraining().setCheckpointEvery(0);
        ExperimentStore.save(e, path);
        file.refreshLocal(0, new NullProgressMonitor());

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RunsView runs = (RunsView) page.showView(RunsView.ID);
        runs.show(file);
        UiTestSupport.spin(300);
        RunExperimentJob job = runs.runSelectedFile();
        assertNotNull(job);

        List<String> progress = new ArrayList<>();
        List<String> elapsed = new ArrayList<>();
        boolean selected = false;
        boolean selectionKept = true;
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (job.getResult() == null && System.nanoTime() < deadline) {
            Optional<RunsView.Row> row = runs.rows().stream().filter(r -> r.status().equals("running")).findFirst();
            if (row.isPresent()) {
                if (!selected) {
                    runs.selectRuns(List.of(row.get().id()));
                    selected = true;
                }
                selectionKept &= runs.selectedRunIds().equals(List.of(row.get().id()));
                add(progress, row.get().progress());
                add(elapsed, row.get().elapsed());
                if (progress.stream().filter(p -> !p.isEmpty() && !p.equals("0 %")).count() >= 3 && elapsed.size() >= 3) {
                    UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                            "runs-progress");
                    break;
                }
            }
            UiTestSupport.spin(20);
        }
        job.cancel();
        while (job.getResult() == null) {
            UiTestSupport.spin(20);
        }
        System.out.println("runs view while the run trained: progress " + progress + ", elapsed " + elapsed);
        assertTrue(selected, "the run was listed as running");
        assertEquals(RunStatus.CANCELLED, job.reports().get(0).status(), "cancelled after the checks, not finished");
        List<Integer> percents = progress.stream().filter(p -> !p.isEmpty()).map(p -> Integer.valueOf(
                p.replace(" %", ""))).toList();
        assertTrue(percents.stream().filter(p -> p > 0).count() >= 3, "several percentages while the curves file "
                + "still said step 0: " + progress);
        for (int i = 1; i < percents.size(); i++) {
            assertTrue(percents.get(i) > percents.get(i - 1), "the progress only grows: " + progress);
        }
        assertTrue(percents.get(percents.size() - 1) < 100, "seen before the end: " + progress);
        assertTrue(elapsed.size() >= 3, "the elapsed time ticks: " + elapsed);
        assertTrue(selectionKept, "the selected row stayed selected through the updates");
        // once cancelled, the row says so from the file
        for (long end = System.nanoTime() + 5_000_000_000L; System.nanoTime() < end && !(runs.rows().size() == 1
                && runs.rows().get(0).status().equals("cancelled")); ) {
            UiTestSupport.spin(50);
        }
        assertEquals("cancelled", runs.rows().get(0).status());
    }

    /** Adds {@code value} when it differs from the last one added. */
    private static void add(List<String> seen, String value) {
        if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(value)) {
            seen.add(value);
        }
    }
}
