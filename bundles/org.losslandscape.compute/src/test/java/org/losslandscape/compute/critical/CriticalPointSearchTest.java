package org.losslandscape.compute.critical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.losslandscape.compute.curvature.CriticalPointIndex;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.data.Datasets;
import org.losslandscape.compute.landscape.TwoWeightExample;
import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.objective.CurvatureObjective;
import org.losslandscape.compute.toy.CriticalPoint;
import org.losslandscape.compute.toy.ToySurface;
import org.losslandscape.compute.train.ProgressMonitor;

/**
 * The search on functions whose critical points are known: it converges to them, meets the gradient tolerance, and
 * counts their index as the dense Hessian (and the textbook) does.
 */
class CriticalPointSearchTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void everyCriticalPointOfHimmelblauIsFoundWithItsIndex() {
        ToySurface s = ToySurface.himmelblau();
        LevenbergMarquardt lm = new LevenbergMarquardt(s, LevenbergMarquardt.Settings.of(TOLERANCE));
        SplittableRandom rng = new SplittableRandom(3);
        for (CriticalPoint known : s.knownCriticalPoints()) {
            double[] start = {known.x() + 0.2 * rng.nextGaussian(), known.y() + 0.2 * rng.nextGaussian()};
            LevenbergMarquardt.Result r = lm.search(start);
            assertTrue(r.converged(), known + ": " + r.status());
            assertTrue(r.gradientNorm() <= TOLERANCE, "the tolerance is met: " + r.gradientNorm());
            assertEquals(norm(s, r.point()), r.gradientNorm(), 1e-15, "the reported gradient norm is the gradient's");
            assertEquals(0, known.distanceTo(r.point()[0], r.point()[1]), 1e-5, known + " reached");
            IndexFraction index = IndexFraction.of(s, r.point(), 2000, 1, 1, 0);
            assertTrue(index.dense());
            assertEquals(known.index() / 2.0, index.fraction(), known + "'s index");
        }
    }

    private static double norm(ToySurface s, double[] p) {
        double[] g = new double[2];
        s.valueAndGradient(p, g);
        return Vectors.norm(g);
    }

    @Test
    void theTwoWeightNetworksSaddleAndMinimaAreFoundFromItsOwnAutodiff() {
        TwoWeightExample ex = TwoWeightExample.create();
        NetworkObjective f = new NetworkObjective(ex.network(), Batch.of(ex.data()), new double[0], PassMode.EVAL);
        List<double[]> starts = List.of(new double[] {0.2, -0.15}, new double[] {1.2, 1.1}, new double[] {-2, -0.5});
        List<CriticalPointSearch.Found> found = new CriticalPointSearch(f, LevenbergMarquardt.Settings.of(TOLERANCE),
                new CriticalPointSearch.IndexSettings(2000, 1, 1, 0)).run(starts, ProgressMonitor.NONE);
        double[][] expected = {{0, 0}, {1.5, 0.8}, {-1.5, -0.8}};
        double[] index = {0.5, 0, 0};
        for (int i = 0; i < 3; i++) {
            CriticalPointSearch.Found fo = found.get(i);
            assertTrue(fo.isCriticalPoint(), i + ": " + fo.end().status());
            assertEquals(expected[i][0], fo.end().point()[0], 1e-6);
            assertEquals(expected[i][1], fo.end().point()[1], 1e-6);
            assertEquals(index[i], fo.index().fraction(), "the saddle has one negative eigenvalue of two");
        }
    }

    /**
     * A linear network {@code Y ≈ W₂W₁X} (Baldi and Hornik 1989, "Neural networks and principal component analysis:
     * learning from examples without local minima"): at every critical point W₂W₁ is the least-squares map projected
     * onto a set S of eigenvectors of {@code Σ_yx Σ_xx⁻¹ Σ_xy}, so its loss is the loss at zero minus the sum of
     * their eigenvalues (scaled as the loss is). Every point found must have such a loss, its index must be what the
     * dense Hessian says, and the points at the lowest loss (S the top eigenvectors) are the minima.
     */
    @Test
    void aLinearNetworksCriticalPointsHaveTheLossesOfEigenvectorSubsets() {
        int d = 4;
        int hidden = 2;
        Dataset data = Datasets.teacherStudentRegression(80, d, new int[0], d, 0.3, 5, 6);
        NetworkDescription desc = new NetworkDescription(d, List.of(LayerDescription.dense(hidden, false),
                LayerDescription.dense(d, false)), LossType.MSE);
        Network net = desc.build();
        NetworkObjective f = new NetworkObjective(net, Batch.of(data), new double[0], PassMode.EVAL);
        double atZero = f.value(new double[f.dimension()]);
        double[] lambda = eigenvalues(data, d);
        double scale = atZero / sumOfSquares(data.targets());
        List<Double> allowed = new ArrayList<>();
        for (int mask = 0; mask < 1 << d; mask++) {
            if (Integer.bitCount(mask) <= hidden) {
                double l = atZero;
                for (int i = 0; i < d; i++) {
                    if ((mask & 1 << i) != 0) {
                        l -= scale * lambda[i];
                    }
                }
                allowed.add(l);
            }
        }
        List<double[]> starts = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            starts.add(net.initialParameters(Initializer.pytorchDefault(), 40 + k));
        }
        List<CriticalPointSearch.Found> found = new CriticalPointSearch(f, LevenbergMarquardt.Settings.of(TOLERANCE),
                new CriticalPointSearch.IndexSettings(2000, 1, 1, 0)).run(starts, ProgressMonitor.NONE);
        double best = allowed.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        int points = 0;
        boolean saddle = false;
        for (CriticalPointSearch.Found fo : found) {
            if (!fo.isCriticalPoint()) {
                continue;
            }
            points++;
            double loss = fo.end().loss();
            assertTrue(allowed.stream().anyMatch(l -> Math.abs(l - loss) < 1e-8), "loss " + loss + " is one of "
                    + allowed);
            assertEquals(CriticalPointIndex.of(f, fo.end().point(), IndexFraction.ZERO).fraction(),
                    fo.index().fraction());
            if (Math.abs(loss - best) < 1e-8) {
                assertEquals(0, fo.index().fraction(), "the global minimum has no negative curvature");
            } else {
                assertTrue(fo.index().fraction() > 0, "no local minima: a linear network's other points are saddles");
                saddle = true;
            }
        }
        assertTrue(points >= 8, "most searches converge: " + points);
        assertTrue(saddle, "some saddles are found");
    }

    @Test
    void stochasticLanczosQuadratureEstimatesTheIndexOfASaddle() {
        int d = 6;
        Dataset data = Datasets.teacherStudentRegression(60, d, new int[0], d, 0.3, 5, 6);
        Network net = new NetworkDescription(d, List.of(LayerDescription.dense(3, false), LayerDescription.dense(d,
                false)), LossType.MSE).build();
        NetworkObjective f = new NetworkObjective(net, Batch.of(data), new double[0], PassMode.EVAL);
        double[] x = net.initialParameters(Initializer.pytorchDefault(), 1);
        Vectors.scale(0.3, x);
        IndexFraction dense = IndexFraction.of(f, x, 2000, 1, 1, 0);
        IndexFraction slq = IndexFraction.of(f, x, 0, 60, f.dimension(), 7);
        assertFalse(slq.dense());
        assertTrue(dense.fraction() > 0.05, "a point with negative curvature: " + dense.fraction());
        assertEquals(dense.fraction(), slq.fraction(), 0.06, "SLQ's share of negative eigenvalues");
    }

    @Test
    void startsThatDoNotConvergeAreNotCriticalPoints() {
        ToySurface s = ToySurface.himmelblau();
        List<CriticalPointSearch.Found> found = new CriticalPointSearch(s, new LevenbergMarquardt.Settings(TOLERANCE,
                1, 1e-6, 50), new CriticalPointSearch.IndexSettings(2000, 1, 1, 0)).run(List.of(new double[] {-4.5,
                    4.5}, new double[] {3.01, 2.01}, new double[] {3.0, 2.0}), ProgressMonitor.NONE);
        assertFalse(found.get(0).isCriticalPoint(), "one step from far away is not enough");
        assertEquals(null, found.get(0).index());
        assertTrue(found.get(1).isCriticalPoint() || found.get(2).isCriticalPoint());
        assertTrue(found.get(2).duplicateOf() == 1 || !found.get(1).isCriticalPoint(), "the same minimum twice");
    }

    /**
     * {@code L(x) = x³/3 + x} has no critical point (L' = x² + 1 ≥ 1) but ‖L'‖² has a minimum at 0, where
     * {@code H·g = 2x(x² + 1)} vanishes: a gradient-flat point. The search may end there, but never calls it critical.
     */
    @Test
    void aGradientFlatPointIsNotTakenForACriticalPoint() {
        CurvatureObjective f = new CurvatureObjective() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double valueAndGradient(double[] p, double[] g) {
                g[0] = p[0] * p[0] + 1;
                return p[0] * p[0] * p[0] / 3 + p[0];
            }

            @Override
            public void hessianVectorProduct(double[] p, double[] v, double[] out) {
                out[0] = 2 * p[0] * v[0];
            }
        };
        CriticalPointSearch.Found found = new CriticalPointSearch(f, LevenbergMarquardt.Settings.of(TOLERANCE),
                new CriticalPointSearch.IndexSettings(2000, 1, 1, 0)).run(List.of(new double[] {0.7}),
                        ProgressMonitor.NONE).get(0);
        assertFalse(found.isCriticalPoint(), found.end().status().toString());
        assertEquals(null, found.index());
        assertTrue(found.end().gradientNorm() >= 1, "‖L'‖ ≥ 1 everywhere: " + found.end().gradientNorm());
        assertTrue(Math.abs(found.end().point()[0]) < 0.7, "‖L'‖² fell on the way: " + found.end().point()[0]);
    }

    private static double sumOfSquares(double[] x) {
        return Vectors.dot(x, x);
    }

    /** @return the eigenvalues of Σ_yx Σ_xx⁻¹ Σ_xy (unnormalised sums over rows) */
    private static double[] eigenvalues(Dataset data, int d) {
        double[][] x = rows(data.features(), data.size(), d);
        double[][] y = rows(data.targets(), data.size(), d);
        RealMatrix mx = new Array2DRowRealMatrix(x);
        RealMatrix my = new Array2DRowRealMatrix(y);
        RealMatrix sxx = mx.transpose().multiply(mx);
        RealMatrix sxy = mx.transpose().multiply(my);
        RealMatrix s = sxy.transpose().multiply(new LUDecomposition(sxx).getSolver().getInverse()).multiply(sxy);
        return new EigenDecomposition(s.add(s.transpose()).scalarMultiply(0.5)).getRealEigenvalues();
    }

    private static double[][] rows(double[] flat, int n, int d) {
        double[][] r = new double[n][d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * d, r[i], 0, d);
        }
        return r;
    }
}
