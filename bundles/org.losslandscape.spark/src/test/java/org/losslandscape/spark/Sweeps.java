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
import org.losslandscape.model.Metric;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/** A six-variant sweep (two moons, an MLP, six learning rates, a surface per run) and how two of its runs compare. */
final class Sweeps {

    static final long SEED = 3;

    private Sweeps() {
    }

    /** Writes the sweep to {@code file}: 40 steps of Adam, an 11 × 11 filter-normalised surface after training. */
    static Path experiment(Path file) throws IOException {
        StringBuilder variants = new StringBuilder();
        for (int k = 0; k < 6; k++) {
            variants.append("  <variants name=\"lr").append(k).append("\"><settings key=")
                    .append("\"optimizer.hyperParameters.lr\" value=\"").append(0.002 * (k + 1))
                    .append("\"/></variants>\n");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <landscape:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xmlns:landscape="http://losslandscape.org/model/1.0" name="sweep" seed="7">
                  <dataset kind="TWO_MOONS"><parameters key="n_per_class" value="40"/></dataset>
                  <network><layers units="12"/><layers kind="RELU"/><layers units="2"/></network>
                  <optimizer optimizerId="adam"><hyperParameters key="lr" value="0.01"/></optimizer>
                  <training steps="40" evaluateEvery="10"/>
                  <analyses xsi:type="landscape:SurfaceAnalysis" name="plane" directionKind="FILTER_NORMALISED" \
                resolution="11"/>
                """ + variants + "</landscape:Experiment>\n");
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
