package org.losslandscape.compute.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.losslandscape.compute.nn.LayerDescription.batchNorm;
import static org.losslandscape.compute.nn.LayerDescription.dense;
import static org.losslandscape.compute.nn.LayerDescription.dropout;
import static org.losslandscape.compute.nn.LayerDescription.embedding;
import static org.losslandscape.compute.nn.LayerDescription.gelu;
import static org.losslandscape.compute.nn.LayerDescription.identity;
import static org.losslandscape.compute.nn.LayerDescription.layerNorm;
import static org.losslandscape.compute.nn.LayerDescription.leakyRelu;
import static org.losslandscape.compute.nn.LayerDescription.of;
import static org.losslandscape.compute.nn.LayerDescription.relu;
import static org.losslandscape.compute.nn.LayerDescription.residual;
import static org.losslandscape.compute.nn.LayerDescription.sigmoid;
import static org.losslandscape.compute.nn.LayerDescription.softplus;
import static org.losslandscape.compute.nn.LayerDescription.tanh;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.loss.BinaryCrossEntropy;
import org.losslandscape.compute.loss.MeanSquaredError;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;

/** Building networks from descriptions, and the validation messages for invalid ones. */
class NetworkDescriptionTest {

    private static NetworkDescription spec(int input, LayerDescription... layers) {
        return new NetworkDescription(input, List.of(layers), LossType.CROSS_ENTROPY);
    }

    private static Problem only(NetworkDescription spec) {
        List<Problem> problems = spec.validate();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void theModularArithmeticMlpHasTheExpectedParameterCount() {
        NetworkDescription s = spec(194, dense(256), relu(), dense(97));
        assertEquals(List.of(), s.validate());
        assertEquals(74_849, s.parameterCount()); // 49,664 + 256 + 24,832 + 97
        Network net = s.build();
        assertEquals(194 * 256 + 256 + 256 * 97 + 97, net.parameterCount());
        assertEquals(194, net.inputWidth());
        assertEquals(97, net.outputWidth());
        assertInstanceOf(SoftmaxCrossEntropy.class, net.loss());
    }

    @Test
    void everyKindBuilds() {
        NetworkDescription s = new NetworkDescription(2, List.of(
                embedding(97, 16, 2),
                dense(32, 64, true),
                layerNorm(),
                gelu(),
                residual(dense(64, false), leakyRelu(0.2), dropout(0.1),
                        dense(64), residual(batchNorm(), tanh())),
                batchNorm(1e-3, 0.05, false),
                sigmoid(),
                softplus(),
                relu(),
                leakyRelu(),
                identity(),
                layerNorm(1e-6, false),
                dropout(0.5),
                dense(97)), LossType.CROSS_ENTROPY, 0.1, Initializer.kaiming());
        assertEquals(List.of(), s.validate());
        long expected = 97 * 16 + (32 * 64 + 64) + 2 * 64 + (64 * 64) + (64 * 64 + 64) + 2 * 64 + (64 * 97 + 97);
        assertEquals(expected, s.parameterCount());
        Network net = s.build();
        assertEquals(expected, net.parameterCount());
        assertEquals(2 * 64 * 2, net.bufferCount(), "two BatchNorms of 64 features, mean and variance each");
        assertEquals(14, net.layers().size());
        assertInstanceOf(Embedding.class, net.layers().get(0));
        assertInstanceOf(Residual.class, net.layers().get(4));
        assertEquals("cross-entropy (label smoothing 0.1)", net.loss().name());
        List<String> names = net.parameterBlocks().stream().map(Network.NamedBlock::name).toList();
        assertTrue(names.containsAll(List.of("0.weight", "1.weight", "2.weight", "2.bias", "4.0.weight",
                "4.3.weight", "4.4.0.weight", "13.bias")), names.toString());
        net.initialParameters(s.initializer(), 1); // every initialiser path runs
    }

    @Test
    void lossKinds() {
        assertInstanceOf(MeanSquaredError.class, new NetworkDescription(3, List.of(dense(2)), LossType.MSE)
                .build().loss());
        assertInstanceOf(BinaryCrossEntropy.class, new NetworkDescription(3, List.of(dense(1)), LossType.BCE)
                .build().loss());
        Problem p = only(new NetworkDescription(3, List.of(dense(1)), LossType.MSE, 0.1,
                Initializer.pytorchDefault()));
        assertEquals("network", p.path());
        assertTrue(p.message().contains("label smoothing applies to cross-entropy only"), p.message());
    }

    @Test
    void summaryHasALinePerLayer() {
        NetworkDescription s = spec(10, dense(8), layerNorm(), residual(dense(8),
                tanh()), dropout(0.2), dense(3));
        String summary = s.summary();
        for (String line : List.of("Dense 10 → 8", "LayerNorm 8", "Residual (2 layers)", "  Dense 8 → 8", "  Tanh",
                "Dropout (p = 0.2)", "Dense 8 → 3", "[n, 8]", "[n, 3]", "total")) {
            assertTrue(summary.contains(line), line + " missing from\n" + summary);
        }
        assertTrue(summary.contains(String.valueOf(s.build().parameterCount())), summary);
    }

    @Test
    void inputSizeMismatch() {
        Problem p = only(spec(10, dense(256), relu(), dense(128, 64, true)));
        assertEquals("layer 3", p.path());
        assertEquals("Layer 3 (Dense): input size 128 does not match the previous output 256; remove the input size "
                + "or set it to 256", p.message());
        Problem first = only(spec(10, dense(12, 4, true)));
        assertTrue(first.message().contains("does not match the network's input width 10"), first.message());
        assertEquals(List.of(), spec(10, dense(10, 4, true)).validate(), "a matching explicit size");
    }

    @Test
    void unitsMustBePositive() {
        Problem p = only(spec(10, dense(0), relu(), dense(3)));
        assertEquals("layer 1", p.path());
        assertEquals("Layer 1 (Dense): units must be at least 1, got 0", p.message());
    }

    @Test
    void residualMustKeepTheWidth() {
        Problem p = only(spec(10, dense(64), relu(), layerNorm(),
                residual(dense(32)), dense(3)));
        assertEquals("layer 4", p.path());
        assertEquals("Layer 4 (Residual): the block maps 64 features to 32; a residual block must keep the width "
                + "(64)", p.message());
    }

    @Test
    void embeddingMustBeFirst() {
        Problem p = only(new NetworkDescription(2, List.of(dense(2), embedding(10, 4, 2),
                dense(3)), LossType.CROSS_ENTROPY));
        assertEquals("layer 2", p.path());
        assertTrue(p.message().startsWith("Layer 2 (Embedding): an Embedding must be the first layer"),
                p.message());
        Problem tokens = only(new NetworkDescription(3, List.of(embedding(10, 4, 2), dense(3)),
                LossType.CROSS_ENTROPY));
        assertTrue(tokens.message().contains("set tokens to 3"), tokens.message());
    }

    @Test
    void dropoutRate() {
        Problem p = only(spec(10, dense(8), relu(), dense(8), relu(),
                dropout(1.2), dense(3)));
        assertEquals("layer 5", p.path());
        assertEquals("Layer 5 (Dropout): rate 1.2 must be in [0, 1)", p.message());
    }

    @Test
    void sizesAboveTheLimitsAreRefused() {
        Problem units = only(spec(10, dense(2_000_000)));
        assertEquals("Layer 1 (Dense): units 2,000,000 exceeds the limit of 1,000,000", units.message());
        Problem total = only(spec(1000, dense(1_000_000), dense(10)));
        assertEquals("network", total.path());
        assertTrue(total.message().contains("more than the limit of 500,000,000"), total.message());
        assertThrows(InvalidNetworkException.class, () -> spec(1000, dense(1_000_000),
                dense(10)).build());
    }

    @Test
    void emptyNetworkAndEmptyBlock() {
        Problem empty = only(new NetworkDescription(4, List.of(), LossType.MSE));
        assertEquals("network", empty.path());
        assertTrue(empty.message().contains("no layers"), empty.message());
        Problem block = only(spec(4, dense(4), residual(List.of()), dense(2)));
        assertEquals("Layer 2 (Residual): the block is empty; add at least one layer to it", block.message());
    }

    @Test
    void nestedPathsNameTheLayerInsideTheBlock() {
        Problem p = only(spec(4, dense(4), residual(tanh(),
                residual(dense(0))), dense(2)));
        assertEquals("layer 2.2.1", p.path());
        assertEquals("Layer 2.2.1 (Dense): units must be at least 1, got 0", p.message());
        Problem e = only(spec(4, dense(4), residual(layerNorm(-1, true))));
        assertEquals("layer 2.1", e.path());
        assertTrue(e.message().startsWith("Layer 2.1 (LayerNorm): eps must be a positive number"), e.message());
    }

    @Test
    void allProblemsAreCollectedAndCarriedByTheException() {
        NetworkDescription s = new NetworkDescription(0, List.of(dense(0), dropout(-0.5),
                batchNorm(1e-5, 2, true), embedding(0, 4, 1), residual(List.of())),
                LossType.CROSS_ENTROPY, 1.5, null);
        List<Problem> problems = s.validate();
        List<String> paths = problems.stream().map(Problem::path).toList();
        assertEquals(List.of("network", "layer 1", "layer 2", "layer 3", "layer 4", "layer 4", "layer 5", "network",
                "network"), paths, problems.toString());
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class, s::build);
        assertEquals(problems, e.problems());
        for (Problem p : problems) {
            assertTrue(e.getMessage().contains(p.message()), e.getMessage());
        }
        assertThrows(InvalidNetworkException.class, s::summary);
    }

    @Test
    void oneMistakeDoesNotCascade() {
        // after an invalid Dense the width is unknown: the next explicit input size is not blamed
        Problem p = only(spec(10, dense(-3), dense(7, 5, true), layerNorm()));
        assertEquals("layer 1", p.path());
    }

    @Test
    void theEngineKindsAreServicesThatBuildTheLayersTheyName() {
        LayerKinds kinds = LayerKinds.fromServiceLoader();
        assertEquals(LayerKinds.BUILT_IN_ORDER, kinds.ids(), "every built-in kind is registered, in editor order");
        assertEquals(LayerKinds.BUILT_IN_ORDER, LayerKinds.standard().ids());
        LayerKind dense = kinds.byId("DENSE");
        assertThrows(UnsupportedOperationException.class, () -> LayerKinds.standard().register(dense),
                "the shared registry cannot be changed by one caller for all");
        for (LayerKind kind : kinds.all()) {
            LayerDescription l = kind.hasChildren() ? of(kind.id()).withChildren(
                    List.of(relu())) : of(kind.id());
            // the image kinds see 1×8×8 images through an Unflatten in front of them
            boolean image = List.of("CONV2D", "BATCH_NORM2D", "MAX_POOL2D", "AVG_POOL2D", "GLOBAL_AVG_POOL")
                    .contains(kind.id());
            List<LayerDescription> layers = image ? List.of(of("UNFLATTEN"), l, dense(2)) : List.of(l, dense(2));
            NetworkDescription d = new NetworkDescription(kind.id().equals("EMBEDDING") ? 1 : image ? 64 : 4, layers,
                    LossType.MSE);
            assertEquals(List.of(), d.validate(kinds), kind.id() + " with its defaults");
            Layer built = d.build(kinds).layers().get(image ? 1 : 0);
            assertEquals(kind.displayName(), built.kind(), kind.id());
            assertEquals(d.parameterCount(kinds), d.build(kinds).parameterCount(), kind.id());
            for (LayerSetting s : kind.settings()) {
                assertTrue(s.help() != null && !s.help().isBlank(), kind.id() + "." + s.name() + " has help");
            }
        }
    }

    @Test
    void settingsGivenAsTextAreConvertedToTheDeclaredType() {
        NetworkDescription text = spec(4, of("DENSE").with("units", "8").with("bias", "false"),
                of("LEAKY_RELU").with("slope", "0.2"), dense(2));
        NetworkDescription typed = spec(4, dense(8, false), leakyRelu(0.2),
                dense(2));
        assertEquals(List.of(), text.validate());
        assertEquals(typed.build().summary(), text.build().summary());
        Problem p = only(spec(4, of("DENSE").with("units", 2.5)));
        assertEquals("Layer 1 (Dense): units must be a whole number, got '2.5'", p.message());
    }

    @Test
    void anUnknownKindIsAProblemThatNamesIt() {
        Problem p = only(spec(4, dense(4), of("ACME_SWISH"),
                dense(2)));
        assertEquals("layer 2", p.path());
        assertTrue(p.message().startsWith("Layer 2: no layer kind 'ACME_SWISH' is registered; install the bundle "
                + "that provides it, or choose one of DENSE, EMBEDDING"), p.message());
        Problem children = only(spec(4, relu().withChildren(List.of(relu()))));
        assertEquals("Layer 1 (ReLU): only a block (such as Residual) has child layers; remove them",
                children.message());
    }
}
