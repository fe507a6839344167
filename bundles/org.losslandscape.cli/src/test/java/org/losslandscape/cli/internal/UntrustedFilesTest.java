package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.results.Interval;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.store.ResultPaths;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/**
 * Experiment files are untrusted (issue #23): run ids and result references from the file never make a command
 * read or write outside the results folder and the output folder, and export failures say why and what to do.
 */
class UntrustedFilesTest {

    private static final String SURFACE_2D = "2D loss surface on train, random directions, x in [-1.0, 1.0], "
            + "y in [-1.0, 1.0], rows x, columns y, 5 points per axis";

    /** The metadata of a 5 × 5 surface over [-1, 1]², as the surface analysis writes it. */
    private static final ResultMetadata SURFACE_2D_METADATA = ResultMetadata.builder()
            .put(ResultKeys.DIMENSIONS, 2L).put(ResultKeys.DATA_SPLIT, "train").put(ResultKeys.DIRECTIONS, "RANDOM")
            .put(ResultKeys.X_RANGE, new Interval(-1, 1)).put(ResultKeys.Y_RANGE, new Interval(-1, 1))
            .put(ResultKeys.POINTS, 5L).build();

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private Path file;

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private void reset() {
        outBytes.reset();
        errBytes.reset();
    }

    private int run(String... args) {
        reset();
        return cli.run(List.of(args));
    }

    /** A short trained run-1 (curves, final parameters) with a 5×5 surface "plane". */
    @BeforeEach
    void trainedExperiment() throws Exception {
        file = dir.resolve("work/e.landscape");
        Files.createDirectories(file.getParent());
        assertEquals(ExitCode.OK, run("new", "--template", "tour", "-o", file.toString()), err());
        Files.writeString(file, Files.readString(file).replace("steps=\"600\"", "steps=\"40\"")
                .replaceAll("(?s)  <analyses .*?/>\n", ""));
        assertEquals(ExitCode.OK, run("run", file.toString()), err());
        ExperimentStore.update(file, e -> ResultFiles.write(file, e.getRuns().get(0), ResultKind.SURFACE,
                "plane.npy", NpyArray.ofDoubles(new int[] {5, 5}, new double[25]), SURFACE_2D, SURFACE_2D_METADATA));
    }

    private static void assertNoTrace(String err) {
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("java."), err);
    }

    @Test
    void runIdsWithPathsNeverWriteOutsideTheOutputFolder() throws Exception {
        Path victim = dir.resolve("any/absolute/victim");
        Files.createDirectories(victim.getParent());
        Path[] precious = {Path.of(victim + "-curves.csv"), Path.of(victim + "-curves.json"),
            Path.of(victim + ".safetensors"), Path.of(victim + "-plane.csv")};
        for (Path p : precious) {
            Files.writeString(p, "precious");
        }
        Path output = dir.resolve("a/b/c/out");
        String climbing = "../../../../elsewhere/x";
        ExperimentStore.update(file, e -> {
            for (String id : List.of(victim.toString(), climbing)) {
                Run copy = EcoreUtil.copy(e.getRuns().get(0));
                copy.setId(id);
                e.getRuns().add(copy);
            }
        });
        for (String format : List.of("csv", "json", "safetensors")) {
            assertEquals(ExitCode.OK, run("export", file.toString(), "--format", format, "-o", output.toString()),
                    format + ": " + err());
            assertTrue(out().contains("wrote " + output.resolve("run-1")), out());
            assertTrue(err().contains("note: e.landscape: run \"" + victim + "\" ignored")
                    && err().contains("note: e.landscape: run \"" + climbing + "\" ignored")
                    && err().contains(ResultPaths.RUN_ID_RULE), err());
        }
        for (Path p : precious) {
            assertEquals("precious", Files.readString(p), p + " unchanged");
        }
        try (Stream<Path> files = Files.list(victim.getParent())) {
            assertEquals(precious.length, files.count(), "nothing new beside the victim");
        }
        assertFalse(Files.exists(output.resolve(climbing).getParent().normalize()), "nothing climbed out of -o");
        assertFalse(Files.exists(dir.resolve("elsewhere")));

        assertEquals(ExitCode.FAILURE, run("validate", file.toString()), "a file with unsafe run ids is invalid");
        assertTrue(err().contains("run \"" + victim + "\" ignored"), err());
        assertEquals(ExitCode.OK, run("info", file.toString()), err());
        assertFalse(out().contains("victim") || out().contains("elsewhere"), out());
    }

    @Test
    void resultReferencesOutsideTheResultsFolderAreNeitherListedNorExported() throws Exception {
        Path secret = dir.resolve("secret.npy");
        Npy.write(secret, NpyArray.ofDoubles(new int[] {5, 5}, new double[25]));
        ExperimentStore.update(file, e -> {
            for (String uri : List.of(secret.toString(), "../secret.npy", "e.results/run-1/../../../secret.npy")) {
                ResultRef ref = LandscapeFactory.eINSTANCE.createResultRef();
                ref.setKind(ResultKind.SURFACE);
                ref.setUri(uri);
                ref.setDescription(SURFACE_2D);
                e.getRuns().get(0).getResults().add(ref);
            }
        });
        assertEquals(ExitCode.OK, run("info", file.toString()), err());
        assertTrue(out().lines().filter(l -> l.startsWith("  surface: ")).toList().equals(List.of(
                "  surface: e.results/run-1/plane.npy")), "only the result inside is listed: " + out());
        assertTrue(err().contains("note: run-1: result \"../secret.npy\" refused, not read: result files must lie "
                + "inside the experiment's results folder e.results/"), err());
        Path output = dir.resolve("out");
        for (String format : List.of("h5", "vtp")) {
            assertEquals(ExitCode.OK, run("export", file.toString(), "--format", format, "-o", output.toString()),
                    err());
            assertEquals("wrote " + output.resolve("run-1-plane." + format), out().strip());
            assertTrue(err().contains("refused, not read"), err());
        }
    }

    @Test
    void exportToAFileOrASystemFolderSaysWhyAndWhatToDo() throws Exception {
        Path existing = Files.writeString(dir.resolve("existing.txt"), "x");
        assertEquals(ExitCode.FAILURE, run("export", file.toString(), "--format", "csv", "-o", existing.toString()));
        assertEquals("e.landscape: cannot export into " + existing + ": it is a file, not a folder; give -o a "
                + "folder", err().strip());

        assertEquals(ExitCode.FAILURE, run("export", file.toString(), "--format", "json", "-o",
                existing.resolve("sub").toString()));
        assertTrue(err().contains("not a directory") && err().contains("give -o a folder, not a file"), err());

        assertEquals(ExitCode.FAILURE, run("export", file.toString(), "--format", "json", "-o", "/proc"));
        assertTrue(err().strip().startsWith("e.landscape: cannot export into /proc: this folder takes no new files")
                && err().contains("choose another folder with -o"), err());
        assertNoTrace(err());
        assertEquals("x", Files.readString(existing));
    }

    @Test
    void aReadOnlyOutputFolderIsNamedWithTheFix() throws Exception {
        Path ro = tmpfs("ro", "ro,size=16k");
        try {
            assertEquals(ExitCode.FAILURE, run("export", file.toString(), "--format", "png", "-o", ro.toString()));
            assertEquals("e.landscape: cannot export into " + ro + ": read-only file system; choose a folder on a "
                    + "writable disk with -o", err().strip());
        } finally {
            system("umount", ro.toString());
        }
    }

    @Test
    void aResultOfTheWrongShapeIsSkippedByNameAndTheRestExported() throws Exception {
        Path curves = ResultFiles.runFolder(file, "run-1").resolve("curves.npy");
        Npy.write(curves, NpyArray.ofDoubles(new int[] {3}, new double[3]));
        for (String format : List.of("html", "csv", "json", "png", "svg")) {
            Path output = dir.resolve("out-" + format);
            assertEquals(ExitCode.OK, run("export", file.toString(), "--format", format, "-o", output.toString()),
                    format + ": " + err());
            assertTrue(err().contains("skipped e.results/run-1/curves.npy (run run-1): expected shape [rows, 5 or "
                    + "more columns], the file has shape [3]"), format + ": " + err());
            assertTrue(out().contains("wrote "), out());
            assertNoTrace(err());
        }
        // a 1-D array where the description promises a 2D surface: h5 refuses it
        Npy.write(ResultFiles.runFolder(file, "run-1").resolve("plane.npy"), NpyArray.ofDoubles(new int[] {5},
                new double[5]));
        Path output = dir.resolve("out-h5");
        assertEquals(ExitCode.FAILURE, run("export", file.toString(), "--format", "h5", "-o", output.toString()));
        assertTrue(err().contains("skipped e.results/run-1/plane.npy (run run-1): expected shape [5, 5] (a 2D "
                + "surface), the file has shape [5]"), err());
        assertTrue(err().contains("nothing to export as h5: its results cannot be used"), err());
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void unreadableResultsAreNamedNotCalledMissing() throws Exception {
        for (String name : List.of("curves.npy", "plane.npy")) {
            Path p = ResultFiles.runFolder(file, "run-1").resolve(name);
            byte[] bytes = Files.readAllBytes(p);
            Files.write(p, java.util.Arrays.copyOf(bytes, bytes.length - 8));
        }
        for (String format : List.of("json", "vtp", "h5")) {
            assertEquals(ExitCode.FAILURE, run("export", file.toString(), "--format", format, "-o",
                    dir.resolve("out").toString()));
            assertTrue(err().contains("result e.results/run-1/plane.npy dropped: the file is unreadable"), err());
            assertTrue(err().contains("nothing to export as " + format + ": its results cannot be used"), err());
            assertFalse(err().contains("run the experiment first"), err());
        }
    }

    /** A real full disk: a 64 KiB tmpfs, when this machine lets the test mount one (root on Linux). */
    @Test
    void pngOnAFullDiskIsOneLineWithFileAndReason() throws Exception {
        Path small = tmpfs("small", "size=64k");
        try {
            try (OutputStream out = Files.newOutputStream(small.resolve("filler"))) {
                byte[] block = new byte[4096];
                while (true) {
                    out.write(block);
                }
            } catch (IOException full) {
                // the disk is full now
            }
            Path output = small.resolve("report");
            for (String format : List.of("png", "html")) {
                assertEquals(ExitCode.FAILURE, run("export", file.toString(), "--format", format, "-o",
                        output.toString()), format);
                String err = err().strip();
                assertEquals(1, err.lines().count(), err);
                assertTrue(err.startsWith("e.landscape: "), err);
                assertTrue(err.contains("no space left on device") && err.contains("free some disk space"), err);
                assertFalse(err.contains("I/O error writing PNG"), err);
                assertNoTrace(err);
            }
        } finally {
            system("umount", small.toString());
        }
    }

    /**
     * @return a small tmpfs mounted on {@code dir/name} with the mount options; the test is skipped when this machine
     *         does not let it mount one (root on Linux can); the caller unmounts it
     */
    private Path tmpfs(String name, String options) throws IOException {
        Path mount = Files.createDirectories(dir.resolve(name));
        assumeTrue(system("mount", "-t", "tmpfs", "-o", options, "tmpfs", mount.toString()),
                "cannot mount a tmpfs (" + options + ") here");
        return mount;
    }

    private static boolean system(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
