package org.losslandscape.compute.curvature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.objective.CurvatureObjective;

class HessianMethodsTest {

    private static TestProblems.Problem problem;
    private static DenseHessian.Spectrum dense;
    private static double scale;

    @BeforeAll
    static void setUp() {
        problem = TestProblems.tanhNetwork(3);
        dense = DenseHessian.spectrum(problem.objective(), problem.params());
        double[] v = dense.values();
        scale = Math.max(Math.abs(v[0]), Math.abs(v[v.length - 1]));
    }

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void theTestHessianIsIndefinite() {
        double[] v = dense.values();
        assertEquals(111, v.length);
        assertTrue(v[0] < -1e-3 * scale && v[v.length - 1] > 1e-3 * scale, Arrays.toString(v));
    }

    @Test
    void denseHessianIsSymmetricAndMatchesFiniteDifferencesOfTheGradient() {
        double[][] h = DenseHessian.compute(problem.objective(), problem.params());
        CurvatureObjective f = problem.objective();
        int n = f.dimension();
        double step = 1e-5;
        for (int j : new int[] {0, 17, 60, 110}) {
            double[] plus = problem.params().clone();
            double[] minus = problem.params().clone();
            plus[j] += step;
            minus[j] -= step;
            double[] gp = new double[n];
            double[] gm = new double[n];
            f.valueAndGradient(plus, gp);
            f.valueAndGradient(minus, gm);
            for (int i = 0; i < n; i++) {
                assertEquals(h[i][j], h[j][i]);
                assertEquals((gp[i] - gm[i]) / (2 * step), h[i][j], 1e-6 * scale, "H[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void denseHessianRefusesLargeModels() {
        Network big = new Network(List.of(new Dense(50, 41)), new SoftmaxCrossEntropy());
        NetworkObjective f = new NetworkObjective(big, problem.batch(), new double[0], PassMode.EVAL);
        var e = assertThrows(IllegalArgumentException.class, () -> DenseHessian.compute(f, new double[2091]));
        assertTrue(e.getMessage().contains("2000"), e.getMessage());
    }

    @Test
    void lanczosFindsTopAndBottomEigenpairsOfTheDenseSolver() {
        double[] v = dense.values();
        int n = v.length;
        EigenPairs top = Lanczos.top(problem.objective(), problem.params(), 3);
        EigenPairs bottom = Lanczos.bottom(problem.objective(), problem.params(), 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(v[n - 1 - i], top.values()[i], 1e-8 * scale, "top " + i);
            assertEquals(v[i], bottom.values()[i], 1e-8 * scale, "bottom " + i);
            assertRitzPair(top.values()[i], top.vectors()[i], 1e-6);
            assertRitzPair(bottom.values()[i], bottom.vectors()[i], 1e-6);
            assertTrue(top.residuals()[i] <= 1e-6 * scale);
        }
        assertTrue(top.products() < n, "converged before spanning the whole space: " + top.products());
    }

    private static void assertRitzPair(double lambda, double[] y, double tol) {
        double[] hy = new double[y.length];
        problem.objective().hessianVectorProduct(problem.params(), y, hy);
        assertEquals(1, Vectors.norm(y), 1e-12);
        double residual = Vectors.norm(Vectors.plusScaled(hy, -lambda, y));
        assertTrue(residual <= tol * scale, "‖Hv − λv‖ = " + residual);
    }

    @Test
    void powerIterationWithDeflationFindsTheThreeDominantEigenvalues() {
        double[] byMagnitude = Arrays.stream(dense.values()).boxed()
                .sorted((a, b) -> Double.compare(Math.abs(b), Math.abs(a))).mapToDouble(Double::doubleValue)
                .toArray();
        EigenPairs p = PowerIteration.dominant(problem.objective(), problem.params(), 3, 20_000, 1e-13, 5);
        for (int i = 0; i < 3; i++) {
            assertEquals(byMagnitude[i], p.values()[i], 1e-5 * scale, "pair " + i);
            assertRitzPair(p.values()[i], p.vectors()[i], 1e-2);
        }
    }

    @Test
    void hutchinsonCoversTheDenseTraceAndParallelEqualsSequential() {
        double trace = dense.trace();
        Hutchinson.TraceEstimate e = Hutchinson.estimate(problem.objective(), problem.params(), 200, 11);
        assertEquals(200, e.probes());
        assertTrue(Math.abs(e.trace() - trace) <= 4 * e.standardError(), e + " vs " + trace);
        assertTrue(e.lower95() <= trace && trace <= e.upper95(), e + " vs " + trace);
        assertEquals(1.9719565, Hutchinson.studentQuantile975(199), 1e-6);
        Parallel.setThreads(2);
        var parallel = Hutchinson.estimate(problem::newObjective, problem.params(), 200, 11);
        assertArrayEquals(e.samples(), parallel.samples());
        assertEquals(e.trace(), parallel.trace());
        Parallel.setThreads(1);
        assertEquals(e.trace(), Hutchinson.estimate(problem::newObjective, problem.params(), 200, 11).trace());
    }

    @Test
    void spectralDensityIntegratesToOneAndItsMeanIsTheNormalisedTrace() {
        int n = dense.values().length;
        double sigma = 0.01 * scale;
        SpectralDensity.Density d = SpectralDensity.estimate(problem.objective(), problem.params(), 30, 40, sigma,
                2000, 4);
        assertEquals(1, d.moment(0), 1e-6);
        assertEquals(d.quadratureMoment(1), d.moment(1), 1e-6 * scale);
        // the quadrature's mean is the mean Rayleigh quotient of the probes: an estimate of tr(H)/n
        double exact = dense.trace() / n;
        double spread = Math.sqrt(Arrays.stream(dense.values()).map(x -> x * x).sum() / n);
        assertEquals(exact, d.moment(1), 3 * spread * Math.sqrt(2.0 / n / 30), "vs dense trace/n");
        // the second moment: tr(H²)/n, and the support reaches the extreme eigenvalues
        assertEquals(spread * spread, d.quadratureMoment(2), 0.3 * spread * spread);
        double[] v = dense.values();
        double maxNode = Arrays.stream(d.nodes()).flatMapToDouble(Arrays::stream).max().orElseThrow();
        assertEquals(v[n - 1], maxNode, 1e-6 * scale);
        for (double[] w : d.weights()) {
            assertEquals(1, Arrays.stream(w).sum(), 1e-10);
        }
    }

    @Test
    void indexCountsNegativeEigenvaluesAsTheDenseSpectrum() {
        double[] v = dense.values();
        long negatives = Arrays.stream(v).filter(x -> x < -1e-9 * scale).count();
        CriticalPointIndex idx = CriticalPointIndex.of(problem.objective(), problem.params(), 1e-9);
        assertEquals(negatives, idx.negative());
        assertEquals(v.length, idx.negative() + idx.zero() + idx.positive());
        assertTrue(idx.negative() > 0 && idx.positive() > 0);
        assertEquals(new CriticalPointIndex(1, 1, 1), CriticalPointIndex.of(new double[] {-1, 1e-12, 2}, 1e-9));
        assertEquals(1.0 / 3, CriticalPointIndex.of(new double[] {-1, 1e-12, 2}, 1e-9).fraction(), 1e-15);
    }

    @Test
    void methodsWorkOnAnyCurvatureObjective() {
        // a 2D quadratic with eigenvalues 3 and −1: f = ½ xᵀAx, A = [[1, 2], [2, 1]]
        CurvatureObjective quad = new CurvatureObjective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                g[0] = x[0] + 2 * x[1];
                g[1] = 2 * x[0] + x[1];
                return 0.5 * (x[0] * g[0] + x[1] * g[1]);
            }

            @Override
            public void hessianVectorProduct(double[] x, double[] v, double[] out) {
                out[0] = v[0] + 2 * v[1];
                out[1] = 2 * v[0] + v[1];
            }
        };
        double[] origin = {0, 0};
        assertEquals(3, Lanczos.top(quad, origin, 1).values()[0], 1e-12);
        assertEquals(-1, Lanczos.bottom(quad, origin, 1).values()[0], 1e-12);
        assertEquals(new CriticalPointIndex(1, 0, 1), CriticalPointIndex.of(quad, origin, 1e-9));
        assertEquals(3, PowerIteration.dominant(quad, origin, 1, 200, 1e-14, 1).values()[0], 1e-9);
    }
}
