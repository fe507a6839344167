package org.losslandscape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.InvalidExperimentException;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.core.validation.ExperimentValidator;
import org.losslandscape.model.DatasetKind;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.HessianAnalysis;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.SurfaceAnalysis;

/**
 * Runs that cannot fit are refused by validation, before any work, with the setting, the estimate and the remedy;
 * sizes never overflow.
 */
class RunBudgetTest {

    private static final long GB = 1L << 30;

    private static SurfaceAnalysis surface(Experiment e, int dimensions, int resolution) {
        SurfaceAnalysis s = LandscapeFactory.eINSTANCE.createSurfaceAnalysis();
        s.setName("landscape");
        s.setDimensions(dimensions);
        s.setResolution(resolution);
        e.getAnalyses().add(s);
        return s;
    }

    private static List<String> problems(ExperimentCompiler compiler, Experiment e) {
        return compiler.check(e).stream().map(ExperimentProblem::message).toList();
    }

    @Test
    void aSurfaceOfResolution100000IsAValidationProblemNotAnOutOfMemoryRun(@TempDir Path dir) throws Exception {
        Experiment e = Experiments.twoMoons(20, 10);
        surface(e, 2, 100_000);
        List<String> messages = new ExperimentValidator().validate(e);
        assertEquals(1, messages.size(), messages.toString());
        String m = messages.get(0);
        assertTrue(m.startsWith("analysis 'landscape': resolution 100000 makes a 100000 × 100000 grid"), m);
        assertTrue(m.contains("10000000000 points") && m.contains("lower the resolution"), m);
        // run refuses it too, before adding a run
        Path file = Experiments.save(e, dir.resolve("x.landscape"));
        InvalidExperimentException ex = assertThrows(InvalidExperimentException.class,
                () -> new ExperimentRunner().run(file, RunOptions.single(), null));
        assertTrue(ex.getMessage().contains("resolution 100000"), ex.getMessage());
        assertTrue(ExperimentStore.load(file).experiment().getRuns().isEmpty());
    }

    @Test
    void aSurfaceThatDoesNotFitTheHeapNamesTheEstimateAndTheRemedy() {
        Experiment e = Experiments.twoMoons(20, 10);
        surface(e, 2, 20_000); // 4·10^8 points, about 9 GB of results
        List<String> m = problems(new ExperimentCompiler().withHeap(4 * GB), e);
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).startsWith("analysis 'landscape': a 20000 × 20000 grid (400000000 points) on 80 rows"),
                m.get(0));
        assertTrue(m.get(0).contains("needs about 9.0 GB, more than the 4.0 GB heap this JVM may use"), m.get(0));
        assertTrue(m.get(0).contains("lower the resolution (e.g. 51)"), m.get(0));
        assertTrue(m.get(0).contains("LANDSCAPE_JAVA_OPTS=-Xmx11g"), m.get(0));
        // with the heap it needs, the same experiment is fine; a line of 100000 points is fine anyway
        assertEquals(List.of(), problems(new ExperimentCompiler().withHeap(16 * GB), e));
        Experiment line = Experiments.twoMoons(20, 10);
        surface(line, 1, 100_000);
        assertEquals(List.of(), problems(new ExperimentCompiler().withHeap(4 * GB), line));
    }

    @Test
    void aCsvWith100000ClassesIsRefusedForItsBatchNotFailedWithAnOverflow(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("many.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("x,label\n");
            for (int i = 0; i < 100_000; i++) {
                w.write(i * 0.001 + ",c" + i + "\n");
            }
        }
        Experiment e = Experiments.twoMoons(20, 10);
        e.getDataset().setKind(DatasetKind.CSV_FILE);
        e.getDataset().getParameters().clear();
        e.getDataset().setFile("many.csv");
        e.getNetwork().getLayers().clear();
        e.getNetwork().getLayers().add(Experiments.layer("DENSE", 100_000));
        Path file = Experiments.save(e, dir.resolve("x.landscape"));
        Experiment loaded = ExperimentStore.load(file).experiment();
        List<String> m = problems(new ExperimentCompiler(), loaded);
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).startsWith("training: 80000 rows × 100000 values (the widest layer) make 8000000000 "
                + "activation values, more than one array can hold"), m.get(0));
        assertTrue(m.get(0).contains("set a batch size (e.g. 64)"), m.get(0));
        assertFalse(m.get(0).contains("-"), "no wrapped-around size: " + m.get(0));
        // with a batch size the training fits one array, but not the heap of a small JVM
        loaded.getTraining().setBatchSize(64);
        List<String> small = problems(new ExperimentCompiler().withHeap(2 * GB), loaded);
        assertEquals(1, small.size(), small.toString());
        assertTrue(small.get(0).startsWith("network: evaluation in chunks of 2048 rows"), small.get(0));
        assertTrue(small.get(0).contains("LANDSCAPE_JAVA_OPTS=-Xmx"), small.get(0));
    }

    @Test
    void topKAboveTheParameterCountIsAProblemThatSaysSo() {
        Experiment e = Experiments.twoMoons(20, 10); // 2·16 + 16 + 16·2 + 2 = 82 parameters
        HessianAnalysis h = LandscapeFactory.eINSTANCE.createHessianAnalysis();
        h.setName("hessian");
        h.setTopK(100);
        e.getAnalyses().add(h);
        List<String> m = problems(new ExperimentCompiler(), e);
        assertEquals(List.of("analysis 'hessian': topK = 100 is more than the network's 82 parameters (the Hessian "
                + "has 82 eigenvalues); set topK to at most 82"), m);
        h.setTopK(82);
        assertEquals(List.of(), problems(new ExperimentCompiler(), e));
    }

    @Test
    void everyTemplateFitsAFourGigabyteHeap() {
        for (Template t : Templates.all()) {
            Experiment e = t.create();
            List<String> m = problems(new ExperimentCompiler().withHeap(4 * GB), e).stream()
                    .filter(p -> p.contains("heap") || p.contains("array")).toList();
            assertEquals(List.of(), m, t.name());
        }
    }

    @Test
    void aGeneratedDatasetThatDoesNotFitTheHeapIsRefusedBeforeItIsGenerated() {
        Experiment e = Experiments.twoMoons(20, 10);
        e.getDataset().setKind(DatasetKind.TEACHER_STUDENT);
        e.getDataset().getParameters().clear();
        e.getDataset().getParameters().add(Experiments.parameter("n", "1000000"));
        e.getDataset().getParameters().add(Experiments.parameter("d", "40"));
        long start = System.nanoTime();
        List<String> m = problems(new ExperimentCompiler().withHeap(256L << 20), e);
        assertEquals(List.of("dataset: n × d = 40000000 values need about 610 MB with the train/validation split, "
                + "more than the 256 MB heap this JVM may use; use a smaller n, or give the JVM more heap with "
                + "LANDSCAPE_JAVA_OPTS=-Xmx2g"), m);
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused without generating the data");
    }
}
