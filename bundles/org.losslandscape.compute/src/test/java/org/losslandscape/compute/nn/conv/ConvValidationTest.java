package org.losslandscape.compute.nn.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.nn.ImageShape;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.nn.Problem;
import org.losslandscape.compute.nn.Residual;

/** Shapes, parameter counts and the messages of the image layers' validation. */
class ConvValidationTest {

    private static LayerDescription of(String kind) {
        return LayerDescription.of(kind);
    }

    private static List<String> problems(int width, LayerDescription... layers) {
        return new NetworkDescription(width, List.of(layers), LossType.CROSS_ENTROPY).validate().stream()
                .map(Problem::message).toList();
    }

    @Test
    void aConvolutionOnPlainFeaturesSaysToUnflatten() {
        assertEquals(List.of("Layer 1 (Conv2d): needs images [n, C, H, W] as input but gets plain features [n, 3072]; "
                + "put an Unflatten (channels, height, width) first to say what images the rows are"),
                problems(3072, ConvDerivativesTest.conv(8, 3), LayerDescription.dense(10)));
    }

    @Test
    void unflattenChecksTheWidthAndInfersSquareImages() {
        assertEquals(List.of("Layer 1 (Unflatten): the input [n, 3000] cannot be seen as [n, 3, 32, 32] (3,072 "
                + "features per row); set channels, height and width so that C·H·W = 3000"),
                problems(3000, ConvDerivativesTest.unflatten(3, 32, 32), LayerDescription.dense(10)));
        Network square = new NetworkDescription(3072, List.of(of("UNFLATTEN").with("channels", 3),
                ConvDerivativesTest.conv(8, 3), LayerDescription.dense(10)), LossType.CROSS_ENTROPY).build();
        assertEquals(new ImageShape(8, 30, 30), square.layers().get(1).outputImage(null));
        assertEquals(List.of("Layer 1 (Unflatten): the input [n, 3000] is not 3 square channels; set height and "
                + "width"), problems(3000, of("UNFLATTEN").with("channels", 3), LayerDescription.dense(10)));
    }

    @Test
    void windowsThatDoNotFitAndGroupsThatDoNotDivideAreNamed() {
        assertEquals(List.of("Layer 2 (Conv2d): a 7×7 window does not fit the input [n, 3, 5, 5] with padding 0; use "
                + "a smaller kernel or more padding"), problems(75, ConvDerivativesTest.unflatten(3, 5, 5),
                        ConvDerivativesTest.conv(4, 7), LayerDescription.dense(2)));
        assertEquals(List.of("Layer 2 (Conv2d): groups 2 must divide the input channels 3 and the output channels 4"),
                problems(75, ConvDerivativesTest.unflatten(3, 5, 5), ConvDerivativesTest.conv(4, 3).with("groups", 2),
                        LayerDescription.dense(2)));
        assertEquals(List.of("Layer 2 (MaxPool2d): padding 2 must be at most half the kernel (1)"),
                problems(75, ConvDerivativesTest.unflatten(3, 5, 5), of("MAX_POOL2D").with("padding", 2),
                        LayerDescription.dense(2)));
        // after the error the shape is unknown: the Dense is not blamed
        assertEquals(1, problems(75, ConvDerivativesTest.unflatten(3, 5, 5), ConvDerivativesTest.conv(4, 9),
                of("BATCH_NORM2D"), LayerDescription.dense(2)).size());
    }

    @Test
    void shapesAndParameterCountsFollowPytorch() {
        NetworkDescription d = new NetworkDescription(3 * 32 * 32, List.of(ConvDerivativesTest.unflatten(3, 32, 32),
                ConvDerivativesTest.conv(16, 3).with("padding", 1), of("BATCH_NORM2D"), LayerDescription.relu(),
                ConvDerivativesTest.conv(32, 3).with("stride", 2).with("padding", 1), of("BATCH_NORM2D"),
                LayerDescription.relu(), ConvDerivativesTest.conv(64, 3).with("stride", 2).with("padding", 1),
                of("BATCH_NORM2D"), LayerDescription.relu(), of("GLOBAL_AVG_POOL"), LayerDescription.dense(10)),
                LossType.CROSS_ENTROPY);
        assertEquals(List.of(), d.validate());
        Network net = d.build();
        // PyTorch: conv 3·16·9+16, bn 32, conv 16·32·9+32, bn 64, conv 32·64·9+64, bn 128, linear 64·10+10
        long expected = 448 + 32 + 4640 + 64 + 18496 + 128 + 650;
        assertEquals(expected, d.parameterCount());
        assertEquals(expected, net.parameterCount());
        assertEquals(2 * (16 + 32 + 64), net.bufferCount());
        assertEquals(new ImageShape(32, 16, 16), net.layers().get(4).outputImage(null));
        assertEquals(List.of("1.weight", "1.bias", "2.weight", "2.bias", "4.weight"),
                net.parameterBlocks().stream().limit(5).map(Network.NamedBlock::name).toList());
        assertTrue(net.summary().contains("Conv2d 16 → 32, 3×3, stride 2, pad 1"), net.summary());
    }

    @Test
    void aResidualBlockThatChangesTheShapeGetsAProjection() {
        LayerDescription down = LayerDescription.residual(ConvDerivativesTest.conv(8, 3).with("stride", 2)
                .with("padding", 1), of("BATCH_NORM2D"));
        NetworkDescription d = new NetworkDescription(4 * 8 * 8, List.of(ConvDerivativesTest.unflatten(4, 8, 8), down,
                of("GLOBAL_AVG_POOL"), LayerDescription.dense(2)), LossType.CROSS_ENTROPY);
        assertEquals(List.of(), d.validate());
        Network net = d.build();
        Residual block = (Residual) net.layers().get(1);
        assertEquals("Conv2d 4 → 8, 1×1, stride 2 (no bias)", block.shortcut().children().get(0).describe());
        assertEquals(net.parameterCount(), d.parameterCount());
        assertEquals(List.of("1.2.0.weight", "1.2.1.weight", "1.2.1.bias"), net.parameterBlocks().stream()
                .map(Network.NamedBlock::name).filter(n -> n.startsWith("1.2.")).toList());
        assertEquals(List.of("Layer 2 (Residual): the block maps [n, 4, 8, 8] to [n, 8, 5, 5]: no 1×1 convolution "
                + "shortcut with a whole stride gives that height and width; make the body keep the size or divide it "
                + "by a whole factor"), problems(256, ConvDerivativesTest.unflatten(4, 8, 8),
                        LayerDescription.residual(ConvDerivativesTest.conv(8, 4)), LayerDescription.dense(2)));
    }
}
