package org.losslandscape.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.core.Experiments;
import org.losslandscape.core.compile.Compilation;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.InvalidExperimentException;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Metric;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * The analysis seam from outside: a kind whose model class comes from another EMF package and whose implementation
 * comes from the class path (META-INF/services), written without touching the core, is found, saved in and loaded
 * from an experiment file, and run headless; a kind that no bundle provides is refused before the run, naming the
 * class and the bundle.
 */
class PluginAnalysisKindTest {

    @Test
    void everyBuiltInKindIsRegisteredByItsModelClass() {
        AnalysisKinds kinds = CoreServices.analysisKinds();
        assertEquals(List.of("edge-of-stability", "hessian", "mode-connectivity", "probe-gradient-norm",
                "sharpness", "spectral-density", "surface", "trace", "trajectory-pca"),
                kinds.all().stream().map(AnalysisKind::id).toList());
        for (AnalysisKind k : kinds.all()) {
            assertSame(k, kinds.forClass(k.specClass()), k.id());
        }
    }

    @Test
    void aServiceThatReplacesABuiltInKindGivesItBackWhenItGoes() {
        AnalysisKinds kinds = AnalysisKinds.fromServiceLoader();
        AnalysisKind builtIn = kinds.byId("hessian");
        AnalysisKind replacement = new AnalysisKind() {
            @Override
            public String id() {
                return "hessian";
            }

            @Override
            public String description() {
                return "a bundle's own Hessian analysis";
            }

            @Override
            public org.eclipse.emf.ecore.EClass specClass() {
                return builtIn.specClass();
            }

            @Override
            public void run(org.losslandscape.model.AnalysisSpec spec, String name, AnalysisContext context) {
            }
        };
        kinds.register(replacement);
        assertSame(replacement, kinds.forClass(builtIn.specClass()));
        kinds.unregister(replacement);
        assertSame(builtIn, kinds.byId("hessian"), "the bundle went: the core's kind is back");
        assertSame(builtIn, kinds.forClass(builtIn.specClass()));
    }

    @Test
    void anAnalysisKindFromAnotherPackageRunsFromAFile(@TempDir Path dir) throws Exception {
        Experiment e = Experiments.twoMoons(40, 10);
        e.getAnalyses().add(ProbePackage.create(ProbePackage.GRADIENT_NORM, "probe"));
        Path file = Experiments.save(e, dir.resolve("probe.landscape"));
        Experiment loaded = ExperimentStore.load(file).experiment();
        assertSame(ProbePackage.GRADIENT_NORM, loaded.getAnalyses().get(0).eClass(), "the file names the class");

        new ExperimentRunner().run(file, RunOptions.single(), null);
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getMessage());
        double norm = run.getMetrics().stream().filter(m -> m.getName().equals("probe.gradient_norm"))
                .mapToDouble(Metric::getValue).findFirst().orElseThrow(() -> new AssertionError(run.getMessage()));
        ResultRef gradient = run.getResults().stream().filter(r -> r.getUri().endsWith("/probe.npy")).findFirst()
                .orElseThrow();
        double[] g = Npy.read(ResultFiles.resolve(file, gradient.getUri())).data();
        assertEquals(g.length, ResultMetadata.of(gradient).get(GradientNormKind.GRADIENT_LENGTH).orElseThrow(),
                "the kind's own metadata key, read back from the file");
        double sum = 0;
        for (double v : g) {
            sum += v * v;
        }
        assertEquals(Math.sqrt(sum), norm, 1e-12);
        assertTrue(norm > 0);
    }

    @Test
    void aKindThatNoBundleProvidesIsRefusedNamingTheBundle(@TempDir Path dir) throws Exception {
        Experiment e = Experiments.twoMoons(40, 10);
        e.getAnalyses().add(ProbePackage.create(ProbePackage.MISSING, "missing"));
        Compilation c = new ExperimentCompiler().compile(e, dir, 0);
        assertTrue(c.problems().stream().anyMatch(p -> p.message().equals("analysis 'missing': no analysis kind is "
                + "registered for MissingAnalysis (" + ProbePackage.NS_URI + "); install the bundle "
                + "org.example.probe, or disable the analysis")), c.problems().toString());
        Path file = Experiments.save(e, dir.resolve("missing.landscape"));
        InvalidExperimentException refused = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidExperimentException.class, () -> new ExperimentRunner().run(file, RunOptions.single(), null));
        assertTrue(refused.getMessage().contains("install the bundle org.example.probe"), refused.getMessage());
        assertNotNull(ExperimentStore.load(file).experiment());
        assertTrue(ExperimentStore.load(file).experiment().getRuns().isEmpty(), "no run was added");
    }
}
