package org.losslandscape.compute.curvature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.losslandscape.compute.curvature.DenseBlocks.maxAbsDifference;
import static org.losslandscape.compute.curvature.DenseBlocks.submatrix;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * Curvature by block and operator against dense matrices built independently: the Hessian's diagonal blocks, the
 * Gauss-Newton matrix Jᵀ·∇²_z L·J from a finite-difference Jacobian of the outputs, and the empirical Fisher from
 * per-example gradients of one-row batches.
 */
class LayerCurvatureTest {

    private static double maxAbs(double[][] a) {
        double m = 0;
        for (double[] row : a) {
            for (double v : row) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    /** @return Jᵀ·(∂²L/∂z²)·J with J by central differences of the outputs and the loss Hessian from unit vectors */
    private static double[][] denseGaussNewton(TestProblems.Problem p) {
        NetworkObjective f = p.newObjective();
        int d = f.dimension();
        int outs = p.batch().n() * p.network().outputWidth();
        double[][] jacobian = new double[outs][d];
        double h = 1e-5;
        for (int k = 0; k < d; k++) {
            double[] x = p.params().clone();
            x[k] += h;
            f.value(x);
            double[] plus = f.lastOutput().clone();
            x[k] -= 2 * h;
            f.value(x);
            double[] minus = f.lastOutput();
            for (int r = 0; r < outs; r++) {
                jacobian[r][k] = (plus[r] - minus[r]) / (2 * h);
            }
        }
        f.value(p.params());
        double[] z = f.lastOutput().clone();
        double[][] lossHessian = new double[outs][outs];
        double[] e = new double[outs];
        for (int c = 0; c < outs; c++) {
            e[c] = 1;
            double[] column = new double[outs];
            p.network().loss().hessianProduct(z, e, p.network().outputWidth(), p.batch(), column);
            for (int r = 0; r < outs; r++) {
                lossHessian[r][c] = column[r];
            }
            e[c] = 0;
        }
        double[][] g = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                double s = 0;
                for (int r = 0; r < outs; r++) {
                    if (jacobian[r][a] == 0) {
                        continue;
                    }
                    for (int c = 0; c < outs; c++) {
                        s += jacobian[r][a] * lossHessian[r][c] * jacobian[c][b];
                    }
                }
                g[a][b] = s;
            }
        }
        return g;
    }

    /** @return (1/n)·Σ gᵢgᵢᵀ with gᵢ the gradient of the loss on the one-row batch of example i */
    private static double[][] denseFisher(TestProblems.Problem p) {
        Batch all = p.batch();
        int n = all.n();
        int features = all.featureCount();
        int d = p.network().parameterCount();
        double[][] fisher = new double[d][d];
        for (int i = 0; i < n; i++) {
            double[] x = new double[features];
            System.arraycopy(all.features(), i * features, x, 0, features);
            Batch one = all.labels() != null
                    ? new Batch(x, 1, features, new int[] {all.labels()[i]}, all.classCount(), null, 0)
                    : new Batch(x, 1, features, null, 0, java.util.Arrays.copyOfRange(all.targets(), i
                            * all.targetCount(), (i + 1) * all.targetCount()), all.targetCount());
            double[] g = new double[d];
            new NetworkObjective(p.network(), one, p.network().initialBuffers(), PassMode.EVAL).valueAndGradient(
                    p.params(), g);
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    fisher[a][b] += g[a] * g[b] / n;
                }
            }
        }
        return fisher;
    }

    @Test
    void theGaussNewtonProductIsJacobianTransposeLossHessianJacobian() {
        for (TestProblems.Problem p : List.of(TestProblems.tanh(3, 5, 3, 12, 7), TestProblems.reluNetwork(3))) {
            double[][] expected = denseGaussNewton(p);
            double[][] actual = DenseHessian.compute(CurvatureOperator.GAUSS_NEWTON.of(p.newObjective()), p.params());
            assertTrue(maxAbsDifference(expected, actual) < 1e-7 * Math.max(1, maxAbs(expected)), "max |ΔG| = "
                    + maxAbsDifference(expected, actual));
            assertTrue(DenseHessian.eigen(actual).values()[0] > -1e-10, "G is positive semi-definite");
        }
    }

    @Test
    void theEmpiricalFisherProductIsTheMeanOuterProductOfPerExampleGradients() {
        for (TestProblems.Problem p : List.of(TestProblems.tanh(3, 5, 3, 12, 7), TestProblems.reluNetwork(3))) {
            double[][] expected = denseFisher(p);
            double[][] actual = DenseHessian.compute(CurvatureOperator.EMPIRICAL_FISHER.of(p.newObjective()),
                    p.params());
            assertTrue(maxAbsDifference(expected, actual) < 1e-10 * Math.max(1, maxAbs(expected)), "max |ΔF| = "
                    + maxAbsDifference(expected, actual));
        }
    }

    @Test
    void aBlockIsTheDiagonalBlockOfTheFullMatrix() {
        TestProblems.Problem p = TestProblems.tanhNetwork(5);
        double[][] full = DenseHessian.compute(p.objective(), p.params());
        int first = 5 * 12 + 12;
        BlockCurvature second = new BlockCurvature(p.newObjective(), p.params(), new int[] {first}, new int[] {
                p.params().length - first});
        double[][] block = DenseHessian.compute(second, second.restrict(p.params()));
        assertTrue(maxAbsDifference(submatrix(full, first, block.length), block) < 1e-12);
        double[] g = new double[second.dimension()];
        double[] fullGradient = new double[p.params().length];
        assertEquals(p.objective().valueAndGradient(p.params(), fullGradient), second.valueAndGradient(second
                .restrict(p.params()), g), 1e-14);
        assertEquals(fullGradient[first + 3], g[3], 1e-14);
    }

    @Test
    void perLayerSpectraOfEachOperatorAgreeWithDenseOnes() {
        TestProblems.Problem p = TestProblems.tanh(4, 6, 3, 20, 11);
        List<CurvatureOperator> operators = List.of(CurvatureOperator.values());
        List<LayerCurvature.BlockSpectrum> spectra = LayerCurvature.compute(p.newObjective(), p.params(), operators,
                new LayerCurvature.Options(400, 60, 50, 3));
        assertEquals(3 * operators.size(), spectra.size(), "all, layer 0 and layer 2 per operator");
        int first = 4 * 6 + 6;
        for (LayerCurvature.BlockSpectrum s : spectra) {
            double[][] full = DenseHessian.compute(s.operator().of(p.newObjective()), p.params());
            double[][] dense = switch (s.block()) {
                case LayerCurvature.ALL -> full;
                case "0" -> submatrix(full, 0, first);
                case "2" -> submatrix(full, first, p.params().length - first);
                default -> throw new AssertionError(s.block());
            };
            assertEquals(dense.length, s.size(), s.block());
            DenseHessian.Spectrum exact = DenseHessian.eigen(dense);
            double lambdaMax = exact.values()[dense.length - 1];
            assertEquals(lambdaMax, s.lambdaMax(), 1e-8 * Math.abs(lambdaMax), s.block() + " " + s.operator());
            double trace = exact.trace();
            assertTrue(Math.abs(s.trace().trace() - trace) < 5 * s.trace().standardError() + 1e-9, s.block() + " "
                    + s.operator() + ": trace " + s.trace().trace() + " ± " + s.trace().standardError() + " vs "
                    + trace);
            double absolute = java.util.Arrays.stream(exact.values()).map(Math::abs).sum();
            assertEquals(trace, s.density().quadratureMoment(1) * dense.length, 0.15 * absolute + 1e-9,
                    "SLQ's first moment times the dimension estimates the trace");
        }
    }
}
