package org.losslandscape.core.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.Experiments;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.run.RunPackage;
import org.losslandscape.core.run.RunReport;
import org.losslandscape.core.run.RunUnit;
import org.losslandscape.core.run.SweepPlan;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.DatasetKind;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.Metric;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.Variant;

/**
 * Whole runs of a sweep computed from a {@link RunBatch} — what a Spark task carries — in a scratch folder, and
 * imported into the experiment file: the same bits as the local runs; a data file as bytes or as a reference checked
 * by SHA-256, with clear errors when the reference is missing or differs.
 */
class WholeRunsTest {

    private static final String CSV = "x,y,label\n" + "0.1,0.2,a\n0.9,0.8,b\n0.2,0.1,a\n0.8,0.9,b\n0.3,0.2,a\n"
            + "0.7,0.6,b\n0.15,0.3,a\n0.85,0.7,b\n0.25,0.05,a\n0.95,0.75,b\n";

    /**
     * A CSV dataset in a folder beside the experiment ("data/points.csv": files outside the experiment's folder are
     * refused, see {@code InputPaths}), three learning rates.
     */
    private static Path experiment(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/points.csv"), CSV);
        Experiment e = Experiments.twoMoons(20, 5);
        e.getDataset().setKind(DatasetKind.CSV_FILE);
        e.getDataset().getParameters().clear();
        e.getDataset().setFile("data/points.csv");
        for (int k = 0; k < 3; k++) {
            Variant v = LandscapeFactory.eINSTANCE.createVariant();
            v.setName("lr" + k);
            Parameter p = LandscapeFactory.eINSTANCE.createParameter();
            p.setKey("optimizer.hyperParameters.lr");
            p.setValue(String.valueOf(0.01 * (k + 1)));
            v.getSettings().add(p);
            e.getVariants().add(v);
        }
        return Experiments.save(e, dir.resolve("sweep.landscape"));
    }

    /** @return every result file of the run, by name, as bytes */
    private static Map<String, byte[]> files(Path file, String runId) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        Path folder = ResultFiles.runFolder(file, runId);
        try (Stream<Path> all = Files.list(folder)) {
            for (Path f : all.toList()) {
                out.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }

    private static Map<String, Double> metrics(Run run) {
        Map<String, Double> out = new TreeMap<>();
        for (Metric m : run.getMetrics()) {
            out.put(m.getName() + "@" + m.getStep(), m.getValue());
        }
        return out;
    }

    private static Run run(Path file, String variant) throws Exception {
        return ExperimentStore.load(file).experiment().getRuns().stream().filter(r -> variant.equals(r
                .getVariant())).findFirst().orElseThrow();
    }

    @Test
    void runsFromABatchAreTheLocalRunsBitForBit(@TempDir Path dir) throws Exception {
        Path local = experiment(dir.resolve("local"));
        new ExperimentRunner().run(local, new RunOptions(2, 1, List.of(3L)), null);
        Path remote = experiment(dir.resolve("remote"));
        List<RunUnit> units = SweepPlan.of(ExperimentStore.load(remote).experiment(), new RunOptions(1, 1, List.of(
                3L)));
        assertEquals(3, units.size());
        RunBatch batch = RunBatch.of(remote, units, RunBatch.DEFAULT_BROADCAST_LIMIT);
        assertEquals(1, batch.files().size(), "the CSV file travels with the batch");
        assertFalse(batch.files().get(0).isReference(), "small: as bytes");
        // what a Spark task does, then what the driver does with its answer
        for (RunUnit u : units) {
            RunPackage p = WholeRuns.execute(batch, u, 1, ProgressMonitor.NONE);
            RunReport r = p.importInto(remote, "spark");
            assertEquals(RunStatus.COMPLETED, r.status(), r.message());
        }
        assertTrue(SweepPlan.missing(ExperimentStore.load(remote).experiment(), units).isEmpty(),
                "every unit is finished: running the plan again runs nothing");
        for (int k = 0; k < 3; k++) {
            Run a = run(local, "lr" + k);
            Run b = run(remote, "lr" + k);
            assertEquals("spark", b.getBackend());
            assertEquals(metrics(a), metrics(b), "lr" + k + ": metrics");
            Map<String, byte[]> fa = files(local, a.getId());
            Map<String, byte[]> fb = files(remote, b.getId());
            assertEquals(fa.keySet(), fb.keySet());
            for (String name : fa.keySet()) {
                assertArrayEquals(fa.get(name), fb.get(name), "lr" + k + ": " + name + " byte for byte");
            }
            assertEquals(a.getResults().size(), b.getResults().size());
            for (int i = 0; i < b.getResults().size(); i++) {
                assertTrue(Files.isRegularFile(ResultFiles.resolve(remote, b, b.getResults().get(i))),
                        "the imported reference points into the experiment's own results folder");
            }
        }
    }

    @Test
    void aLargeFileIsAReferenceCheckedBySha256WhereTheRunComputes(@TempDir Path dir) throws Exception {
        Path file = experiment(dir);
        List<RunUnit> units = SweepPlan.of(ExperimentStore.load(file).experiment(), new RunOptions(1, 1, List.of(
                3L), "lr1"));
        RunBatch batch = RunBatch.of(file, units, 0);
        DataFile csv = batch.files().get(0);
        assertTrue(csv.isReference(), "over the limit: a reference");
        assertEquals(dir.resolve("data/points.csv").toAbsolutePath().normalize().toString(), csv.location());
        assertEquals(0, batch.broadcastBytes() - batch.experiment().length, "no data bytes travel");
        RunPackage ok = WholeRuns.execute(batch, units.get(0), 1, ProgressMonitor.NONE);
        assertEquals(RunStatus.COMPLETED, ok.importInto(file, "spark").status());

        Files.writeString(dir.resolve("data/points.csv"), CSV + "0.5,0.5,a\n");
        IOException changed = assertThrows(IOException.class, () -> WholeRuns.execute(batch, units.get(0), 1,
                ProgressMonitor.NONE));
        assertTrue(changed.getMessage().contains("'data/points.csv'") && changed.getMessage().contains("SHA-256")
                && changed.getMessage().contains(csv.sha256()) && changed.getMessage().contains("differ"),
                changed.getMessage());

        Files.delete(dir.resolve("data/points.csv"));
        IOException missing = assertThrows(IOException.class, () -> WholeRuns.execute(batch, units.get(0), 1,
                ProgressMonitor.NONE));
        assertTrue(missing.getMessage().contains("is not readable on") && missing.getMessage().contains(csv
                .location()), missing.getMessage());

        RunBatch carried = RunBatch.of(experiment(dir.resolve("again")), units, 1 << 20);
        Files.delete(dir.resolve("again/data/points.csv"));
        assertEquals(RunStatus.COMPLETED, WholeRuns.execute(carried, units.get(0), 1, ProgressMonitor.NONE)
                .importInto(dir.resolve("again/sweep.landscape"), "spark").status(),
                "under the limit the bytes travel: the original file is not needed where the run computes");
    }
}
