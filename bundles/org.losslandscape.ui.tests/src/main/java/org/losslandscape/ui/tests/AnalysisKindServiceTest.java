package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.LayerSpec;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.impl.AnalysisSpecImpl;
import org.losslandscape.report.ExperimentReport;
import org.losslandscape.report.HtmlReport;
import org.losslandscape.ui.editor.ExperimentEditor;
import org.losslandscape.ui.tests.layers.SquareKind;
import org.losslandscape.ui.views.LandscapeView;
import org.losslandscape.ui.wizards.NewExperimentWizard;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * An analysis kind contributed by this test bundle as an OSGi service — its model class from an EMF package of its
 * own, nothing in the core, compute or ui sources — and a layer kind this bundle contributes as a Declarative
 * Services component ({@link SquareKind}) appear among the editor's choices, are added to an experiment, saved, and
 * run headless by the experiment runner; unregistered, the analysis kind is gone from the registry again.
 */
class AnalysisKindServiceTest {

    /** This bundle's EMF package: one analysis class extending the experiment model's AnalysisSpec. */
    static final EPackage PACKAGE = EcoreFactory.eINSTANCE.createEPackage();
    static final EClass WEIGHT_NORM = EcoreFactory.eINSTANCE.createEClass();

    static {
        PACKAGE.setName("uiprobe");
        PACKAGE.setNsPrefix("uiprobe");
        PACKAGE.setNsURI("http://example.org/landscape/uiprobe");
        WEIGHT_NORM.setName("WeightNormAnalysis");
        WEIGHT_NORM.getESuperTypes().add(LandscapePackage.Literals.ANALYSIS_SPEC);
        PACKAGE.getEClassifiers().add(WEIGHT_NORM);
        PACKAGE.setEFactoryInstance(new EFactoryImpl() {
            @Override
            public EObject create(EClass eClass) {
                return new Spec(eClass);
            }
        });
        EPackage.Registry.INSTANCE.put(PACKAGE.getNsURI(), PACKAGE);
    }

    /** An instance of the package's class, an AnalysisSpec to the experiment model. */
    static final class Spec extends AnalysisSpecImpl {
        private final EClass eClass;

        Spec(EClass eClass) {
            this.eClass = eClass;
        }

        @Override
        protected EClass eStaticClass() {
            return eClass;
        }
    }

    /** The kind: the Euclidean norm of the trained parameters. */
    static final class WeightNormKind implements AnalysisKind {
        @Override
        public String id() {
            return "ui-probe-weight-norm";
        }

        @Override
        public String description() {
            return "norm of the trained parameters";
        }

        @Override
        public EClass specClass() {
            return WEIGHT_NORM;
        }

        @Override
        public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
            double sum = 0;
            for (double p : ctx.parameters()) {
                sum += p * p;
            }
            ctx.metric(name + ".weight_norm", Math.sqrt(sum));
            double[] sorted = ctx.parameters().clone();
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = Math.abs(sorted[i]);
            }
            Arrays.sort(sorted);
            ctx.write(MAGNITUDES, name + "-magnitudes.npy", NpyArray.ofDoubles(new int[] {sorted.length}, sorted),
                    "the trained parameters' magnitudes, ascending", ResultMetadata.EMPTY);
        }
    }

    /** A kind of result this bundle adds: the parameters' magnitudes, ascending. */
    static final ResultKind MAGNITUDES = ResultKind.valueOf("org.losslandscape.ui.tests.MAGNITUDES");

    /** Draws {@link #MAGNITUDES} as a line: the figure the report and the workbench show for the kind. */
    static final class MagnitudeFigures implements FigureProvider {
        @Override
        public ResultKind kind() {
            return MAGNITUDES;
        }

        @Override
        public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
            double[] m = ResultReader.array(context.experimentFile(), ref).data();
            double[] rank = new double[m.length];
            for (int i = 0; i < m.length; i++) {
                rank[i] = i;
            }
            return List.of(new Figure(name, Charts.slice("Parameter magnitudes", "rank", rank, Map.of("|θ|", m), "|θ|",
                    true), m.length + " parameters"));
        }
    }

    @Test
    void kindsFromThisBundleAreOfferedByTheEditorAndRunHeadless() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceRegistration<AnalysisKind> registration = context.registerService(AnalysisKind.class,
                new WeightNormKind(), null);
        ServiceRegistration<FigureProvider> figures = context.registerService(FigureProvider.class,
                new MagnitudeFigures(), null);
        try {
            assertTrue(CoreServices.isActive());
            assertEquals(WEIGHT_NORM, CoreServices.analysisKinds().byId("ui-probe-weight-norm").specClass());
            for (int i = 0; i < 50 && CoreServices.layerKinds().byId(SquareKind.ID) == null; i++) {
                UiTestSupport.spin(100); // the component of this bundle registers as the bundle starts
            }
            assertTrue(CoreServices.layerKinds().byId(SquareKind.ID) instanceof SquareKind,
                    CoreServices.layerKinds().ids().toString());

            IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("plugin-kinds");
            if (!project.exists()) {
                project.create(null);
            }
            project.open(null);
            IFile file = project.getFile("probe.landscape");
            if (file.exists()) {
                file.delete(true, null);
            }
            file.create(new ByteArrayInputStream(NewExperimentWizard.contents(Templates.find("tour").orElseThrow(),
                    "probe.landscape")), true, null);
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(page, file, ExperimentEditor.ID);
            editor.setActivePage("analyses");
            UiTestSupport.spin(200);
            assertTrue(editor.analysesPage().kindChoices().contains("WeightNorm"),
                    editor.analysesPage().kindChoices().toString());
            assertTrue(editor.analysesPage().kindChoices().contains("Surface"));
            editor.experiment().getAnalyses().clear(); // only the probe, so that the run is quick
            editor.analysesPage().add(WEIGHT_NORM);

            editor.setActivePage("network");
            UiTestSupport.spin(200);
            assertTrue(editor.networkPage().kindChoices().contains(SquareKind.ID),
                    editor.networkPage().kindChoices().toString());
            assertTrue(editor.networkPage().kindChoices().contains("DENSE"));
            LayerSpec first = editor.experiment().getNetwork().getLayers().get(0);
            editor.networkPage().viewer().setSelection(new StructuredSelection(first));
            editor.networkPage().add(SquareKind.ID);
            LayerSpec square = editor.experiment().getNetwork().getLayers().get(1);
            assertEquals(SquareKind.ID, square.getKind());
            UiTestSupport.spin(200);
            assertEquals("", editor.networkPage().problemOf(square), "the kind validates in the editor");
            editor.doSave(null);
            page.closeEditor(editor, false);

            Path path = file.getLocation().toFile().toPath();
            Experiment saved = ExperimentStore.load(path).experiment();
            assertEquals(WEIGHT_NORM, saved.getAnalyses().get(0).eClass());
            assertEquals(SquareKind.ID, saved.getNetwork().getLayers().get(1).getKind());
            assertEquals("Square", new ExperimentCompiler().compile(saved).experiment().network().layers().get(1)
                    .kind(), "the run's network has the layer of this bundle");
            new ExperimentRunner().run(path, new RunOptions(1, 1, List.of()), null);
            Run run = ExperimentStore.load(path).experiment().getRuns().get(0);
            assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getMessage());
            assertTrue(run.getMetrics().stream().anyMatch(m -> m.getName().equals("weightnorm.weight_norm")
                    && m.getValue() > 0), run.getMetrics().toString() + " " + run.getMessage());

            // the result kind of this bundle: in the file, in the report and in the workbench, drawn by its provider
            ResultRef magnitudes = run.getResults().stream().filter(r -> r.getKind() == MAGNITUDES).findFirst()
                    .orElseThrow(() -> new AssertionError(run.getResults().toString()));
            assertTrue(Files.readString(path).contains("kind=\"org.losslandscape.ui.tests.MAGNITUDES\""));
            HtmlReport report = ExperimentReport.build(path, ExperimentStore.load(path).experiment());
            Figure inReport = report.figures().stream().filter(f -> f.name().startsWith("weightnorm-magnitudes"))
                    .findFirst().orElseThrow(() -> new AssertionError(report.figures().toString()));
            assertEquals("Parameter magnitudes", inReport.chart().title());
            LandscapeView view = (LandscapeView) page.showView(LandscapeView.ID);
            view.show(path);
            ChartSpec shown = UiTestSupport.await(() -> view.chart().spec(), spec -> spec.title().equals(
                    "Parameter magnitudes"));
            assertEquals(List.of("weightnorm-magnitudes"), view.surfaceNames(), "the tour's surfaces were removed");
            int count = Npy.read(ResultFiles.resolve(path, magnitudes.getUri())).data().length;
            assertEquals(count, shown.series().get(0).size());
        } finally {
            registration.unregister();
            figures.unregister();
        }
        assertFalse(CoreServices.analysisKinds().all().stream().anyMatch(k -> k.id().equals("ui-probe-weight-norm")),
                "unregistered, the kind is gone");
    }
}
