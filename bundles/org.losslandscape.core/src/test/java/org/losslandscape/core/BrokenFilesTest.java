package org.losslandscape.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.InvalidExperimentException;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.DatasetKind;
import org.losslandscape.model.Experiment;

/** Every broken input gives one clear message, no stack trace, and leaves the file byte-identical. */
class BrokenFilesTest {

    @TempDir
    Path dir;

    private String loadError(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        ExperimentLoadException e = assertThrows(ExperimentLoadException.class, () -> ExperimentStore.load(file));
        assertArrayEquals(content, Files.readAllBytes(file));
        assertFalse(e.getMessage().contains("\tat "), e.getMessage());
        return e.getMessage();
    }

    /** @return the run's problem messages; the file is unchanged */
    private String runError(Experiment e) throws Exception {
        Path file = Experiments.save(e, dir.resolve("x.landscape"));
        byte[] before = Files.readAllBytes(file);
        InvalidExperimentException ex = assertThrows(InvalidExperimentException.class,
                () -> new ExperimentRunner().run(file, RunOptions.single(), null));
        assertArrayEquals(before, Files.readAllBytes(file));
        return ex.getMessage();
    }

    private byte[] valid() throws Exception {
        Path file = Experiments.save(Experiments.twoMoons(10, 5), dir.resolve("valid.landscape"));
        return Files.readAllBytes(file);
    }

    @Test
    void malformedXmlNamesFileAndLine() throws Exception {
        String text = new String(valid()).replaceFirst("</dataset>|/>", ">");
        String m = loadError("bad.landscape", text.getBytes());
        assertTrue(m.matches("bad\\.landscape:\\d+(:\\d+)?: .+"), m);
    }

    @Test
    void truncatedFile() throws Exception {
        byte[] v = valid();
        String m = loadError("cut.landscape", Arrays.copyOf(v, v.length / 2));
        assertTrue(m.matches("cut\\.landscape:\\d+(:\\d+)?: .+"), m);
    }

    @Test
    void emptyAndMissingFiles() throws Exception {
        assertTrue(loadError("empty.landscape", new byte[0]).contains("empty"));
        ExperimentLoadException e = assertThrows(ExperimentLoadException.class,
                () -> ExperimentStore.load(dir.resolve("nope.landscape")));
        assertTrue(e.getMessage().startsWith("nope.landscape: no such file"), e.getMessage());
    }

    @Test
    void anUnknownLayerKindLoadsAndIsRefusedNamingTheKind() throws Exception {
        String text = new String(valid()).replace("kind=\"RELU\"", "kind=\"CONV\"");
        assertTrue(text.contains("CONV"), text);
        Path file = dir.resolve("kind.landscape");
        Files.write(file, text.getBytes());
        Experiment e = ExperimentStore.load(file).experiment();
        assertEquals("CONV", e.getNetwork().getLayers().get(1).getKind(), "kinds are ids: the file loads");
        InvalidExperimentException ex = assertThrows(InvalidExperimentException.class,
                () -> new ExperimentRunner().run(file, RunOptions.single(), null));
        assertArrayEquals(text.getBytes(), Files.readAllBytes(file));
        assertTrue(ex.getMessage().contains("Layer 2: no layer kind 'CONV' is registered; install the bundle that "
                + "provides it"), ex.getMessage());
    }

    @Test
    void wrongRootElement() throws Exception {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<landscape:Run xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:landscape=\"http://losslandscape.org/model/1.0\" "
                + "id=\"run-1\"/>\n";
        String m = loadError("root.landscape", text.getBytes());
        assertTrue(m.contains("Run") && m.contains("Experiment"), m);
    }

    @Test
    void negativeAndHugeUnits() throws Exception {
        Experiment e = Experiments.twoMoons(10, 5);
        e.getNetwork().getLayers().get(0).setUnits(-3);
        String m = runError(e);
        assertTrue(m.startsWith("Layer 1 (Dense): units must be at least 1"), m);

        Experiment huge = Experiments.twoMoons(10, 5);
        huge.getNetwork().getLayers().get(0).setUnits(900_000);
        huge.getNetwork().getLayers().add(1, Experiments.layer("DENSE", 900_000));
        String h = runError(huge);
        assertTrue(h.contains("limit"), h);
    }

    @Test
    void unknownOptimizerListsTheKnownOnes() throws Exception {
        Experiment e = Experiments.twoMoons(10, 5);
        e.getOptimizer().setOptimizerId("adamx");
        String m = runError(e);
        assertTrue(m.startsWith("optimizer 'adamx' is unknown (no installed bundle provides it); known: sgd, momentum"), m);
    }

    @Test
    void badDatasetParameters() throws Exception {
        Experiment e = Experiments.twoMoons(10, 5);
        e.getDataset().setKind(DatasetKind.MODULAR_ARITHMETIC);
        e.getDataset().getParameters().clear();
        e.getDataset().getParameters().add(Experiments.parameter("p", "abc"));
        assertTrue(runError(e).contains("dataset: parameter 'p' = 'abc' is not a whole number"));
        e.getDataset().getParameters().get(0).setValue("96");
        assertTrue(runError(e).contains("dataset: p = 96 must be a prime"));
    }

    @Test
    void missingCsvNanCsvAndTruncatedNpy() throws Exception {
        Experiment e = Experiments.twoMoons(10, 5);
        e.getDataset().setKind(DatasetKind.CSV_FILE);
        e.getDataset().getParameters().clear();
        e.getDataset().setFile("data/points.csv");
        String missing = runError(e);
        assertTrue(missing.contains("points.csv") && missing.contains("does not exist"), missing);

        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/points.csv"), "x,y,label\n1,2,a\nNaN,3,b\n4,5,a\n");
        String nan = runError(e);
        assertTrue(nan.contains("points.csv") && nan.contains("NaN"), nan);

        e.getDataset().setKind(DatasetKind.NPY_FILES);
        e.getDataset().setFile("data/x.npy");
        e.getDataset().setLabelsFile("data/y.npy");
        org.losslandscape.compute.io.Npy.write(dir.resolve("data/x.npy"),
                org.losslandscape.compute.io.NpyArray.ofDoubles(new int[] {4, 2}, new double[8]));
        org.losslandscape.compute.io.Npy.write(dir.resolve("data/y.npy"),
                org.losslandscape.compute.io.NpyArray.ofInts(new int[] {4}, new int[] {0, 1, 0, 1}));
        byte[] x = Files.readAllBytes(dir.resolve("data/x.npy"));
        Files.write(dir.resolve("data/x.npy"), Arrays.copyOf(x, x.length - 20));
        String cut = runError(e);
        assertTrue(cut.startsWith("dataset: ") && cut.contains("x.npy"), cut);
    }
}
