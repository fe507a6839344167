package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.compute.io.Json;
import org.losslandscape.core.compare.SharedPlaneFiles;
import org.losslandscape.core.compare.SharedPlaneResult;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;

/** {@code landscape compare}: the three-optimizers template's runs on one plane, from the command line. */
class CompareCommandTest {

    @TempDir
    static Path dir;

    private static Path file;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8), new PrintStream(errBytes,
            true, StandardCharsets.UTF_8));

    @BeforeAll
    static void train() throws Exception {
        file = dir.resolve("three-optimizers.landscape");
        Experiment e = Templates.find("three-optimizers").orElseThrow().create();
        e.getTraining().setSteps(40);
        e.getTraining().setCheckpointEvery(10);
        ExperimentStore.save(e, file);
        new ExperimentRunner().run(file, new RunOptions(1, 1, List.of()), null);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void threeVariantsOnThePcaPlaneAsJsonAndStored() throws Exception {
        assertEquals(ExitCode.OK, cli.run(List.of("compare", file.toString(), "--runs", "sgd,momentum,adam",
                "--resolution", "5", "--name", "three", "--threads", "1", "--json")), err());
        Map<String, Object> json = (Map<String, Object>) Json.parse(out().strip());
        assertEquals("three", json.get("name"));
        assertEquals("pca", json.get("plane"));
        assertEquals("three-optimizers.results/_compare/three", json.get("folder"));
        assertEquals(3, ((List<?>) json.get("runs")).size());
        List<Double> variance = (List<Double>) json.get("explained_variance");
        assertTrue(variance.get(0) >= variance.get(1) && variance.get(0) + variance.get(1) <= 1 + 1e-12, variance
                .toString());
        SharedPlaneResult stored = SharedPlaneFiles.read(file, "three");
        assertEquals(json.get("runs"), stored.runs());
        assertEquals(variance.get(0), stored.explainedVariance()[0], 1e-15);
        assertEquals(25, stored.losses().length);
        Map<String, Object> paths = (Map<String, Object>) json.get("paths");
        Map<String, Object> first = (Map<String, Object>) paths.get(stored.runs().get(0));
        assertEquals(5.0, ((Number) first.get("points")).doubleValue(), "steps 0, 10, 20, 30, 40");
        assertTrue(Files.isRegularFile(dir.resolve("three-optimizers.results/_compare/three/path-" + stored.runs()
                .get(2) + ".npy")));
    }

    @Test
    void theTextSummaryNamesThePlaneEveryRunAndTheFolder() throws Exception {
        assertEquals(ExitCode.OK, cli.run(List.of("compare", file.toString(), "--runs", "adam,sgd,momentum",
                "--plane", "solutions", "--resolution", "3", "--threads", "1")), err());
        assertTrue(out().startsWith("shared plane "), out());
        assertTrue(out().contains("the plane through the three runs' solutions"), out());
        assertTrue(out().contains("(adam)") && out().contains("(sgd)") && out().contains("(momentum)"), out());
        String name = SharedPlaneFiles.names(file).stream().filter(n -> n.endsWith("-solutions")).findFirst()
                .orElseThrow();
        double[][] adam = SharedPlaneFiles.read(file, name).paths().get(0);
        assertEquals(0, Math.hypot(adam[adam.length - 1][0], adam[adam.length - 1][1]), 1e-9, "adam's solution is "
                + "the origin");
        assertTrue(out().contains("stored in three-optimizers.results/_compare/"), out());
    }

    @Test
    void badRequestsAreRefusedWithAClearMessage() {
        assertEquals(ExitCode.USAGE, cli.run(List.of("compare", file.toString(), "--runs", "sgd")));
        assertTrue(err().contains("give at least two runs"), err());
        assertEquals(ExitCode.USAGE, cli.run(List.of("compare", file.toString(), "--runs", "sgd,adam", "--plane",
                "random")));
        assertTrue(err().contains("--plane: give pca or solutions, not 'random'"), err());
        assertEquals(ExitCode.FAILURE, cli.run(List.of("compare", file.toString(), "--runs", "sgd,adam", "--plane",
                "solutions")));
        assertTrue(err().contains("the plane through solutions needs exactly 3 runs, got 2"), err());
        assertEquals(ExitCode.FAILURE, cli.run(List.of("compare", file.toString(), "--runs", "sgd,nadam")));
        assertTrue(err().contains("no run or variant \"nadam\""), err());
        assertEquals(ExitCode.OK, cli.run(List.of("help", "compare")));
        assertTrue(out().contains("landscape compare FILE.landscape --runs A,B[,C…]"), out());
    }
}
