package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LayerSpec;
import org.losslandscape.model.Run;
import org.losslandscape.ui.editor.ExperimentEditor;
import org.losslandscape.ui.wizards.NewExperimentWizard;

/**
 * The experiment editor: change a layer, undo, redo, save; the file keeps runs added meanwhile; problems of the
 * saved file become markers.
 */
class ExperimentEditorTest {

    @Test
    void changeALayerUndoRedoSaveAndSeeTheProblems() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("editing");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("tour.landscape");
        if (file.exists()) {
            file.delete(true, null);
        }
        file.create(new ByteArrayInputStream(NewExperimentWizard.contents(Templates.find("tour").orElseThrow(),
                "tour.landscape")), true, null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(page, file, ExperimentEditor.ID);
        editor.setActivePage("network");
        UiTestSupport.spin(200);
        assertFalse(editor.isDirty());
        TableViewer table = editor.networkPage().viewer();
        assertEquals(5, table.getTable().getItemCount(), "the tour's five layers");
        assertEquals("[n, 32]", table.getTable().getItem(0).getText(3));
        assertEquals("96", table.getTable().getItem(0).getText(4), "2·32 + 32 parameters");

        LayerSpec first = editor.experiment().getNetwork().getLayers().get(0);
        editor.networkPage().setUnits(first, 8);
        UiTestSupport.spin(100);
        assertTrue(editor.isDirty());
        assertEquals("8", table.getTable().getItem(0).getText(2));
        assertEquals("[n, 8]", table.getTable().getItem(0).getText(3));
        assertEquals("24", table.getTable().getItem(0).getText(4));
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "editor-network");

        editor.undo();
        UiTestSupport.spin(100);
        assertEquals(32, first.getUnits());
        assertFalse(editor.isDirty(), "back at the save point");
        assertEquals("32", table.getTable().getItem(0).getText(2));
        editor.redo();
        UiTestSupport.spin(100);
        assertEquals(8, first.getUnits());
        assertTrue(editor.isDirty());

        // a run job saved the file meanwhile: the editor's save keeps that run
        Path path = file.getLocation().toFile().toPath();
        Experiment onDisk = ExperimentStore.load(path).experiment();
        Run run = LandscapeFactory.eINSTANCE.createRun();
        run.setId("run-1");
        onDisk.getRuns().add(run);
        ExperimentStore.save(onDisk, path);

        editor.doSave(null);
        UiTestSupport.awaitJobs();
        assertFalse(editor.isDirty());
        Experiment saved = ExperimentStore.load(path).experiment();
        assertEquals(8, saved.getNetwork().getLayers().get(0).getUnits());
        assertEquals(List.of("run-1"), saved.getRuns().stream().map(Run::getId).toList());
        assertEquals(0, file.findMarkers(ExperimentEditor.MARKER, false, IResource.DEPTH_ZERO).length,
                "a valid experiment has no problems");

        // the data page previews two moons by class, and a parameter change is a command
        editor.setActivePage("data");
        for (int i = 0; i < 100 && editor.dataPage().preview().spec() == null; i++) {
            UiTestSupport.spin(30);
        }
        org.losslandscape.core.chart.ChartSpec preview = editor.dataPage().preview().spec();
        assertEquals(2, preview.series().size(), "two classes");
        assertEquals(300, preview.series().get(0).size() + preview.series().get(1).size(),
                "400 rows, a quarter for validation");
        editor.dataPage().setParameter("n_per_class", "100");
        for (int i = 0; i < 100 && editor.dataPage().preview().spec().series().get(0).size()
                + editor.dataPage().preview().spec().series().get(1).size() != 150; i++) {
            UiTestSupport.spin(30);
        }
        assertEquals(150, editor.dataPage().preview().spec().series().get(0).size() + editor.dataPage().preview()
                .spec().series().get(1).size(), "the preview follows the change");
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "editor-data");
        editor.undo();

        // the optimizer page is built from the optimizer's descriptor
        editor.setActivePage("optimizer");
        UiTestSupport.spin(100);
        assertEquals("adam", editor.experiment().getOptimizer().getOptimizerId());
        assertTrue(editor.optimizerPage().fieldKeys().containsAll(List.of("lr", "beta1", "beta2", "eps")),
                editor.optimizerPage().fieldKeys().toString());
        editor.optimizerPage().choose(org.losslandscape.core.services.CoreServices.optimizers().require("sgd"));
        UiTestSupport.spin(100);
        assertEquals("sgd", editor.experiment().getOptimizer().getOptimizerId());
        assertFalse(editor.optimizerPage().fieldKeys().contains("beta1"), "sgd's own form");
        editor.optimizerPage().setValue("lr", "-1");
        UiTestSupport.spin(100);
        assertFalse(editor.optimizerPage().problem().isEmpty(), "a negative step size is refused");
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "editor-optimizer");
        editor.undo();
        editor.undo();
        UiTestSupport.spin(100);
        assertEquals("adam", editor.experiment().getOptimizer().getOptimizerId(), "undo restores the optimizer");
        assertEquals("", editor.optimizerPage().problem());

        // training: a typed value is applied when the field loses focus; text that is not a number is put back
        editor.setActivePage("training");
        UiTestSupport.spin(100);
        org.eclipse.swt.widgets.Text steps = editor.trainingPage().stepsField();
        assertEquals("600", steps.getText());
        steps.setText("1234");
        steps.notifyListeners(org.eclipse.swt.SWT.FocusOut, new org.eclipse.swt.widgets.Event());
        assertEquals(1234, editor.experiment().getTraining().getSteps());
        steps.setText("many");
        steps.notifyListeners(org.eclipse.swt.SWT.FocusOut, new org.eclipse.swt.widgets.Event());
        assertEquals(1234, editor.experiment().getTraining().getSteps());
        assertEquals("1234", steps.getText());
        editor.undo();
        UiTestSupport.spin(100);
        assertEquals(600, editor.experiment().getTraining().getSteps());
        assertEquals("600", steps.getText(), "the field follows undo");

        // analyses: add one, its form has its settings, undo removes it
        editor.setActivePage("analyses");
        UiTestSupport.spin(100);
        int before = editor.analysesPage().labels().size();
        assertEquals(6, before, "the tour's six analyses");
        editor.analysesPage().add(org.losslandscape.model.LandscapePackage.Literals.HESSIAN_ANALYSIS);
        UiTestSupport.spin(100);
        assertEquals(before + 1, editor.analysesPage().labels().size());
        assertTrue(editor.analysesPage().labels().get(before).startsWith("hessian — Hessian"),
                editor.analysesPage().labels().toString());
        editor.analysesPage().select(before);
        assertEquals(5, editor.analysesPage().detailCount(), "name, enabled, topK, bottomK, method");
        UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "editor-analyses");
        editor.undo();
        UiTestSupport.spin(100);
        assertEquals(before, editor.analysesPage().labels().size());

        // the settings of the layer's kind, from its descriptor: set in place, undone
        editor.networkPage().setSetting(first, "bias", "perhaps");
        UiTestSupport.spin(100);
        assertTrue(first.isBias(), "text that is no boolean changes nothing");
        editor.networkPage().setSetting(first, "bias", "false");
        UiTestSupport.spin(100);
        assertFalse(first.isBias());
        assertTrue(table.getTable().getItem(0).getText(6).contains("bias false"), table.getTable().getItem(0)
                .getText(6));
        assertEquals("16", table.getTable().getItem(0).getText(4), "2·8 parameters without the bias");
        editor.undo();
        UiTestSupport.spin(100);
        assertTrue(first.isBias());

        editor.networkPage().setUnits(first, -4);
        UiTestSupport.spin(100);
        assertTrue(editor.networkPage().problemOf(first).contains("units must be at least 1"),
                "shown in the layer's row: " + editor.networkPage().problemOf(first));
        editor.networkPage().add("RELU");
        editor.doSave(null);
        UiTestSupport.awaitJobs();
        IMarker[] markers = file.findMarkers(ExperimentEditor.MARKER, false, IResource.DEPTH_ZERO);
        assertTrue(markers.length >= 1, "the negative width is a problem");
        assertTrue(Arrays.stream(markers).anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").startsWith("Layer 1 (Dense): units must be at least 1")),
                Arrays.toString(Arrays.stream(markers).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toArray()));
        assertEquals(6, ExperimentStore.load(path).experiment().getNetwork().getLayers().size());
        IMarker marker = Arrays.stream(markers).filter(m -> m.getAttribute(IMarker.MESSAGE, "").startsWith("Layer 1"))
                .findFirst().orElseThrow();
        assertEquals("network", marker.getAttribute(ExperimentEditor.PAGE, ""));
        editor.setActivePage("overview");
        IDE.gotoMarker(editor, marker); // what a double-click in the Problems view does
        assertEquals("network", editor.activePageId(), "the marker opens the Network page");
        assertEquals(editor.experiment().getNetwork().getLayers().get(0), editor.networkPage().selectedLayer(),
                "… with the layer at fault selected");
        page.closeEditor(editor, false);
    }
}
