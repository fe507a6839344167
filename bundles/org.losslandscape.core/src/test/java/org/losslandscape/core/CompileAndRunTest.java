package org.losslandscape.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.compile.Compilation;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.run.RunReport;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.validation.ExperimentValidator;
import org.losslandscape.model.DirectionKind;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.HessianAnalysis;
import org.losslandscape.model.HessianMethod;
import org.losslandscape.model.Metric;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.SurfaceAnalysis;

class CompileAndRunTest {

    @TempDir
    Path dir;

    @Test
    void compilesTheSmallExperiment() {
        Compilation c = new ExperimentCompiler().compile(Experiments.twoMoons(50, 10), null, 3);
        assertTrue(c.ok(), c.describeProblems());
        assertEquals(80, c.experiment().train().size());
        assertEquals(20, c.experiment().validation().size());
        assertEquals(2 * 16 + 16 + 16 * 2 + 2, c.experiment().network().parameterCount());
        assertEquals(0.01, c.experiment().schedule().rate(0), 0);
        assertEquals(50, c.experiment().training().steps());
        assertEquals(3, c.experiment().seed());
    }

    @Test
    void trainsEndToEndAndStoresCurves() throws Exception {
        Path file = Experiments.save(Experiments.twoMoons(60, 10), dir.resolve("moons.landscape"));
        List<RunReport> reports = new ExperimentRunner().run(file, RunOptions.single(), null);
        assertEquals(1, reports.size());
        assertEquals(RunStatus.COMPLETED, reports.get(0).status(), reports.get(0).message());

        Experiment loaded = ExperimentStore.load(file).experiment();
        Run run = loaded.getRuns().get(0);
        assertEquals("run-1", run.getId());
        assertEquals(RunStatus.COMPLETED, run.getStatus());
        assertNotNull(run.getStartTime());
        assertNotNull(run.getEndTime());
        assertNotNull(run.getConfiguration().getNetwork());
        ResultRef curves = run.getResults().stream().filter(r -> r.getKind() == ResultKind.CURVES).findFirst()
                .orElseThrow();
        assertEquals("moons.results/run-1/curves.npy", curves.getUri());
        assertTrue(curves.getDescription().contains("train_loss"));
        NpyArray array = Npy.read(ResultFiles.resolve(file, curves.getUri()));
        assertArrayEquals(new int[] {7, 6}, array.shape()); // steps 0, 10, ..., 60
        assertEquals(60, array.data()[6 * 6], 0);
        assertTrue(array.data()[6 * 6 + 1] < array.data()[1], "the training loss falls");
        assertEquals(60, metric(run, "steps"), 0);
        assertEquals(array.data()[6 * 6 + 1], metric(run, "train_loss"), 1e-12);
        assertTrue(metric(run, "validation_accuracy") > 0.5);

        // a second run gets the next id; the reloaded file equals a fresh save of it
        new ExperimentRunner().run(file, RunOptions.single(), null);
        Experiment again = ExperimentStore.load(file).experiment();
        assertEquals("run-2", again.getRuns().get(1).getId());
        // saved under its own name: a file of another name may not use moons.results/ (ResultPaths)
        Path copy = Experiments.save(again, file);
        assertTrue(EcoreUtil.equals(again, ExperimentStore.load(copy).experiment()));
    }

    private static double metric(Run run, String name) {
        return run.getMetrics().stream().filter(m -> m.getName().equals(name)).mapToDouble(Metric::getValue)
                .findFirst().orElseThrow();
    }

    @Test
    void surfaceAndHessianAnalysesAreStored() throws Exception {
        Experiment e = Experiments.twoMoons(30, 10);
        SurfaceAnalysis s = Experiments.F.createSurfaceAnalysis();
        s.setName("plane");
        s.setResolution(11);
        s.setDirectionKind(DirectionKind.FILTER_NORMALISED);
        e.getAnalyses().add(s);
        HessianAnalysis h = Experiments.F.createHessianAnalysis();
        h.setName("hessian");
        h.setTopK(3);
        e.getAnalyses().add(h);
        Path file = Experiments.save(e, dir.resolve("surf.landscape"));
        RunReport report = new ExperimentRunner().run(file, RunOptions.single(), null).get(0);
        assertEquals(RunStatus.COMPLETED, report.status(), report.message());
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        ResultRef surface = run.getResults().stream().filter(r -> r.getKind() == ResultKind.SURFACE).findFirst()
                .orElseThrow();
        NpyArray grid = Npy.read(ResultFiles.resolve(file, surface.getUri()));
        assertArrayEquals(new int[] {11, 11}, grid.shape());
        assertTrue(Files.exists(ResultFiles.resolve(file, surface.getUri())));
        ResultRef spectrum = run.getResults().stream().filter(r -> r.getKind() == ResultKind.SPECTRUM).findFirst()
                .orElseThrow();
        double[] values = Npy.read(ResultFiles.resolve(file, spectrum.getUri())).data();
        assertEquals(3, values.length);
        assertTrue(values[0] >= values[1] && values[1] >= values[2]);
    }

    @Test
    void interpolationAndThePlaneThroughThreeModels() throws Exception {
        Experiment e = Experiments.twoMoons(40, 10);
        SurfaceAnalysis interpolation = Experiments.F.createSurfaceAnalysis();
        interpolation.setName("interpolation");
        interpolation.setDirectionKind(DirectionKind.INTERPOLATION);
        interpolation.setDimensions(1);
        interpolation.setXMin(0);
        interpolation.setXMax(1);
        interpolation.setResolution(11);
        e.getAnalyses().add(interpolation);
        SurfaceAnalysis plane = Experiments.F.createSurfaceAnalysis();
        plane.setName("three");
        plane.setDirectionKind(DirectionKind.THREE_POINT_PLANE);
        plane.setResolution(9);
        e.getAnalyses().add(plane);
        Path file = Experiments.save(e, dir.resolve("models.landscape"));
        new ExperimentRunner().run(file, RunOptions.single(), null);
        Run first = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(RunStatus.COMPLETED, first.getStatus(), first.getMessage());
        // the line from the solution (x = 0) to the initialisation (x = 1): its ends are the curves' last and first
        double[] line = Npy.read(ResultFiles.resolve(file, surfaceRef(first, "interpolation").getUri())).data();
        double[] curves = Npy.read(ResultFiles.resolve(file, first.getResults().stream()
                .filter(r -> r.getKind() == ResultKind.CURVES).findFirst().orElseThrow().getUri())).data();
        assertEquals(11, line.length);
        assertEquals(curves[curves.length - 6 + 1], line[0], 1e-9, "the trained model's training loss");
        assertEquals(curves[1], line[10], 1e-9, "the initial model's training loss");
        assertTrue(first.getMessage().contains("analysis three: the plane through three models needs a second "
                + "solution"), first.getMessage());

        new ExperimentRunner().run(file, new RunOptions(0, 1, List.of(11L)), null); // another seed
        Run second = ExperimentStore.load(file).experiment().getRuns().get(1);
        assertEquals(RunStatus.COMPLETED, second.getStatus(), second.getMessage());
        ResultRef three = surfaceRef(second, "three");
        assertTrue(three.getDescription().contains("run-1's at (1, 0), this run's initialisation at ("),
                three.getDescription());
        NpyArray surface = Npy.read(ResultFiles.resolve(file, three.getUri()));
        assertArrayEquals(new int[] {9, 9}, surface.shape());
        assertTrue(java.util.Arrays.stream(surface.data()).allMatch(Double::isFinite));
    }

    private static ResultRef surfaceRef(Run run, String name) {
        return run.getResults().stream()
                .filter(r -> r.getKind() == ResultKind.SURFACE && r.getUri().endsWith("/" + name + ".npy"))
                .findFirst().orElseThrow(() -> new AssertionError("no surface " + name + " in " + run.getMessage()));
    }

    @Test
    void hessianByLanczosPowerIterationAndTheDenseHessianAgree() throws Exception {
        Experiment e = Experiments.twoMoons(40, 10); // 82 parameters: the dense Hessian is cheap
        for (HessianMethod m : HessianMethod.values()) {
            HessianAnalysis h = Experiments.F.createHessianAnalysis();
            h.setName(m.getLiteral().toLowerCase(java.util.Locale.ROOT));
            h.setMethod(m);
            h.setTopK(2);
            h.setBottomK(2);
            e.getAnalyses().add(h);
        }
        Path file = Experiments.save(e, dir.resolve("hessian.landscape"));
        RunReport report = new ExperimentRunner().run(file, RunOptions.single(), null).get(0);
        assertEquals(RunStatus.COMPLETED, report.status(), report.message());
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        double[] lanczos = spectrum(file, run, "lanczos");
        double[] power = spectrum(file, run, "power");
        double[] dense = spectrum(file, run, "dense");
        assertEquals(4, lanczos.length);
        assertEquals(4, dense.length);
        assertEquals(2, power.length, "power iteration gives top eigenvalues only");
        for (int i = 0; i < 4; i++) {
            assertEquals(dense[i], lanczos[i], 1e-8 * Math.abs(dense[0]), "eigenvalue " + i);
        }
        assertTrue(dense[0] >= dense[1] && dense[2] <= dense[3]);
        // the dominant eigenvalue is the largest |λ| of the whole spectrum
        double dominant = Math.abs(dense[0]) >= Math.abs(dense[2]) ? dense[0] : dense[2];
        assertEquals(dominant, power[0], 1e-4 * Math.abs(dominant));
        assertEquals(power[0], metric(run, "power.lambda_dominant"), 0);
        assertEquals(dense[0], metric(run, "dense.lambda_max"), 0);
        assertEquals(dense[2], metric(run, "dense.lambda_min"), 0);
        // the index counts the negative eigenvalues: none only if the smallest is not clearly negative
        double index = metric(run, "dense.index");
        assertEquals(index > 0, dense[2] < -1e-9 * Math.abs(dense[0]));
        assertEquals(index / 82, metric(run, "dense.index_fraction"), 1e-15);
        assertTrue(run.getMetrics().stream().anyMatch(m -> m.getName().equals("dense.trace")));
        ResultRef denseRef = result(run, "dense");
        assertTrue(denseRef.getDescription().contains("dense Hessian (82 eigenvalues"), denseRef.getDescription());
        assertTrue(run.getMessage().contains("analysis power: power iteration finds the largest |λ| only"),
                run.getMessage());
    }

    private static ResultRef result(Run run, String name) {
        return run.getResults().stream()
                .filter(r -> r.getKind() == ResultKind.SPECTRUM && r.getUri().endsWith("/" + name + ".npy"))
                .findFirst().orElseThrow();
    }

    private static double[] spectrum(Path file, Run run, String name) throws Exception {
        return Npy.read(ResultFiles.resolve(file, result(run, name).getUri())).data();
    }

    @Test
    void validatorReportsCompilerProblems() {
        Experiment e = Experiments.twoMoons(10, 5);
        e.getOptimizer().setOptimizerId("adamx");
        List<String> problems = new ExperimentValidator().validate(e);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("optimizer 'adamx' is unknown (no installed bundle provides it); known: sgd"), problems.get(0));
        org.eclipse.emf.common.util.BasicDiagnostic chain = new org.eclipse.emf.common.util.BasicDiagnostic();
        boolean ok = new ExperimentValidator().validate(e, chain, new java.util.HashMap<>());
        assertTrue(!ok && chain.getChildren().stream().anyMatch(d -> d.getData().get(0) == e.getOptimizer()));
    }
}
