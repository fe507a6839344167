package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.compute.io.NetworkWeights;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.core.run.TrainedModel;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.Experiment;

/** new → validate → run → info on a small template, and what the commands say about broken files. */
class ExperimentCommandsTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8));

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * The mode-connectivity template run twice from the command line connects two different solutions; a seed
     * given again with --seed repeats a run exactly, and the analysis refuses that twin with the reason.
     */
    @Test
    void runningAgainTakesANewSeedAndATwinIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mc.landscape");
        assertEquals(ExitCode.OK, cli.run(List.of("new", "--template", "mode-connectivity", "-o", file.toString())));
        Experiment e = ExperimentStore.load(file).experiment();
        e.getTraining().setSteps(200); // shorter than the template's; the barrier is already there
        ExperimentStore.save(e, file);
        assertEquals(ExitCode.OK, cli.run(List.of("run", file.toString())), err());
        assertTrue(out().contains("run-1 (seed 5) completed — analysis connectivity: mode connectivity needs a "
                + "second solution"), out());
        outBytes.reset();
        assertEquals(ExitCode.OK, cli.run(List.of("run", file.toString(), "--json")), err());
        assertTrue(out().contains("\"run\":\"run-2\"") && out().contains("\"seed\":6"), out());
        double barrier = ExperimentStore.load(file).experiment().getRuns().get(1).getMetrics().stream()
                .filter(m -> m.getName().equals("connectivity.barrier_linear")).findFirst().orElseThrow().getValue();
        assertTrue(barrier > 1e-3, "a barrier between two different solutions: " + barrier);

        // a pair forced to be identical: the same seed given twice in a new file
        Path twins = dir.resolve("twins.landscape");
        ExperimentStore.save(e, twins);
        assertEquals(ExitCode.OK, cli.run(List.of("run", twins.toString(), "--seed", "9")), err());
        outBytes.reset();
        assertEquals(ExitCode.OK, cli.run(List.of("run", twins.toString(), "--seed", "9")), err());
        assertTrue(out().contains("run-2 (seed 9) completed — analysis connectivity: mode connectivity needs a second "
                + "solution, and run-1 has this run's solution"), out());
        assertEquals(ExitCode.USAGE, cli.run(List.of("run", file.toString(), "--seed", "six")));
        assertTrue(err().contains("--seed needs a whole number, got 'six'"), err());
    }

    @Test
    void listExplainsEveryTemplateInOneLine() {
        assertEquals(ExitCode.OK, cli.run(List.of("new", "--list")));
        for (String t : List.of("tour", "grokking", "saddle-toy", "sgd-vs-sam", "flat-vs-sharp",
                "edge-of-stability", "mode-connectivity", "double-descent", "early-stopping", "regularisers",
                "spirals-landscape", "toy-surfaces", "local-minimum", "saddle-escape", "two-weights", "transformer-grokking")) {
            assertTrue(out().lines().anyMatch(l -> l.startsWith(t + " ") && l.length() > t.length() + 20), t);
        }
    }

    @Test
    void newValidateRunInfo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("saddle.landscape");
        assertEquals(ExitCode.OK, cli.run(List.of("new", "--template", "saddle-toy", "-o", file.toString())), err());
        assertTrue(Files.exists(file));
        assertEquals(ExitCode.FAILURE, cli.run(List.of("new", "--template", "tour", "-o", file.toString())));
        assertTrue(err().contains("exists"), err());

        assertEquals(ExitCode.OK, cli.run(List.of("validate", file.toString())), err());
        assertTrue(out().contains("saddle.landscape: ok (2 parameters"), out());

        assertEquals(ExitCode.OK, cli.run(List.of("run", file.toString(), "--threads", "2")), err());
        assertTrue(out().contains("run-1 (seed 3) completed"), out());

        outBytes.reset();
        assertEquals(ExitCode.OK, cli.run(List.of("info", file.toString())), err());
        assertTrue(out().contains("run run-1: completed"), out());
        assertTrue(out().contains("curves: "), out());

        outBytes.reset();
        assertEquals(ExitCode.OK, cli.run(List.of("info", file.toString(), "--json")), err());
        assertTrue(out().contains("\"status\":\"COMPLETED\""), out());
        assertTrue(out().contains("\"backend\":\"java\""), out());
    }

    @Test
    void aRunChoosesItsBackendAndAnUnknownOneIsRefusedWithTheAvailableOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("saddle.landscape");
        assertEquals(ExitCode.OK, cli.run(List.of("new", "--template", "saddle-toy", "-o", file.toString())), err());
        assertEquals(ExitCode.USAGE, cli.run(List.of("run", file.toString(), "--backend", "cluster")));
        assertTrue(err().contains("unknown compute backend 'cluster'; available: java"), err());
        assertTrue(org.losslandscape.core.store.ExperimentStore.load(file).experiment().getRuns().isEmpty(),
                "no run was added");

        outBytes.reset();
        assertEquals(ExitCode.OK, cli.run(List.of("run", file.toString(), "--backend", "java", "--json")), err());
        assertTrue(out().contains("\"backend\":\"java\""), out());
        outBytes.reset();
        assertEquals(ExitCode.OK, cli.run(List.of("info", file.toString())), err());
        assertTrue(out().contains("  backend: java"), out());
    }

    @Test
    void exportsTheTrainedModelsAsSafetensorsWithBatchNormStatistics(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bn.landscape");
        assertEquals(ExitCode.OK, cli.run(List.of("new", "--template", "tour", "-o", file.toString())), err());
        String xml = Files.readString(file);
        xml = xml.replaceFirst("<layers units=\"32\"/>", "<layers units=\"32\"/><layers kind=\"BATCH_NORM\"/>")
                .replace("steps=\"600\"", "steps=\"60\"").replaceAll("(?s)  <analyses .*?/>\n", "");
        Files.writeString(file, xml);
        assertEquals(ExitCode.OK, cli.run(List.of("run", file.toString())), err());
        Path out = dir.resolve("models");
        assertEquals(ExitCode.OK, cli.run(List.of("export", file.toString(), "--format", "safetensors", "-o",
                out.toString())), err());
        assertTrue(out().contains("wrote " + out.resolve("run-1.safetensors")), out());
        Experiment experiment = ExperimentStore.load(file).experiment();
        TrainedModel model = TrainedModel.of(file, experiment, experiment.getRuns().get(0));
        assertEquals(2 * 32, model.network().bufferCount(), "the BatchNorm layer's mean and variance");
        assertTrue(model.buffersStored());
        NetworkWeights.State state = NetworkWeights.readState(out.resolve("run-1.safetensors"), model.network());
        Path results = dir.resolve("bn.results/run-1");
        assertArrayEquals(Npy.read(results.resolve("final-params.npy")).data(), state.params());
        double[] buffers = Npy.read(results.resolve("final-buffers.npy")).data();
        assertTrue(state.buffersFromFile());
        assertArrayEquals(buffers, state.buffers());
        assertTrue(Math.abs(buffers[0]) > 1e-6, "trained running mean " + buffers[0]);
    }

    @Test
    void brokenFilesGiveAMessageAndExitOneWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path malformed = dir.resolve("malformed.landscape");
        Files.writeString(malformed, "<?xml version=\"1.0\"?>\n<landscape:Experiment xmlns:landscape=\""
                + "http://losslandscape.org/model/1.0\" name=\"x\">\n  <dataset kind=\"TWO_MOONS\"\n</landscape:Experiment>\n");
        byte[] before = Files.readAllBytes(malformed);
        for (String command : List.of("validate", "run", "info")) {
            errBytes.reset();
            assertEquals(ExitCode.FAILURE, cli.run(List.of(command, malformed.toString())), command);
            assertTrue(err().contains("malformed.landscape:"), command + ": " + err());
            assertTrue(err().matches("(?s).*:\\d+.*"), "names the line: " + err());
            assertFalse(err().contains("\tat "), "no stack trace: " + err());
        }
        assertArrayEquals(before, Files.readAllBytes(malformed), "the input is never overwritten");

        Path missing = dir.resolve("nothing.landscape");
        assertEquals(ExitCode.FAILURE, cli.run(List.of("validate", missing.toString())));
        assertTrue(err().contains("no such file"), err());

        Path badOptimizer = dir.resolve("bad.landscape");
        assertEquals(ExitCode.OK, cli.run(List.of("new", "--template", "tour", "-o", badOptimizer.toString())));
        Files.writeString(badOptimizer, Files.readString(badOptimizer).replace("optimizerId=\"adam\"",
                "optimizerId=\"adamx\""));
        errBytes.reset();
        assertEquals(ExitCode.FAILURE, cli.run(List.of("validate", badOptimizer.toString())));
        assertTrue(err().contains("adamx"), err());
        assertFalse(err().contains("\tat "), err());
    }
}
