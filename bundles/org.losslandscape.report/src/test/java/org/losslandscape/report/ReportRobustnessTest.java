package org.losslandscape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.results.CurveTable;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.Interval;
import org.losslandscape.core.results.LossSurface;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/** A report or export leaves out the results it cannot use, names them, and fails on a full disk in one line. */
class ReportRobustnessTest {

    private static final LandscapeFactory F = LandscapeFactory.eINSTANCE;
    private static final String SURFACE_2D = "2D loss surface on train, random directions, x in [-1.0, 1.0], "
            + "y in [-1.0, 1.0], rows x, columns y, 5 points per axis";

    /** The metadata of a 5 × 5 surface over [-1, 1]², as the surface analysis writes it. */
    private static final ResultMetadata SURFACE_2D_METADATA = ResultMetadata.builder()
            .put(ResultKeys.DIMENSIONS, 2L).put(ResultKeys.DATA_SPLIT, "train").put(ResultKeys.DIRECTIONS, "RANDOM")
            .put(ResultKeys.X_RANGE, new Interval(-1, 1)).put(ResultKeys.Y_RANGE, new Interval(-1, 1))
            .put(ResultKeys.POINTS, 5L).build();

    @TempDir
    Path dir;

    private Path file;

    private Run run(Experiment e, String id) {
        Run r = F.createRun();
        r.setId(id);
        r.setStatus(RunStatus.COMPLETED);
        e.getRuns().add(r);
        return r;
    }

    private Experiment experiment() throws IOException {
        file = dir.resolve("e.landscape");
        Experiment e = F.createExperiment();
        e.setName("e");
        Run good = run(e, "run-1");
        ResultFiles.write(file, good, ResultKind.CURVES, "curves.npy", NpyArray.ofDoubles(new int[] {2, 5},
                new double[] {0, 1, 0.5, 1.2, 0.4, 10, 0.5, 0.8, 0.7, 0.6}), "curves", ResultMetadata.EMPTY);
        Run last = run(e, "run-2");
        ResultFiles.write(file, last, ResultKind.CURVES, "curves.npy", NpyArray.ofDoubles(new int[] {3},
                new double[3]), "curves", ResultMetadata.EMPTY);
        ResultFiles.write(file, last, ResultKind.SURFACE, "good.npy", NpyArray.ofDoubles(new int[] {5, 5},
                new double[25]), SURFACE_2D, SURFACE_2D_METADATA);
        ResultFiles.write(file, last, ResultKind.SURFACE, "flat.npy", NpyArray.ofDoubles(new int[] {5},
                new double[5]), SURFACE_2D, SURFACE_2D_METADATA);
        return e;
    }

    @Test
    void aResultOfTheWrongShapeIsSkippedByNameAndTheRestIsReported() throws Exception {
        Experiment e = experiment();
        List<String> skipped = new ArrayList<>();
        HtmlReport report = ExperimentReport.build(file, e, skipped::add);
        List<String> names = report.figures().stream().map(Figure::name).toList();
        assertTrue(names.contains("loss") && names.stream().anyMatch(n -> n.startsWith("good")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("flat")), names.toString());
        assertEquals(List.of("skipped e.results/run-2/curves.npy (run run-2): expected shape [rows, 5 or more "
                + "columns], the file has shape [3]", "skipped e.results/run-2/flat.npy (run run-2): expected shape "
                        + "[5, 5] (a 2D surface), the file has shape [5]"), skipped);

        Map<String, CurveTable> curves = ResultReader.curves(file, e, skipped::add);
        assertEquals(List.of("run-1"), List.copyOf(curves.keySet()));
        skipped.clear();
        Map<String, LossSurface> surfaces = ResultReader.all(DataProviders.SURFACES, file, e.getRuns().get(1),
                skipped::add);
        assertEquals(List.of("good"), List.copyOf(surfaces.keySet()), "a 1-D array is not taken as a 2D surface");
        assertEquals(1, skipped.size(), skipped.toString());

        // the all-or-nothing entry points name the file
        IOException x = assertThrows(IOException.class, () -> ExperimentReport.build(file, e));
        assertTrue(x.getMessage().contains("e.results/run-2/curves.npy") && x.getMessage().contains("[3]"),
                x.getMessage());
    }

    @Test
    void aReferenceOutsideTheResultsFolderIsSkippedUnread() throws Exception {
        Experiment e = experiment();
        Path secret = dir.resolve("secret.npy");
        org.losslandscape.compute.io.Npy.write(secret, NpyArray.ofDoubles(new int[] {5, 5}, new double[25]));
        ResultRef ref = F.createResultRef();
        ref.setKind(ResultKind.SURFACE);
        ref.setUri("../" + dir.getFileName() + "/secret.npy");
        ref.setDescription(SURFACE_2D);
        e.getRuns().get(1).getResults().add(ref);
        List<String> skipped = new ArrayList<>();
        Map<String, LossSurface> surfaces = ResultReader.all(DataProviders.SURFACES, file, e.getRuns().get(1),
                skipped::add);
        assertFalse(surfaces.containsKey("secret"));
        assertTrue(skipped.stream().anyMatch(m -> m.startsWith("skipped ../") && m.contains("(run run-2): result \"")
                && m.contains("refused, not read")), skipped.toString());
    }

    @Test
    void aFailingStreamGivesTheReasonAndNoImageIoCacheFile() throws Exception {
        BufferedImage image = ChartRenderer.image(Fixtures.landscape(false), 300, 200);
        Path cache = Files.createDirectories(dir.resolve("imageio-cache"));
        boolean useCache = ImageIO.getUseCache();
        java.io.File cacheDir = ImageIO.getCacheDirectory();
        PrintStream err = System.err;
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            ImageIO.setUseCache(true); // the JVM's default, which wrote a cache file and left a failing thread
            ImageIO.setCacheDirectory(cache.toFile());
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            OutputStream full = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("No space left on device");
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    throw new IOException("No space left on device");
                }
            };
            IOException x = assertThrows(IOException.class, () -> ChartRenderer.writePng(image, full));
            assertEquals("No space left on device", x.getMessage());
        } finally {
            System.setErr(err);
            ImageIO.setUseCache(useCache);
            ImageIO.setCacheDirectory(cacheDir);
        }
        assertEquals("", errBytes.toString(StandardCharsets.UTF_8), "nothing printed");
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(List.of(), files.toList(), "no ImageIO cache file (its shutdown thread failed on close)");
        }
    }

    /** A real full disk: a 64 KiB tmpfs, when this machine lets the test mount one (root on Linux). */
    @Test
    void aFullDiskGivesOneReasonAndLeavesNoFile() throws Exception {
        Path mount = fullDisk();
        try {
            Path filler = mount.resolve("filler");
            Path target = mount.resolve("loss.png");
            IOException x = assertThrows(IOException.class, () -> ChartRenderer.writePng(Fixtures.landscape(false),
                    target, 900, 560));
            String message = x.getMessage() + " " + (x instanceof java.nio.file.FileSystemException f
                    ? f.getReason() : "");
            assertTrue(message.contains("No space left on device"), message);
            try (Stream<Path> files = Files.list(mount)) {
                assertEquals(List.of(filler), files.toList(), "no partial or temporary file");
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    /**
     * The JVM that wrote the PNG, with its temporary folder on the full disk too (where ImageIO put its cache file):
     * the failure is reported once and the JVM exits without a stray "StreamCloser" thread exception.
     */
    @Test
    void aFullDiskLeavesNoStrayThreadExceptionAtExit() throws Exception {
        Path mount = fullDisk();
        try {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + mount, "-cp",
                    System.getProperty("java.class.path"), PngWriterMain.class.getName(), mount.resolve("x.png")
                            .toString()).start();
            byte[] stdout = p.getInputStream().readAllBytes();
            String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String out = new String(stdout, StandardCharsets.UTF_8).strip();
            assertEquals(0, p.exitValue(), out + stderr);
            assertTrue(out.startsWith("failed: ") && out.contains("x.png") && out.contains("No space left on device"),
                    out);
            assertFalse(stderr.contains("Exception") || stderr.contains("StreamCloser") || stderr.contains("\tat "),
                    stderr);
        } finally {
            run("umount", mount.toString());
        }
    }

    /**
     * @return a 64 KiB tmpfs in the test folder, filled up with the file {@code filler}; the test is skipped when
     *         this machine does not let it mount one (root on Linux can); the caller unmounts it
     */
    private Path fullDisk() throws IOException {
        Path mount = Files.createDirectories(dir.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString()),
                "cannot mount a tmpfs here");
        try (OutputStream out = Files.newOutputStream(mount.resolve("filler"))) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            return mount; // the disk is full now
        }
    }

    private static boolean run(String... command) {
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
