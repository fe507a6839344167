package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.losslandscape.analysis.toy.model.ToyPackage;
import org.losslandscape.analysis.toy.model.ToySurfaceAnalysis;
import org.losslandscape.analysis.toy.model.ToySurfaceKind;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.ui.editor.ExperimentEditor;
import org.losslandscape.ui.wizards.NewExperimentWizard;
import org.osgi.framework.FrameworkUtil;

/**
 * The toy-surface analysis from its own bundle in the workbench: its kind is an OSGi service of that bundle, the
 * editor offers it and adds one of its class, and the file saved names the bundle's package; a file written before
 * the class moved (the ui-probe template, {@code landscape:ToySurfaceAnalysis}) opens as that class.
 */
class ToySurfaceBundleTest {

    @Test
    void theKindComesFromItsBundleAndTheEditorOffersAndAddsIt() throws Exception {
        assertTrue(CoreServices.isActive());
        AnalysisKind kind = CoreServices.analysisKinds().byId("toy-surface");
        assertEquals("org.losslandscape.analysis.toy", FrameworkUtil.getBundle(kind.getClass()).getSymbolicName());
        assertSame(ToyPackage.Literals.TOY_SURFACE_ANALYSIS, kind.specClass());

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("toy-bundle");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("toy.landscape");
        if (file.exists()) {
            file.delete(true, null);
        }
        file.create(new ByteArrayInputStream(NewExperimentWizard.contents(Templates.find("saddle-escape")
                .orElseThrow(), "toy.landscape")), true, null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(page, file, ExperimentEditor.ID);
        editor.setActivePage("analyses");
        UiTestSupport.spin(200);
        assertTrue(editor.analysesPage().kindChoices().contains("ToySurface"),
                editor.analysesPage().kindChoices().toString());
        int before = editor.experiment().getAnalyses().size();
        editor.analysesPage().add(ToyPackage.Literals.TOY_SURFACE_ANALYSIS);
        AnalysisSpec added = editor.experiment().getAnalyses().get(before);
        assertTrue(added instanceof ToySurfaceAnalysis, added.eClass().getName());
        assertEquals(ToySurfaceKind.HIMMELBLAU, ((ToySurfaceAnalysis) added).getSurface());
        editor.doSave(null);
        page.closeEditor(editor, false);

        Path path = file.getLocation().toFile().toPath();
        String saved = Files.readString(path);
        assertTrue(saved.contains("xsi:type=\"toy:ToySurfaceAnalysis\""), saved);
        assertEquals(before + 1, ExperimentStore.load(path).experiment().getAnalyses().size());
        assertTrue(ExperimentStore.load(path).experiment().getAnalyses().stream().allMatch(
                a -> a instanceof ToySurfaceAnalysis));
    }

    @Test
    void aFileWrittenBeforeTheMoveOpensAsTheBundlesClass() {
        org.losslandscape.core.templates.TemplateRegistry registry = new org.losslandscape.core.templates
                .TemplateRegistry();
        registry.register(new TemplateProviderServiceTest.UiProbeTemplates());
        AnalysisSpec a = registry.find("ui-probe").orElseThrow().create().getAnalyses().get(0);
        assertSame(ToyPackage.Literals.TOY_SURFACE_ANALYSIS, a.eClass());
        assertEquals(ToySurfaceKind.SADDLE, ((ToySurfaceAnalysis) a).getSurface());
        assertEquals(20, ((ToySurfaceAnalysis) a).getSteps());
    }
}
