package org.losslandscape.core.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.BatchNorm;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Dropout;
import org.losslandscape.compute.nn.Embedding;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerNorm;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.nn.Residual;
import org.losslandscape.core.compile.CompiledExperiment;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.Experiment;

/**
 * A file in the format written before layer kinds became registered units (kinds as enum literals, Dense and other
 * defaults omitted), with every built-in kind (Embedding, Residual, LayerNorm, BatchNorm, Dropout and every
 * activation), loads and compiles to the network the engine's layer classes make directly: the same structure, the
 * same initial parameters and the same bits of loss, gradient and Hessian-vector product. (The template fixtures of
 * {@code TemplateFixturesTest} check whole runs of the other old files bit for bit.)
 */
class OldLayerFilesTest {

    private static Network direct() {
        return new Network(List.of(new Embedding(7, 4, 2), new Dense(8, 16, false), new LayerNorm(16, 1e-5, true),
                new Activation(Activation.Function.GELU, 16),
                new Residual(List.of(new Dense(16, 16, true), new Activation(Activation.Function.LEAKY_RELU, 16, 0.2),
                        new Dropout(16, 0.1), new BatchNorm(16, 1e-3, 0.2, true))),
                new Activation(Activation.Function.SIGMOID, 16), new LayerNorm(16, 1e-6, false),
                new Activation(Activation.Function.SOFTPLUS, 16), new Activation(Activation.Function.IDENTITY, 16),
                new Activation(Activation.Function.TANH, 16), new Dropout(16, 0.5), new Dense(16, 7, true)),
                LossType.CROSS_ENTROPY.create(0));
    }

    @Test
    void anOldFileWithEveryKindBuildsTheSameNetworkBitForBit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("every-kind.landscape");
        try (var in = OldLayerFilesTest.class.getResourceAsStream("/fixtures/layers/every-kind.landscape")) {
            Files.copy(in, file);
        }
        Experiment e = ExperimentStore.load(file).experiment();
        var compilation = new ExperimentCompiler().compile(e);
        assertEquals(List.of(), compilation.problems());
        CompiledExperiment c = compilation.experiment();
        Network compiled = c.network();
        Network direct = direct();
        assertEquals(direct.summary(), compiled.summary());
        assertEquals(Initializer.xavier(), c.networkSpec().initializer());

        double[] params = compiled.initialParameters(Initializer.xavier(), 5);
        assertArrayEquals(direct.initialParameters(Initializer.xavier(), 5), params);
        assertArrayEquals(direct.initialParameters(Initializer.xavier(), 5), c.initialParameters());
        Batch batch = Batch.of(c.train());
        PassMode mode = PassMode.trainFrozen(42);
        double[] gCompiled = new double[params.length];
        double[] gDirect = new double[params.length];
        double lossCompiled = new NetworkObjective(compiled, batch, compiled.initialBuffers(), mode)
                .valueAndGradient(params, gCompiled);
        double lossDirect = new NetworkObjective(direct, batch, direct.initialBuffers(), mode)
                .valueAndGradient(params, gDirect);
        assertEquals(Double.doubleToLongBits(lossDirect), Double.doubleToLongBits(lossCompiled));
        assertArrayEquals(gDirect, gCompiled);

        double[] v = gDirect.clone();
        double[] hvCompiled = new double[params.length];
        double[] hvDirect = new double[params.length];
        compiled.hessianVectorProduct(compiled.newWorkspace(batch.n()), params, compiled.initialBuffers(), batch,
                mode, v, hvCompiled, new double[params.length]);
        direct.hessianVectorProduct(direct.newWorkspace(batch.n()), params, direct.initialBuffers(), batch, mode, v,
                hvDirect, new double[params.length]);
        assertArrayEquals(hvDirect, hvCompiled);
    }
}
