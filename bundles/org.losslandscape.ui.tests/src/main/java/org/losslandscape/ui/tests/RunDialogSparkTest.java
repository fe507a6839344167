package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.core.backend.BlockFolders;
import org.losslandscape.core.backend.RunTarget;
import org.losslandscape.core.backend.SparkComputeBackend;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.ui.jobs.RunDialog;
import org.losslandscape.ui.jobs.RunExperimentJob;

/**
 * The run dialog in the workbench (OSGi): Apache Spark {@code local[2]} picked for one run of a small experiment
 * with a surface; the job computes the surface on Spark — through a driver JVM of the job jar, since Spark does not
 * run inside the OSGi framework — and the run in the file has the surface of a local run, bit for bit.
 */
class RunDialogSparkTest {

    /** Two moons, a small MLP, 30 steps of Adam, a 13 × 13 surface. */
    private static final String EXPERIMENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <landscape:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:landscape="http://losslandscape.org/model/1.0" \
            name="spark-dialog" seed="7">
              <dataset kind="TWO_MOONS"><parameters key="n_per_class" value="40"/></dataset>
              <network><layers units="12"/><layers kind="RELU"/><layers units="2"/></network>
              <optimizer optimizerId="adam"><hyperParameters key="lr" value="0.01"/></optimizer>
              <training steps="30" evaluateEvery="10"/>
              <analyses xsi:type="landscape:SurfaceAnalysis" name="plane" directionKind="FILTER_NORMALISED" \
            resolution="13"/>
            </landscape:Experiment>
            """;

    private static double[] surface(Path file, Run run) throws Exception {
        String uri = run.getResults().stream().filter(r -> r.getKind() == ResultKind.SURFACE).findFirst()
                .orElseThrow(() -> new AssertionError(run.getId() + " stored no surface: " + run.getMessage()))
                .getUri();
        return Npy.read(ResultFiles.resolve(file, uri)).data();
    }

    @Test
    void theDialogRunsASurfaceOnSparkLocalTwo() throws Exception {
        Path module = Path.of(System.getProperty("losslandscape.bundles", ".."), "org.losslandscape.spark", "target");
        Path cp = module.resolve("spark-classpath.txt");
        assertTrue(Files.isRegularFile(cp), "the Spark job module builds before the UI tests: " + cp);
        System.setProperty(SparkComputeBackend.CLASSPATH_PROPERTY, module.resolve("classes") + java.io.File
                .pathSeparator + Files.readString(cp).trim());
        try {
            IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("spark-dialog");
            if (!project.exists()) {
                project.create(null);
            }
            project.open(null);
            Path dir = project.getLocation().toFile().toPath();
            Files.writeString(dir.resolve("surface.landscape"), EXPERIMENT);
            Files.writeString(dir.resolve("local.landscape"), EXPERIMENT);
            project.refreshLocal(1, null);
            IFile file = project.getFile("surface.landscape");

            RunDialog dialog = RunDialog.of(Display.getCurrent().getActiveShell(), file);
            dialog.setBlockOnOpen(false);
            dialog.open();
            dialog.chooseSpark("local[2]");
            dialog.chooseRuns(1, 5L);
            UiTestSupport.spin(100);
            UiTestSupport.screenshot(dialog.getShell(), "run-dialog-spark");
            dialog.run();
            assertEquals(Window.OK, dialog.getReturnCode());
            assertEquals(RunTarget.spark("local[2]"), dialog.target());
            assertEquals(List.of(5L), dialog.options().seeds());

            RunExperimentJob job = dialog.job();
            job.schedule();
            while (job.getResult() == null) {
                UiTestSupport.spin(50);
            }
            assertTrue(job.getResult().isOK(), job.getResult().toString());
            assertEquals(1, job.reports().size());
            assertEquals(RunStatus.COMPLETED, job.reports().get(0).status(), job.reports().get(0).message());
            assertEquals("spark", job.reports().get(0).backend());

            Path path = dir.resolve("surface.landscape");
            Run run = ExperimentStore.load(path).experiment().getRuns().get(0);
            assertEquals("spark", run.getBackend());
            Path local = dir.resolve("local.landscape");
            new ExperimentRunner().run(local, new RunOptions(2, 1, List.of(5L)), null);
            assertArrayEquals(surface(local, ExperimentStore.load(local).experiment().getRuns().get(0)), surface(path,
                    run), "the surface computed on Spark is the local one, bit for bit");
            assertFalse(Files.exists(BlockFolders.of(path).root()), "the merged surface left no block folder");
        } finally {
            System.clearProperty(SparkComputeBackend.CLASSPATH_PROPERTY);
        }
    }
}
