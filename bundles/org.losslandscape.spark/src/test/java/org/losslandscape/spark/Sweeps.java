package org.losslandscape.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.DatasetKind;
import org.losslandscape.model.DatasetSpec;
import org.losslandscape.model.DirectionKind;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LayerSpec;
import org.losslandscape.model.Metric;
import org.losslandscape.model.NetworkSpec;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.SurfaceAnalysis;
import org.losslandscape.model.TrainingSpec;
import org.losslandscape.model.Variant;

/** A six-variant sweep (two moons, an MLP, six learning rates, a surface per run) and how two of its runs compare. */
final class Sweeps {

    static final long SEED = 3;
    private static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

    private Sweeps() {
    }

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

    /** Writes the sweep to {@code file}: 40 steps of Adam, an 11 × 11 filter-normalised surface after training. */
    static Path experiment(Path file) throws IOException {
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
        t.setSteps(40);
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
        Files.createDirectories(file.getParent());
        ExperimentStore.save(e, file);
        return file;
    }

    /** @return the sweep at {@code file}, run on the local pool with {@link #SEED} */
    static Path local(Path file) throws Exception {
        experiment(file);
        new ExperimentRunner().run(file, new RunOptions(2, 1, List.of(SEED)), null);
        return file;
    }

    /**
     * Checks that every variant's run in {@code remote} (computed by {@code backend}) is the local one's: status,
     * every metric's value, every result file's bytes (curves, final parameters, surface).
     */
    static void assertSameRuns(Path local, Path remote, String backend) throws Exception {
        List<Run> a = ExperimentStore.load(local).experiment().getRuns();
        List<Run> b = ExperimentStore.load(remote).experiment().getRuns();
        assertEquals(6, a.size());
        assertEquals(6, b.size(), "one run per variant, none twice");
        for (Run x : a) {
            Run y = b.stream().filter(r -> x.getVariant().equals(r.getVariant())).findFirst().orElseThrow();
            assertEquals(RunStatus.COMPLETED, y.getStatus(), y.getMessage());
            assertEquals(backend, y.getBackend());
            assertEquals(x.getConfiguration().getSeed(), y.getConfiguration().getSeed());
            assertEquals(metrics(x), metrics(y), x.getVariant() + ": metrics");
            Map<String, byte[]> fx = files(local, x.getId());
            Map<String, byte[]> fy = files(remote, y.getId());
            assertEquals(fx.keySet(), fy.keySet(), x.getVariant() + ": result files");
            for (String name : fx.keySet()) {
                assertArrayEquals(fx.get(name), fy.get(name), x.getVariant() + ": " + name + " byte for byte");
            }
            assertEquals(refs(local, x), refs(remote, y), x.getVariant() + ": the run references its result files");
        }
    }

    /** @return kind and file name of each result reference, each checked to lead to a file of the run's folder */
    private static java.util.Set<String> refs(Path file, Run run) throws IOException {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (var ref : run.getResults()) {
            Path f = ResultFiles.resolve(file, run, ref);
            assertEquals(run.getId(), f.getParent().getFileName().toString(), ref.getUri());
            org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(f), ref.getUri());
            out.add(ref.getKind() + " " + f.getFileName());
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

    private static Map<String, byte[]> files(Path file, String runId) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.list(ResultFiles.runFolder(file, runId))) {
            for (Path f : all.toList()) {
                out.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }
}
