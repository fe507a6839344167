package org.losslandscape.core.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.Experiments;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.DatasetKind;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Run;

/** A run records the engine, the JVM, its threads and the data files it read; a file changed later is flagged. */
class RunProvenanceTest {

    @TempDir
    Path dir;

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String points(int rows, double shift) {
        StringBuilder csv = new StringBuilder("x,y,label\n");
        for (int i = 0; i < rows; i++) {
            double t = i / (double) rows;
            csv.append(String.format(Locale.ROOT, "%.4f,%.4f,%s%n", Math.cos(7 * t) + shift, Math.sin(5 * t),
                    i % 2 == 0 ? "a" : "b"));
        }
        return csv.toString();
    }

    @Test
    void aRunRecordsWhatItRanOnAndAChangedDataFileIsFlagged() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Path csv = dir.resolve("data/points.csv");
        Files.writeString(csv, points(40, 0));
        Experiment e = Experiments.twoMoons(10, 5);
        e.getDataset().setKind(DatasetKind.CSV_FILE);
        e.getDataset().getParameters().clear();
        e.getDataset().setFile("data/points.csv");
        Path file = Experiments.save(e, dir.resolve("x.landscape"));

        new ExperimentRunner().run(file, new RunOptions(2, 1, List.of()), null);

        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertTrue(run.getEngineVersion().startsWith("0.1.0"), run.getEngineVersion());
        assertEquals(2, run.getThreads());
        assertTrue(run.getJvm().contains(System.getProperty("java.version").split("[+-]")[0]), run.getJvm());
        assertEquals(List.of(sha256(Files.readAllBytes(csv)) + "  data/points.csv"), run.getDataDigests());
        assertTrue(RunProvenance.changedFiles(run, dir).isEmpty());
        RunProvenance.FileCheck same = RunProvenance.check(run, dir).get(0);
        assertFalse(same.changed());

        Files.writeString(csv, points(40, 0.5)); // same size, other bytes
        List<RunProvenance.FileCheck> changed = RunProvenance.changedFiles(run, dir);
        assertEquals(1, changed.size());
        assertEquals("data/points.csv", changed.get(0).path());
        assertEquals(sha256(Files.readAllBytes(csv)), changed.get(0).now());
        assertTrue(changed.get(0).describe().startsWith("data/points.csv changed since the run"),
                changed.get(0).describe());

        Files.delete(csv);
        RunProvenance.FileCheck gone = RunProvenance.changedFiles(run, dir).get(0);
        assertNull(gone.now());
        assertTrue(gone.describe().contains("missing"), gone.describe());

        // a record naming a file outside the experiment's folder (the file is untrusted) is not read
        Path outside = Files.writeString(dir.getParent().resolve(dir.getFileName() + "-secret.txt"), "secret");
        try {
            run.getDataDigests().add(sha256(Files.readAllBytes(outside)) + "  ../" + outside.getFileName());
            RunProvenance.FileCheck refused = RunProvenance.check(run, dir).get(1);
            assertNull(refused.now(), "not hashed");
            assertTrue(refused.changed());
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void generatedDataRecordsNoFilesAndEveryFileOfAListIsNamed() throws Exception {
        Experiment e = Experiments.twoMoons(5, 5);
        Path file = Experiments.save(e, dir.resolve("g.landscape"));
        new ExperimentRunner().run(file, new RunOptions(1, 1, List.of()), null);
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertTrue(run.getDataDigests().isEmpty());
        assertEquals(1, run.getThreads());

        e.getDataset().setFile("a.bin, b.bin,,c.bin");
        e.getDataset().setLabelsFile("labels.bin");
        assertEquals(List.of("a.bin", "b.bin", "c.bin", "labels.bin"), RunProvenance.dataFiles(e.getDataset()));
    }
}
