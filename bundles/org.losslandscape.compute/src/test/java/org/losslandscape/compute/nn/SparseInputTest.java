package org.losslandscape.compute.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.data.ModularArithmetic;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;

/**
 * A first dense layer on one-hot data multiplies only the nonzeros; the results must be the dense kernel's, bit for
 * bit. The reference runs the same network behind an identity layer, whose output the dense layer reads as a plain
 * (dense) array. Tanh, not ReLU: with hundreds of rows some pre-activation sits within a finite-difference step of
 * ReLU's kink, and the difference quotient of the Hessian check would be meaningless.
 */
class SparseInputTest {

    private static Network mlp(boolean identityFirst, int in, int classes) {
        List<Layer> body = List.of(new Dense(in, 48), new Activation(Activation.Function.TANH, 48),
                new Dense(48, classes));
        if (identityFirst) {
            body = new java.util.ArrayList<>(body);
            body.add(0, new Activation(Activation.Function.IDENTITY, in));
        }
        return new Network(body, new SoftmaxCrossEntropy());
    }

    @Test
    void oneHotInputGivesTheDensePassesBits() {
        int p = 23;
        Dataset data = ModularArithmetic.split(p, ModularArithmetic.Operation.ADD,
                ModularArithmetic.Encoding.ONE_HOT, 0.5, 1).train();
        Batch batch = Batch.of(data);
        assertNotNull(batch.sparseFeatures(), "one-hot features are held by their nonzeros");
        assertEquals(2 * batch.n(), batch.sparseFeatures().nonzeros());
        Network sparse = mlp(false, 2 * p, p);
        Network dense = mlp(true, 2 * p, p);
        double[] params = sparse.initialParameters(Initializer.pytorchDefault(), 3);
        double[] v = new SplittableRandom(4).doubles(params.length, -1, 1).toArray();
        Workspace ws = sparse.newWorkspace(batch.n());
        Workspace wd = dense.newWorkspace(batch.n());
        double[] g1 = new double[params.length];
        double[] g2 = new double[params.length];
        double[] h1 = new double[params.length];
        double[] h2 = new double[params.length];
        double l1 = sparse.gradient(ws, params, new double[0], batch, PassMode.EVAL, g1);
        double l2 = dense.gradient(wd, params, new double[0], batch, PassMode.EVAL, g2);
        assertEquals(l2, l1, 0.0);
        assertArrayEquals(g2, g1);
        sparse.hessianVectorProduct(ws, params, new double[0], batch, PassMode.EVAL, v, h1, null);
        dense.hessianVectorProduct(wd, params, new double[0], batch, PassMode.EVAL, v, h2, null);
        assertArrayEquals(h2, h1);
        DerivativeCheck.check("one-hot MLP", sparse, params, new double[0], batch, PassMode.EVAL);
    }

    @Test
    void denseFeaturesHaveNoSparseForm() {
        double[] x = new SplittableRandom(5).doubles(40, -1, 1).toArray();
        assertNull(new Batch(x, 10, 4, new int[10], 2, null, 0).sparseFeatures());
    }
}
