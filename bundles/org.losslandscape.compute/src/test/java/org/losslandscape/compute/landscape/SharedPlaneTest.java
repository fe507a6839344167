package org.losslandscape.compute.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;

/**
 * The shared plane of several trajectories against independent computations: the projections against a dense
 * least-squares solve (QR) on the plane's axes, the explained variance against the singular values of the centred
 * data matrix, the plane through three solutions against its defining coordinates.
 */
class SharedPlaneTest {

    private static final int DIM = 40;

    /** Three "optimizers" from one start: random walks with drifts of their own, 6 + 8 + 5 checkpoints. */
    private static List<List<double[]>> trajectories(long seed) {
        Random random = new Random(seed);
        double[] start = new double[DIM];
        for (int i = 0; i < DIM; i++) {
            start[i] = random.nextGaussian();
        }
        List<List<double[]>> all = new ArrayList<>();
        int[] lengths = {6, 8, 5};
        for (int r = 0; r < 3; r++) {
            double[] drift = new double[DIM];
            for (int i = 0; i < DIM; i++) {
                drift[i] = random.nextGaussian() * 0.3;
            }
            List<double[]> path = new ArrayList<>();
            double[] p = start.clone();
            path.add(p.clone());
            for (int k = 1; k < lengths[r]; k++) {
                for (int i = 0; i < DIM; i++) {
                    p[i] += drift[i] + 0.05 * random.nextGaussian();
                }
                path.add(p.clone());
            }
            all.add(path);
        }
        return all;
    }

    /** Independent: the coefficients of the least-squares fit of point − origin by the axes, by QR. */
    private static double[] leastSquares(Plane plane, double[] point) {
        RealMatrix a = new Array2DRowRealMatrix(DIM, 2);
        double[] rhs = new double[DIM];
        for (int i = 0; i < DIM; i++) {
            a.setEntry(i, 0, plane.xAxis()[i]);
            a.setEntry(i, 1, plane.yAxis()[i]);
            rhs[i] = point[i] - plane.origin()[i];
        }
        return new QRDecomposition(a).getSolver().solve(new ArrayRealVector(rhs)).toArray();
    }

    @Test
    void everyCheckpointIsProjectedAsADenseLeastSquaresSolveProjectsIt() {
        List<List<double[]>> t = trajectories(3);
        for (SharedPlane.Kind kind : SharedPlane.Kind.values()) {
            SharedPlane.Result r = SharedPlane.compute(kind, t);
            assertEquals(3, r.paths().size());
            for (int run = 0; run < 3; run++) {
                assertEquals(t.get(run).size(), r.paths().get(run).length, "one point per checkpoint");
                for (int i = 0; i < t.get(run).size(); i++) {
                    assertArrayEquals(leastSquares(r.plane(), t.get(run).get(i)), r.paths().get(run)[i], 1e-9,
                            kind + " run " + run + " checkpoint " + i);
                }
            }
        }
    }

    @Test
    void thePcaPlaneHasOrthonormalAxesThroughTheMeanOfTheSolutionsAndTheDataMatrixsVariance() {
        List<List<double[]>> t = trajectories(5);
        SharedPlane.Result r = SharedPlane.compute(SharedPlane.Kind.PCA, t);
        double[] x = r.plane().xAxis();
        double[] y = r.plane().yAxis();
        assertEquals(1, dot(x, x), 1e-10);
        assertEquals(1, dot(y, y), 1e-10);
        assertEquals(0, dot(x, y), 1e-10);
        for (int i = 0; i < DIM; i++) {
            double mean = (last(t.get(0))[i] + last(t.get(1))[i] + last(t.get(2))[i]) / 3;
            assertEquals(mean, r.plane().origin()[i], 1e-12);
        }
        // independent: the singular values of all checkpoints, centred by their mean
        List<double[]> points = new ArrayList<>();
        t.forEach(points::addAll);
        double[] centre = new double[DIM];
        points.forEach(p -> {
            for (int i = 0; i < DIM; i++) {
                centre[i] += p[i] / points.size();
            }
        });
        RealMatrix data = new Array2DRowRealMatrix(points.size(), DIM);
        for (int k = 0; k < points.size(); k++) {
            for (int i = 0; i < DIM; i++) {
                data.setEntry(k, i, points.get(k)[i] - centre[i]);
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(data);
        double[] s = svd.getSingularValues();
        double total = 0;
        for (double v : s) {
            total += v * v;
        }
        assertEquals(points.size() - 1, r.explainedVarianceRatio().length);
        for (int k = 0; k < 4; k++) {
            assertEquals(s[k] * s[k] / total, r.explainedVarianceRatio()[k], 1e-9, "component " + k);
        }
        assertTrue(r.explainedVarianceRatio()[0] >= r.explainedVarianceRatio()[1]);
        // the axes span the first two right singular vectors
        double[] v0 = svd.getV().getColumn(0);
        double[] v1 = svd.getV().getColumn(1);
        assertEquals(1, dot(v0, x) * dot(v0, x) + dot(v0, y) * dot(v0, y), 1e-8);
        assertEquals(1, dot(v1, x) * dot(v1, x) + dot(v1, y) * dot(v1, y), 1e-8);
        // the sign convention: seen from the centre of all checkpoints, the first run's start is on the + side
        double[] start = new double[DIM];
        for (int i = 0; i < DIM; i++) {
            start[i] = t.get(0).get(0)[i] - centre[i];
        }
        assertTrue(dot(start, x) >= 0 && dot(start, y) >= 0);
    }

    @Test
    void thePlaneThroughThreeSolutionsPutsThemAtTheirDefiningCoordinates() {
        List<List<double[]>> t = trajectories(7);
        SharedPlane.Result r = SharedPlane.compute(SharedPlane.Kind.SOLUTIONS, t);
        assertArrayEquals(new double[] {0, 0}, last(r.paths().get(0)), 1e-10);
        assertArrayEquals(new double[] {1, 0}, last(r.paths().get(1)), 1e-10);
        assertTrue(last(r.paths().get(2))[1] > 0);
        for (int run = 0; run < 3; run++) {
            assertEquals(0, distance(r.plane(), last(r.paths().get(run)), last(t.get(run))), 1e-9,
                    "solution " + run + " lies in its plane");
        }
        assertEquals(1, r.explainedVarianceRatio().length);
        assertTrue(r.explainedVarianceRatio()[0] > 0 && r.explainedVarianceRatio()[0] <= 1);
    }

    @Test
    void theFittedRangeHoldsEveryPointWithAMargin() {
        double[] range = SharedPlane.fittedRange(List.of(new double[][] {{0, 0}, {2, 1}}, new double[][] {{-2,
                3}}));
        assertArrayEquals(new double[] {-3, 3, -0.75, 3.75}, range, 1e-12);
    }

    @Test
    void runsOfDifferentNetworksAndTooFewRunsAreRefusedWithAClearMessage() {
        List<List<double[]>> t = new ArrayList<>(trajectories(9));
        t.set(1, List.of(new double[DIM + 1]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SharedPlane.compute(SharedPlane.Kind.PCA, t));
        assertEquals("run 2 has 41 parameters where run 1 has 40: a shared plane needs one network", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SharedPlane.compute(SharedPlane.Kind.PCA, t.subList(0,
                1)));
        List<List<double[]>> two = trajectories(9).subList(0, 2);
        assertEquals("the plane through solutions needs exactly 3 runs, got 2", assertThrows(
                IllegalArgumentException.class, () -> SharedPlane.compute(SharedPlane.Kind.SOLUTIONS, two))
                .getMessage());
    }

    private static double distance(Plane plane, double[] ab, double[] point) {
        double[] p = plane.point(ab[0], ab[1]);
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += (p[i] - point[i]) * (p[i] - point[i]);
        }
        return Math.sqrt(s);
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static double[] last(double[][] rows) {
        return rows[rows.length - 1];
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
