package org.losslandscape.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.backend.RunBatch;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.run.RunUnit;
import org.losslandscape.core.run.SweepPlan;
import org.losslandscape.core.store.ExperimentStore;

/**
 * A six-variant sweep on Spark {@code local[2]}, one task per whole run: the runs in the experiment file are the
 * local pool's bit for bit; a driver JVM killed with SIGKILL leaves the runs it finished, and the next driver runs
 * only the missing ones.
 */
class LocalSparkSweepTest {

    private static Path batch(Path file, Path to) throws Exception {
        List<RunUnit> units = SweepPlan.of(ExperimentStore.load(file).experiment(), new RunOptions(1, 1, List.of(
                Sweeps.SEED)));
        RunBatch.of(file, units, RunBatch.DEFAULT_BROADCAST_LIMIT).write(to);
        return to;
    }

    @Test
    void aSweepOnLocalTwoIsTheLocalSweepBitForBit(@TempDir Path dir) throws Exception {
        long t0 = System.nanoTime();
        Path local = Sweeps.local(dir.resolve("local/sweep.landscape"));
        long t1 = System.nanoTime();
        Path file = Sweeps.experiment(dir.resolve("spark/sweep.landscape"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = SparkDriver.run(new String[] {"--master", "local[2]", "--runs", batch(file, dir.resolve(
                "batch.ser")).toString(), "--experiment", file.toString()}, new PrintStream(bytes, true,
                        StandardCharsets.UTF_8));
        long t2 = System.nanoTime();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        System.out.printf("six-variant sweep: local pool %.2f s, Spark local[2] with context start %.2f s%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        assertTrue(out.contains("landscape-spark plan 6 6"), out);
        assertEquals(6, out.lines().filter(l -> l.startsWith("landscape-spark run ")).count(), out);
        assertEquals(6, out.lines().filter(l -> l.startsWith("landscape-spark task-end ") && l.contains(" ok "))
                .count(), "one task per run: " + out);
        Sweeps.assertSameRuns(local, file, "spark");
    }

    @Test
    void aKilledDriverLeavesItsRunsAndTheNextOneRunsTheRest(@TempDir Path dir) throws Exception {
        Path file = Sweeps.experiment(dir.resolve("spark/sweep.landscape"));
        Path batch = batch(file, dir.resolve("batch.ser"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                SparkDriver.class.getName(), "--master", "local[1]", "--runs", batch.toString(), "--experiment",
                file.toString());
        Process first = new ProcessBuilder(command).redirectError(dir.resolve("first.log").toFile()).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(first.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            int runs = 0;
            while ((line = lines.readLine()) != null && runs < 2) {
                runs += line.startsWith("landscape-spark run ") ? 1 : 0;
            }
            assertEquals(2, runs, "the first driver imported two runs before it was killed");
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye
            first.waitFor();
        }
        int kept = ExperimentStore.load(file).experiment().getRuns().size();
        assertTrue(kept >= 2 && kept < 6, "the killed driver's runs are in the file: " + kept);
        Process second = new ProcessBuilder(command).redirectError(dir.resolve("second.log").toFile()).start();
        String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, second.waitFor(), out);
        assertTrue(out.contains("landscape-spark plan " + (6 - kept) + " 6"), "only the missing runs: " + out);
        assertEquals(6 - kept, out.lines().filter(l -> l.startsWith("landscape-spark run ")).count(), out);
        Sweeps.assertSameRuns(Sweeps.local(dir.resolve("local/sweep.landscape")), file, "spark");
    }
}
