package org.losslandscape.compute.nn.conv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.GeneratedImages;
import org.losslandscape.compute.data.ImageAugmentation;
import org.losslandscape.compute.data.ImageDataset;
import org.losslandscape.compute.data.ImageNormalisation;
import org.losslandscape.compute.data.Split;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.optim.LearningRateSchedule;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.train.Trainer;
import org.losslandscape.compute.train.TrainingConfig;
import org.losslandscape.compute.train.TrainingResult;

/** A small CNN learns the generated images, with and without augmentation, reproducibly. */
class ConvTrainingTest {

    private static TrainingResult train(Split split, ImageAugmentation augmentation) {
        Network net = new NetworkDescription(16 * 16, List.of(LayerDescription.of("UNFLATTEN"),
                ConvDerivativesTest.conv(8, 3).with("padding", 1), LayerDescription.of("BATCH_NORM2D"),
                LayerDescription.relu(), LayerDescription.of("MAX_POOL2D"),
                ConvDerivativesTest.conv(16, 3).with("padding", 1), LayerDescription.of("BATCH_NORM2D"),
                LayerDescription.relu(), LayerDescription.of("GLOBAL_AVG_POOL"), LayerDescription.dense(4)),
                LossType.CROSS_ENTROPY).build();
        var config = TrainingConfig.fullBatch(300, 100, LearningRateSchedule.constant(0.05), 3).withBatchSize(32);
        var opt = OptimizerRegistry.builtIns().require("momentum").create(net.parameterCount(),
                Map.of("lr", 0.05, "momentum", 0.9));
        Trainer trainer = new Trainer(net, split.train(), split.validation(), config).withAugmentation(augmentation);
        return trainer.run(net.initialParameters(Initializer.pytorchDefault(), 1), net.initialBuffers(), opt, null,
                null);
    }

    @Test
    void aSmallCnnLearnsTheGeneratedShapes() {
        ImageDataset images = GeneratedImages.shapes(60, 4, 16, 1, 0.1, 7);
        Split raw = Split.random(images.data(), 0.75, 7);
        ImageNormalisation norm = ImageNormalisation.measure(images.with(raw.train()));
        Split split = new Split(norm.apply(images.with(raw.train())).data(),
                norm.apply(images.with(raw.validation())).data());
        TrainingResult plain = train(split, null);
        double accuracy = plain.curve().get(plain.curve().size() - 1).validationAccuracy();
        assertTrue(accuracy >= 0.8, "validation accuracy " + accuracy);

        ImageAugmentation flips = new ImageAugmentation(1, 16, 16, 2, true, 11);
        TrainingResult augmented = train(split, flips);
        TrainingResult again = train(split, flips);
        assertArrayEquals(augmented.params(), again.params(), 0, "augmented training is reproducible");
        assertTrue(!java.util.Arrays.equals(augmented.params(), plain.params()));
        assertEquals(plain.curve().size(), augmented.curve().size());
    }
}
