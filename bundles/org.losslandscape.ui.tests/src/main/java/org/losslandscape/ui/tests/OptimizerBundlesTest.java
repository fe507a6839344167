package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.run.RunReport;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.services.PluginFolder;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.Metric;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.ui.editor.ExperimentEditor;
import org.losslandscape.ui.jobs.RunExperimentJob;
import org.losslandscape.ui.wizards.NewExperimentWizard;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Hot-plug for real: the example optimizer bundles, as built by the reactor (their jars, not their classes), are
 * installed into this running workbench through a plug-in folder, run experiments with the workbench's run job (the
 * edge-of-stability analysis takes AdaHessian's declared threshold, and says that Lion declares none), appear in the
 * open editor's optimizer list and as SAM's bases; then their jars are removed, and they leave the registry and the
 * list, and a file naming one says which bundle to install again.
 */
class OptimizerBundlesTest {

    private static final List<String> EXAMPLES = List.of("lion", "adahessian");

    /** @return the jar the reactor built for {@code bundle} (its folder is given by the test's pom) */
    private static Path builtJar(String bundle) throws IOException {
        Path target = Path.of(System.getProperty("losslandscape.bundles")).resolve(bundle).resolve("target");
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, bundle + "-*.jar")) {
            for (Path jar : jars) {
                if (!jar.getFileName().toString().contains("-sources")) {
                    return jar;
                }
            }
        }
        throw new IOException("no jar of " + bundle + " in " + target + ": build the reactor first");
    }

    private static boolean installed(String id) {
        return CoreServices.optimizers().find(id).isPresent();
    }

    private static void await(BooleanSupplier condition, String what) {
        for (int i = 0; i < 400 && !condition.getAsBoolean(); i++) {
            UiTestSupport.spin(25);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    @Test
    void optimizerBundlesComeAndGoFromThePluginFolder() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(OptimizerBundlesTest.class).getBundleContext();
        FrameworkUtil.getBundle(CoreServices.class).start(Bundle.START_TRANSIENT);
        await(CoreServices::isActive, "the core's services are active");
        for (String id : EXAMPLES) {
            assertFalse(installed(id), id + " is not part of the test runtime");
        }
        Path folder = Files.createTempDirectory("plugins");
        ExperimentEditor editor = openEditor();
        IFile eosFile = editor.getEditorInput().getAdapter(IFile.class).getProject().getFile("eos.landscape");
        Path eos = eosFile.getLocation().toFile().toPath();
        assertFalse(editor.optimizerPage().choices().contains("lion"), editor.optimizerPage().choices().toString());

        Files.copy(builtJar("org.losslandscape.optim.lion"), folder.resolve("lion.jar"));
        Files.copy(builtJar("org.losslandscape.optim.adahessian"), folder.resolve("adahessian.jar"));
        PluginFolder.Result added = PluginFolder.sync(context, folder);
        assertEquals(List.of(), added.problems());
        assertEquals(2, added.installed().size(), added.installed().toString());
        await(() -> EXAMPLES.stream().allMatch(OptimizerBundlesTest::installed), "both optimizers registered");
        await(() -> editor.optimizerPage().choices().containsAll(EXAMPLES), "the open editor lists them: "
                + editor.optimizerPage().choices());
        Optimizer sam = CoreServices.optimizers().require("sam");
        assertTrue(sam.hyperParameters().get(0).choices().containsAll(EXAMPLES), "SAM's bases in OSGi");
        assertEquals(3, sam.create(3, Map.of("base", "lion")).dimension());
        assertEquals(List.of(), PluginFolder.sync(context, folder).installed(), "nothing changed, nothing done");

        Run lion = runEdgeOfStability(eosFile, "lion", "0.001");
        assertTrue(lion.getMessage().contains("optimizer 'lion' declares no stability threshold"), lion.getMessage());
        Run adahessian = runEdgeOfStability(eosFile, "adahessian", "0.05");
        Metric threshold = adahessian.getMetrics().stream().filter(m -> m.getName().equals("eos.threshold"))
                .findFirst().orElseThrow();
        assertEquals((2 + 2 * 0.9) / (0.05 * 0.1), threshold.getValue(), 1e-9, "AdaHessian's own declaration");

        Files.delete(folder.resolve("lion.jar"));
        Files.delete(folder.resolve("adahessian.jar"));
        PluginFolder.Result gone = PluginFolder.sync(context, folder);
        assertEquals(2, gone.removed().size(), gone.toString());
        await(() -> EXAMPLES.stream().noneMatch(OptimizerBundlesTest::installed), "both optimizers left");
        await(() -> !editor.optimizerPage().choices().contains("lion"), "the editor no longer lists lion");
        Experiment e = ExperimentStore.load(eos).experiment();
        e.getOptimizer().setOptimizerId("lion");
        String problems = new ExperimentCompiler().compile(e).describeProblems();
        assertTrue(problems.contains("optimizer 'lion' is not installed: its bundle org.losslandscape.optim.lion 0.1.0"),
                problems);
        editor.getSite().getPage().closeEditor(editor, false);
    }

    private static ExperimentEditor openEditor() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("plugins");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("tour.landscape");
        if (!file.exists()) {
            file.create(new ByteArrayInputStream(NewExperimentWizard.contents(Templates.find("tour").orElseThrow(),
                    "tour.landscape")), true, null);
        }
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(page, file, ExperimentEditor.ID);
        editor.setActivePage("optimizer");
        UiTestSupport.spin(100);
        return editor;
    }

    /**
     * Runs the edge-of-stability template briefly with {@code optimizerId} as the workbench's Run action does (its
     * job, on a workspace file) and returns the new run.
     */
    private static Run runEdgeOfStability(IFile workspaceFile, String optimizerId, String lr) throws Exception {
        Path file = workspaceFile.getLocation().toFile().toPath();
        Experiment x = Templates.find("edge-of-stability").orElseThrow().create();
        x.getTraining().setSteps(40);
        x.getOptimizer().setOptimizerId(optimizerId);
        x.getOptimizer().getHyperParameters().clear();
        Parameter p = LandscapeFactory.eINSTANCE.createParameter();
        p.setKey("lr");
        p.setValue(lr);
        x.getOptimizer().getHyperParameters().add(p);
        ExperimentStore.save(x, file);
        workspaceFile.refreshLocal(0, new NullProgressMonitor());
        RunExperimentJob job = new RunExperimentJob(workspaceFile, new RunOptions(2, 1, List.of()));
        job.schedule();
        while (job.getResult() == null) {
            UiTestSupport.spin(20);
        }
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        List<RunReport> reports = job.reports();
        assertEquals(RunStatus.COMPLETED, reports.get(0).status(), optimizerId + ": " + reports.get(0).message());
        List<Run> runs = ExperimentStore.load(file).experiment().getRuns();
        return runs.get(runs.size() - 1);
    }
}
