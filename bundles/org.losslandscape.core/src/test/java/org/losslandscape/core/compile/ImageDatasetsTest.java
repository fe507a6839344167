package org.losslandscape.core.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.core.Experiments;
import org.losslandscape.model.DatasetKind;
import org.losslandscape.model.DatasetSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LayerSpec;
import org.losslandscape.model.NetworkSpec;
import org.losslandscape.model.Parameter;

/** Image datasets in experiment files: the generated images train a CNN; file errors and shapes are named. */
class ImageDatasetsTest {

    private static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

    @TempDir
    Path dir;

    private static Parameter parameter(String key, String value) {
        Parameter p = F.createParameter();
        p.setKey(key);
        p.setValue(value);
        return p;
    }

    private static LayerSpec layer(String kind, String... settings) {
        LayerSpec l = F.createLayerSpec();
        l.setKind(kind);
        for (int i = 0; i < settings.length; i += 2) {
            l.getSettings().add(parameter(settings[i], settings[i + 1]));
        }
        return l;
    }

    /** @return a small CNN experiment on generated 12×12 grey images of 4 classes */
    private static Experiment cnn(int channels) {
        Experiment e = Experiments.twoMoons(20, 10);
        DatasetSpec d = F.createDatasetSpec();
        d.setKind(DatasetKind.GENERATED_IMAGES);
        d.getParameters().add(parameter("n_per_class", "30"));
        d.getParameters().add(parameter("size", "12"));
        e.setDataset(d);
        NetworkSpec n = F.createNetworkSpec();
        n.getLayers().add(layer("UNFLATTEN", "channels", String.valueOf(channels)));
        n.getLayers().add(layer("CONV2D", "outChannels", "4", "kernel", "3", "padding", "1"));
        n.getLayers().add(layer("BATCH_NORM2D"));
        n.getLayers().add(layer("RELU"));
        n.getLayers().add(layer("GLOBAL_AVG_POOL"));
        LayerSpec out = layer("DENSE");
        out.setUnits(4);
        n.getLayers().add(out);
        e.setNetwork(n);
        return e;
    }

    @Test
    void generatedImagesCompileNormalisedWithTheTrainingStatistics() {
        Compilation c = new ExperimentCompiler().compile(cnn(1));
        assertEquals(List.of(), c.problems().stream().map(ExperimentProblem::message).toList());
        Dataset train = c.experiment().train();
        assertEquals(144, train.featureCount());
        assertEquals(4, train.classCount());
        double sum = 0;
        for (double v : train.features()) {
            sum += v;
        }
        assertEquals(0, sum / train.features().length, 1e-9, "the training part is centred");
        assertEquals(4 * 9 + 4 + 8 + 4 * 4 + 4, c.experiment().network().parameterCount());
    }

    @Test
    void imagesThatDoNotFitTheNetworkAndBrokenFilesAreNamed() throws Exception {
        List<String> shape = new ExperimentCompiler().compile(cnn(3)).problems().stream()
                .map(ExperimentProblem::message).toList();
        assertTrue(shape.stream().anyMatch(m -> m.contains("the input [n, 144] is not 3 square channels")), shape
                .toString());

        Experiment e = cnn(1);
        e.getDataset().setKind(DatasetKind.IDX_FILES);
        e.getDataset().getParameters().clear();
        Files.write(dir.resolve("images.idx"), new byte[] {'P', 'K', 3, 4});
        Files.write(dir.resolve("labels.idx"), new byte[] {0, 0, 8, 1, 0, 0, 0, 0});
        e.getDataset().setFile("images.idx");
        e.getDataset().setLabelsFile("labels.idx");
        List<String> idx = new ExperimentCompiler().compile(e, dir, 0).problems().stream()
                .map(ExperimentProblem::message).toList();
        assertEquals(List.of("dataset: images.idx: not an IDX file: the magic number must start with two zero bytes, "
                + "got 0x504B0304"), idx);

        e.getDataset().setKind(DatasetKind.CIFAR10_FILES);
        e.getDataset().setFile("data_batch_1.bin, missing.bin");
        Files.write(dir.resolve("data_batch_1.bin"), new byte[3073]);
        List<String> cifar = new ExperimentCompiler().compile(e, dir, 0).problems().stream()
                .map(ExperimentProblem::message).toList();
        assertEquals(1, cifar.size(), cifar.toString());
        assertTrue(cifar.get(0).contains("missing.bin' does not exist"), cifar.toString());
    }
}
