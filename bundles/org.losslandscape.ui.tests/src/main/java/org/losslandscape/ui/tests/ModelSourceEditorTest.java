package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.losslandscape.compute.io.NetworkWeights;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ModelImport;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ModelSource;
import org.losslandscape.ui.editor.ExperimentEditor;
import org.losslandscape.ui.editor.ModelSourceSection;

/**
 * An experiment written by the import (a model, its checkpoints, its data, in a workspace project) opened in the
 * editor: the Network page shows its model source and "analyse only", an edit of the model file through its field and
 * of "analyse only" are commands, and the saved file holds them.
 */
class ModelSourceEditorTest {

    /** Writes a trained-looking model of 2 → 4 → 2, two checkpoints, a second model and its data. */
    private static void writeModel(Path folder) throws Exception {
        Network net = new NetworkDescription(2, List.of(LayerDescription.dense(2, 4, true), LayerDescription.relu(),
                LayerDescription.dense(2)), LossType.CROSS_ENTROPY).build();
        Files.createDirectories(folder.resolve("ckpt"));
        for (int seed = 1; seed <= 4; seed++) {
            double[] params = net.initialParameters(Initializer.pytorchDefault(), seed);
            Path file = seed == 1 ? folder.resolve("model.safetensors") : seed == 2 ? folder.resolve(
                    "model-b.safetensors") : folder.resolve("ckpt/step-" + seed + ".safetensors");
            NetworkWeights.write(file, net, params, "F64", Map.of());
        }
        List<String> rows = new ArrayList<>(List.of("x0,x1,label"));
        for (int i = 0; i < 20; i++) {
            rows.add(Math.cos(i) + "," + Math.sin(3 * i) + "," + (i % 2));
        }
        Files.write(folder.resolve("data.csv"), rows);
    }

    @Test
    void theModelSourceIsShownEditedAndSaved() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("importing");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        Path folder = project.getLocation().toFile().toPath();
        writeModel(folder);
        Path path = folder.resolve("model.landscape");
        ModelImport.Result result = ModelImport.create(new ModelImport.Options(folder.resolve("model.safetensors"),
                folder.resolve("data.csv"), null, null, List.of(folder.resolve("ckpt")), List.of(), 0, null, false,
                folder), CoreServices.layerKinds(), new ExperimentCompiler());
        assertTrue(result.compilation().ok(), result.compilation().describeProblems());
        ExperimentStore.save(result.experiment(), path);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFile file = project.getFile("model.landscape");

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(page, file, ExperimentEditor.ID);
        editor.setActivePage("network");
        UiTestSupport.spin(200);
        ModelSourceSection source = editor.networkPage().modelSource();
        assertEquals("model.safetensors", source.fileText().getText());
        assertEquals("ckpt", source.checkpointsText().getText());
        assertEquals("", source.othersText().getText());
        assertTrue(source.analyseOnlyButton().getSelection(), "the import trains zero steps");
        assertTrue(source.fileText().isEnabled());
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "editor-model");

        // the model file typed into its field, the other models too, and training switched back on
        source.fileText().setText("model-b.safetensors");
        source.fileText().notifyListeners(SWT.DefaultSelection, new Event());
        source.othersText().setText("model.safetensors");
        source.othersText().notifyListeners(SWT.DefaultSelection, new Event());
        source.setAnalyseOnly(false);
        UiTestSupport.spin(100);
        assertTrue(editor.isDirty());
        assertFalse(source.analyseOnlyButton().getSelection());
        assertEquals("model-b.safetensors", editor.experiment().getNetwork().getSource().getFile());
        editor.undo();
        UiTestSupport.spin(100);
        assertTrue(source.analyseOnlyButton().getSelection(), "undone");
        editor.redo();
        UiTestSupport.spin(100);

        editor.doSave(null);
        UiTestSupport.awaitJobs();
        assertFalse(editor.isDirty());
        Experiment saved = ExperimentStore.load(path).experiment();
        ModelSource s = saved.getNetwork().getSource();
        assertEquals("model-b.safetensors", s.getFile());
        assertEquals(List.of("ckpt"), s.getCheckpoints());
        assertEquals(List.of("model.safetensors"), s.getOtherModels());
        assertEquals(1000, saved.getTraining().getSteps(), "training again, at the default steps");
        assertTrue(new ExperimentCompiler().compile(saved, folder, saved.getSeed()).ok(),
                "the edited experiment reads its files");
        editor.getSite().getPage().closeEditor(editor, false);
    }
}
