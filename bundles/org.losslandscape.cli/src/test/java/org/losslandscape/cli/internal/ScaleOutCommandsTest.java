package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.core.backend.SparkComputeBackend;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.DatasetKind;
import org.losslandscape.model.DatasetSpec;
import org.losslandscape.model.DirectionKind;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LayerSpec;
import org.losslandscape.model.NetworkSpec;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.Run;
import org.losslandscape.model.SurfaceAnalysis;
import org.losslandscape.model.TrainingSpec;
import org.losslandscape.model.Variant;

/**
 * A six-variant sweep with a surface per run, from the command line: sliced for a job array ({@code --shard I/N}:
 * every whole run in exactly one slice, {@code --merge} runs the missing ones) and on Spark {@code local[2]}
 * ({@code --spark}: one task per whole run), whose surfaces equal the local runs' bit for bit.
 */
class ScaleOutCommandsTest {

    private static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8));

    private static Parameter parameter(String key, String value) {
        Parameter p = F.createParameter();
        p.setKey(key);
        p.setValue(value);
        return p;
    }

    private static LayerSpec layer(String kind, int units) {
        LayerSpec l = F.createLayerSpec();
        l.setKind(kind);
        l.setUnits(units);
        return l;
    }

    /** Two moons, a small MLP, six learning rates, an 11 × 11 surface after training. */
    private static Path sweep(Path file) throws Exception {
        Experiment e = F.createExperiment();
        e.setName("sweep");
        e.setSeed(7);
        DatasetSpec d = F.createDatasetSpec();
        d.setKind(DatasetKind.TWO_MOONS);
        d.getParameters().add(parameter("n_per_class", "40"));
        e.setDataset(d);
        NetworkSpec n = F.createNetworkSpec();
        n.getLayers().add(layer("DENSE", 12));
        n.getLayers().add(layer("RELU", 0));
        n.getLayers().add(layer("DENSE", 2));
        e.setNetwork(n);
        OptimizerSpec o = F.createOptimizerSpec();
        o.setOptimizerId("adam");
        o.getHyperParameters().add(parameter("lr", "0.01"));
        e.setOptimizer(o);
        TrainingSpec t = F.createTrainingSpec();
        t.setSteps(20);
        t.setEvaluateEvery(10);
        e.setTraining(t);
        SurfaceAnalysis s = F.createSurfaceAnalysis();
        s.setName("plane");
        s.setResolution(11);
        s.setDirectionKind(DirectionKind.FILTER_NORMALISED);
        e.getAnalyses().add(s);
        for (int k = 0; k < 6; k++) {
            Variant v = F.createVariant();
            v.setName("lr" + k);
            v.getSettings().add(parameter("optimizer.hyperParameters.lr", String.valueOf(0.002 * (k + 1))));
            e.getVariants().add(v);
        }
        ExperimentStore.save(e, file);
        return file;
    }

    /** @return surface by variant, of the runs of that backend */
    private static Map<String, double[]> surfaces(Path file, String backend) throws Exception {
        Map<String, double[]> out = new HashMap<>();
        for (Run r : ExperimentStore.load(file).experiment().getRuns()) {
            if (r.getBackend().equals(backend)) {
                String uri = r.getResults().stream().filter(x -> x.getKind() == ResultKind.SURFACE).findFirst()
                        .orElseThrow().getUri();
                out.put(r.getVariant(), Npy.read(ResultFiles.resolve(file, uri)).data());
            }
        }
        return out;
    }

    @Test
    void theSlicesOfASweepRunEveryRunOnceAndTheMergeTheMissingOnes(@TempDir Path dir) throws Exception {
        Path file = sweep(dir.resolve("sweep.landscape"));
        // six variants × two seeds = twelve whole runs; slices 0 and 2 of 4 run, slices 1 and 3 are "lost"
        for (int i : new int[] {0, 2}) {
            assertEquals(ExitCode.OK, cli.run(List.of("run", file.toString(), "--shard", i + "/4", "--seed", "3",
                    "--runs", "2")), errBytes.toString(StandardCharsets.UTF_8));
        }
        assertEquals(6, ExperimentStore.load(file).experiment().getRuns().size(), "units 0, 2, 4, …, 10");
        assertEquals(ExitCode.OK, cli.run(List.of("run", file.toString(), "--shard", "0/4", "--seed", "3", "--runs",
                "2")));
        assertEquals(6, ExperimentStore.load(file).experiment().getRuns().size(), "a slice run again adds nothing");
        assertEquals(ExitCode.OK, cli.run(List.of("run", file.toString(), "--merge", "--seed", "3", "--runs", "2")));
        Set<String> seen = new HashSet<>();
        for (Run r : ExperimentStore.load(file).experiment().getRuns()) {
            assertTrue(seen.add(r.getVariant() + "/" + r.getConfiguration().getSeed()), r.getVariant() + " with seed "
                    + r.getConfiguration().getSeed() + " ran twice");
        }
        assertEquals(12, seen.size(), "the merge ran the six missing runs: " + seen);
        assertTrue(seen.contains("lr5/4"));
        assertFalse(Files.exists(dir.resolve("sweep.results/.blocks")), "whole runs leave no block folder");
        assertEquals(ExitCode.USAGE, cli.run(List.of("run", file.toString(), "--shard", "4/4")));
        assertEquals(ExitCode.USAGE, cli.run(List.of("run", file.toString(), "--shard", "0/2", "--spark",
                "local[2]")));
    }

    @Test
    void aSweepOnSparkGivesTheLocalSurfacesBitForBit(@TempDir Path dir) throws Exception {
        Path module = Path.of("..", "org.losslandscape.spark", "target").toAbsolutePath().normalize();
        Path cp = module.resolve("spark-classpath.txt");
        assumeTrue(Files.isRegularFile(cp), "the Spark job module is not built");
        System.setProperty(SparkComputeBackend.CLASSPATH_PROPERTY, module.resolve("classes") + java.io.File
                .pathSeparator + Files.readString(cp).trim());
        try {
            Path local = sweep(Files.createDirectories(dir.resolve("local")).resolve("sweep.landscape"));
            Path file = sweep(Files.createDirectories(dir.resolve("spark")).resolve("sweep.landscape"));
            assertEquals(ExitCode.OK, cli.run(List.of("run", local.toString(), "--seed", "3")));
            assertEquals(ExitCode.OK, cli.run(List.of("run", file.toString(), "--seed", "3", "--spark", "local[2]")),
                    errBytes.toString(StandardCharsets.UTF_8));
            Map<String, double[]> expected = surfaces(local, "java");
            Map<String, double[]> spark = surfaces(file, "spark");
            assertEquals(6, spark.size());
            for (String v : expected.keySet()) {
                assertArrayEquals(expected.get(v), spark.get(v), v);
            }
            assertEquals(ExitCode.OK, cli.run(List.of("run", file.toString(), "--seed", "3", "--spark", "local[2]")),
                    errBytes.toString(StandardCharsets.UTF_8));
            assertEquals(6, ExperimentStore.load(file).experiment().getRuns().size(),
                    "the same sweep again finds every run in the file and runs none");
            assertFalse(Files.exists(dir.resolve("spark/sweep.results/.blocks")), "nothing left to resume from");
            String err = errBytes.toString(StandardCharsets.UTF_8);
            assertTrue(err.contains("Spark task-end"), "per-task progress on stderr: " + err);
        } finally {
            System.clearProperty(SparkComputeBackend.CLASSPATH_PROPERTY);
        }
    }
}
