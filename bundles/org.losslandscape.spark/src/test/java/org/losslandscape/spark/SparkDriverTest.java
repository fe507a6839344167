package org.losslandscape.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.request.SurfaceRequest;

/** The driver's command line: request folder in, surface file and progress lines out. */
class SparkDriverTest {

    @Test
    void writesTheSurfaceAndReportsEveryBlockAndTask(@TempDir Path dir) throws Exception {
        SurfaceRequest request = Fixtures.surface(Fixtures.mlp(6, 10, 3), 100, Grid.square(-1, 1, 17));
        Fixtures.payload(request, dir.resolve("request"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = SparkDriver.run(new String[] {"--master", "local[2]", "--request", dir.resolve("request")
            .toString(), "--store", dir.resolve("blocks").toString(), "--output", dir.resolve("surface.npy")
                .toString(), "--lines-per-block", "3"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        NpyArray a = Npy.read(dir.resolve("surface.npy"));
        int n = request.grid().size();
        assertArrayEquals(new int[] {3, n}, a.shape());
        Surface local = Fixtures.local(request);
        assertArrayEquals(local.losses(), Arrays.copyOfRange(a.data(), 0, n));
        assertArrayEquals(local.accuracies(), Arrays.copyOfRange(a.data(), n, 2 * n));
        long blocks = out.lines().filter(l -> l.startsWith("landscape-spark block ")).count();
        long tasks = out.lines().filter(l -> l.startsWith("landscape-spark task-end ") && l.contains(" ok ")).count();
        assertEquals(7, blocks, out); // 17 lines in blocks of 3: 1 + 1 + 2 + 3 blocks by stage
        assertEquals(7, tasks, out);
        assertTrue(out.contains("landscape-spark done " + n + " " + n), out);
    }

    /**
     * A driver JVM killed with SIGKILL after its first finished blocks: the blocks are on disk, and a new driver on the
     * same request computes only the rest and writes the local surface.
     */
    @Test
    void aKilledDriverLeavesItsBlocksAndTheNextOneResumes(@TempDir Path dir) throws Exception {
        SurfaceRequest request = Fixtures.surface(Fixtures.deep(12, 64, 3), 3000, Grid.square(-1, 1, 41));
        Fixtures.payload(request, dir.resolve("request"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                SparkDriver.class.getName(), "--master", "local[1]", "--request", dir.resolve("request").toString(),
                "--store", dir.resolve("blocks").toString(), "--output", dir.resolve("surface.npy").toString(),
                "--lines-per-block", "1");
        Process first = new ProcessBuilder(command).redirectError(dir.resolve("first.log").toFile()).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(first.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            int blocks = 0;
            while ((line = lines.readLine()) != null && blocks < 3) {
                blocks += line.startsWith("landscape-spark block ") ? 1 : 0;
            }
            assertEquals(3, blocks, "the first driver reported three blocks before it was killed");
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye
            first.waitFor();
        }
        Process second = new ProcessBuilder(command).redirectError(dir.resolve("second.log").toFile()).start();
        String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, second.waitFor(), out);
        String plan = out.lines().filter(l -> l.startsWith("landscape-spark plan ")).findFirst().orElseThrow();
        int kept = Integer.parseInt(plan.substring(plan.lastIndexOf(' ') + 1));
        assertTrue(kept >= 3 && kept < 41, "the second driver found the first one's blocks: " + plan);
        assertEquals(41 - kept, out.lines().filter(l -> l.startsWith("landscape-spark block ")).count(), out);
        NpyArray a = Npy.read(dir.resolve("surface.npy"));
        int n = request.grid().size();
        Surface local = Fixtures.local(request);
        assertArrayEquals(local.losses(), Arrays.copyOfRange(a.data(), 0, n));
        assertArrayEquals(local.accuracies(), Arrays.copyOfRange(a.data(), n, 2 * n));
    }
}
