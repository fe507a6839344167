package org.losslandscape.core.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.landscape.Plane;
import org.losslandscape.compute.landscape.SharedPlane;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProviders;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.run.TrainedModel;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.Variant;

/**
 * The three-optimizers template, trained briefly, on one shared plane: the stored files read back as computed, each
 * run's path starts at the common initialisation and ends at its solution's projection, the figure has one path per
 * run, and runs of another network are refused.
 */
class SharedPlaneComputationTest {

    @TempDir
    static Path dir;

    private static Path file;

    @BeforeAll
    static void train() throws Exception {
        Experiment e = Templates.find("three-optimizers").orElseThrow().create();
        e.getTraining().setSteps(60);
        e.getTraining().setCheckpointEvery(10);
        Variant wide = LandscapeFactory.eINSTANCE.createVariant(); // another network: refused on a shared plane
        wide.setName("wide");
        Parameter p = LandscapeFactory.eINSTANCE.createParameter();
        p.setKey("network.layers.0.units");
        p.setValue("20");
        wide.getSettings().add(p);
        e.getVariants().add(wide);
        file = dir.resolve("three.landscape");
        ExperimentStore.save(e, file);
        new ExperimentRunner().run(file, new RunOptions(2, 1, List.of(5L)), null);
    }

    private static Experiment experiment() throws Exception {
        return ExperimentStore.load(file).experiment();
    }

    @Test
    void threePathsOnThePcaPlaneAreStoredAndReadBack() throws Exception {
        Experiment e = experiment();
        SharedPlaneResult r = SharedPlaneComputation.compute(file, e, new SharedPlaneComputation.Request(List.of(
                "sgd", "momentum", "adam"), SharedPlane.Kind.PCA, 5, null), CoreServices.backend(), 1, null);
        assertNotNull(r);
        List<Run> runs = r.runs().stream().map(id -> SharedPlaneComputation.find(e, id)).toList();
        assertEquals(List.of("sgd", "momentum", "adam"), runs.stream().map(Run::getVariant).toList());
        assertEquals(runs.stream().map(SharedPlaneComputation::label).toList(), r.labels());
        assertEquals(String.join("-", r.runs()) + "-pca", r.name());
        Path folder = ResultFiles.resultsFolder(file).resolve("_compare").resolve(r.name());
        assertTrue(Files.isRegularFile(folder.resolve("surface.npy")));
        assertTrue(Files.isRegularFile(folder.resolve("plane.json")));
        assertEquals(25, Npy.read(folder.resolve("surface.npy")).data().length);
        // round trip
        SharedPlaneResult back = SharedPlaneFiles.read(file, r.name());
        assertEquals(r.runs(), back.runs());
        assertEquals(r.labels(), back.labels());
        assertEquals(SharedPlane.Kind.PCA, back.kind());
        assertArrayEquals(r.x(), back.x(), 0);
        assertArrayEquals(r.y(), back.y(), 0);
        assertArrayEquals(r.losses(), back.losses(), 0);
        assertArrayEquals(r.explainedVariance(), back.explainedVariance(), 0);
        assertArrayEquals(r.offPlane(), back.offPlane(), 0);
        for (int k = 0; k < 3; k++) {
            assertEquals(7, r.paths().get(k).length, "steps 0, 10, ..., 60");
            for (int i = 0; i < 7; i++) {
                assertArrayEquals(r.paths().get(k)[i], back.paths().get(k)[i], 0);
            }
            // one seed: the three optimizers start at one point
            assertArrayEquals(r.paths().get(0)[0], r.paths().get(k)[0], 1e-12);
        }
        assertTrue(SharedPlaneFiles.names(file).contains(r.name()), "listed among the stored comparisons");
        double[] v = r.explainedVariance();
        assertTrue(v[0] >= v[1] && v[0] + v[1] <= 1 + 1e-12 && v[0] + v[1] > 0.5, "two directions explain most");
        // every path lies inside the surface's range
        for (int k = 0; k < 3; k++) {
            for (double[] c : r.paths().get(k)) {
                assertTrue(c[0] > r.x()[0] && c[0] < r.x()[4] && c[1] > r.y()[0] && c[1] < r.y()[4]);
            }
        }
        // independent: the surface's loss at a grid point is the training loss of the network at that point
        TrainedModel sgd = TrainedModel.of(file, e, runs.get(0));
        List<List<double[]>> trajectories = new ArrayList<>();
        for (Run run : runs) {
            trajectories.add(SharedPlaneComputation.trajectory(file, run, TrainedModel.of(file, e, run).params()));
        }
        Plane plane = SharedPlane.compute(SharedPlane.Kind.PCA, trajectories).plane();
        Network net = sgd.network();
        double loss = new NetworkObjective(net, org.losslandscape.compute.data.Batch.of(trainingData(e)), sgd
                .buffers().clone(), org.losslandscape.compute.nn.PassMode.EVAL).value(plane.point(r.x()[1], r.y()[3]));
        assertEquals(loss, r.losses()[1 * 5 + 3], 1e-9 * Math.max(1, loss));
    }

    private static org.losslandscape.compute.data.Dataset trainingData(Experiment e) {
        Experiment copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(e);
        copy.getRuns().clear();
        copy.getVariants().clear();
        return new org.losslandscape.core.compile.ExperimentCompiler().compile(copy, file.getParent(), 5)
                .experiment().train();
    }

    @Test
    void thePlaneThroughTheSolutionsPutsTheFirstTwoAtTheirCoordinatesAndTheFigureHasThreePaths() throws Exception {
        Experiment e = experiment();
        SharedPlaneResult r = SharedPlaneComputation.compute(file, e, new SharedPlaneComputation.Request(List.of(
                "adam", "sgd", "momentum"), SharedPlane.Kind.SOLUTIONS, 4, "solutions"), CoreServices.backend(), 1,
                null);
        double[][] adam = r.paths().get(0);
        double[][] sgd = r.paths().get(1);
        assertArrayEquals(new double[] {0, 0}, adam[adam.length - 1], 1e-9);
        assertArrayEquals(new double[] {1, 0}, sgd[sgd.length - 1], 1e-9);
        ResultRef ref = SharedPlaneFiles.ref(file, r);
        assertEquals(SharedPlaneFiles.KIND, ref.getKind());
        List<Figure> figures = FigureProviders.fromServiceLoader().forKind(SharedPlaneFiles.KIND).figures(
                new FigureContext(file, e.getRuns().get(0), FigureContext.NO_TRAJECTORY), ref, "shared");
        assertEquals(1, figures.size());
        ChartSpec chart = figures.get(0).chart();
        assertEquals(r.labels(), chart.series().stream().map(s -> s.name()).toList(), "one path per run, by name");
        assertArrayEquals(r.pathX(2), chart.series().get(2).x(), 0);
        assertNotNull(chart.heatmap());
    }

    @Test
    void runsOfAnotherNetworkUnknownRunsAndABadCountAreRefusedWithAClearMessage() throws Exception {
        Experiment e = experiment();
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> SharedPlaneComputation
                .compute(file, e, new SharedPlaneComputation.Request(List.of("sgd", "wide"), SharedPlane.Kind.PCA, 3,
                        null), CoreServices.backend(), 1, null));
        assertTrue(other.getMessage().matches("runs \\S+ \\(82 parameters\\) and \\S+ \\(102 parameters\\) are of "
                + "different networks: a shared plane needs runs of one network"), other.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SharedPlaneComputation.compute(file, e,
                new SharedPlaneComputation.Request(List.of("sgd", "rmsprop"), SharedPlane.Kind.PCA, 3, null),
                CoreServices.backend(), 1, null)).getMessage().startsWith("no run or variant \"rmsprop\" in "
                        + "three.landscape; its runs: "));
        assertEquals("the plane through solutions needs exactly 3 runs, got 2; use the PCA plane for 2",
                assertThrows(IllegalArgumentException.class, () -> SharedPlaneComputation.compute(file, e,
                        new SharedPlaneComputation.Request(List.of("sgd", "adam"), SharedPlane.Kind.SOLUTIONS, 3,
                                null), CoreServices.backend(), 1, null)).getMessage());
    }
}
