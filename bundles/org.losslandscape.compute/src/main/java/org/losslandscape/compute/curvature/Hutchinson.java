package org.losslandscape.compute.curvature;

import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import org.apache.commons.math3.special.Beta;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * The trace of the Hessian by Hutchinson's estimator (Hutchinson 1990, "A stochastic estimator of the trace of the
 * influence matrix for Laplacian smoothing splines"; as in PyHessian, Yao et al. 2020): {@code tr H ≈ mean zᵀHz}
 * over Rademacher probes z (entries ±1), whose variance is the smallest among i.i.d. probes. The standard error is
 * the sample standard deviation over √probes and the 95 % interval uses Student's t with probes − 1 degrees of
 * freedom.
 * <p>
 * Probe i's signs come from the i-th generator split off one seeded by the seed, and the samples are summed in
 * probe order, so the sequential and parallel variants give bit-identical results for any thread count.
 */
public final class Hutchinson {

    private Hutchinson() {
    }

    /**
     * A trace estimate.
     *
     * @param trace the mean of the samples
     * @param standardError sample standard deviation / √probes (NaN for one probe)
     * @param lower95 lower end of the 95 % confidence interval
     * @param upper95 upper end of the 95 % confidence interval
     * @param samples {@code zᵢᵀHzᵢ} per probe, in order
     */
    public record TraceEstimate(double trace, double standardError, double lower95, double upper95,
            double[] samples) {

        /** @return the number of probes */
        public int probes() {
            return samples.length;
        }
    }

    /** Sequential estimate with one objective. */
    public static TraceEstimate estimate(CurvatureObjective f, double[] params, int probes, long seed) {
        SplittableRandom[] rngs = generators(probes, seed);
        double[] samples = new double[probes];
        double[] z = new double[f.dimension()];
        double[] hz = new double[f.dimension()];
        for (int i = 0; i < probes; i++) {
            samples[i] = sample(f, params, rngs[i], z, hz);
        }
        return summarise(samples);
    }

    /**
     * The samples of probes {@code from} to {@code to − 1} of an estimate with {@code probes} probes: the values
     * {@link #estimate(CurvatureObjective, double[], int, long)} computes for them, so that groups of probes computed
     * apart and put together in probe order give its bits ({@link #summarise}).
     */
    public static double[] samples(CurvatureObjective f, double[] params, int probes, long seed, int from, int to) {
        if (from < 0 || to > probes || from > to) {
            throw new IllegalArgumentException("probes " + from + " to " + to + " of " + probes);
        }
        SplittableRandom[] rngs = generators(probes, seed);
        double[] samples = new double[to - from];
        double[] z = new double[f.dimension()];
        double[] hz = new double[f.dimension()];
        for (int i = from; i < to; i++) {
            samples[i - from] = sample(f, params, rngs[i], z, hz);
        }
        return samples;
    }

    /**
     * Parallel estimate: probes are independent tasks of {@link Parallel#forEach}, each using an objective that no
     * other task uses at the same time, taken from a pool filled by {@code objectives} (e.g. one
     * {@code NetworkObjective} per thread, each with its own workspace). Same result as the sequential variant.
     */
    public static TraceEstimate estimate(Supplier<? extends CurvatureObjective> objectives, double[] params,
            int probes, long seed) {
        SplittableRandom[] rngs = generators(probes, seed);
        double[] samples = new double[probes];
        ConcurrentLinkedQueue<Probe> pool = new ConcurrentLinkedQueue<>();
        Parallel.forEach(probes, i -> {
            Probe p = pool.poll();
            if (p == null) {
                p = new Probe(objectives.get());
            }
            try {
                samples[i] = sample(p.f, params, rngs[i], p.z, p.hz);
            } finally {
                pool.add(p);
            }
        });
        return summarise(samples);
    }

    private record Probe(CurvatureObjective f, double[] z, double[] hz) {
        Probe(CurvatureObjective f) {
            this(f, new double[f.dimension()], new double[f.dimension()]);
        }
    }

    private static SplittableRandom[] generators(int probes, long seed) {
        if (probes < 1) {
            throw new IllegalArgumentException("need at least one probe, got " + probes);
        }
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] rngs = new SplittableRandom[probes];
        for (int i = 0; i < probes; i++) {
            rngs[i] = root.split();
        }
        return rngs;
    }

    /** Fills z with ±1 (64 signs per random long) and returns {@code zᵀHz}. */
    private static double sample(CurvatureObjective f, double[] params, SplittableRandom rng, double[] z,
            double[] hz) {
        rademacher(rng, z);
        f.hessianVectorProduct(params, z, hz);
        double s = 0;
        for (int j = 0; j < z.length; j++) {
            s += z[j] * hz[j];
        }
        return s;
    }

    static void rademacher(SplittableRandom rng, double[] z) {
        long bits = 0;
        for (int j = 0; j < z.length; j++) {
            if ((j & 63) == 0) {
                bits = rng.nextLong();
            }
            z[j] = (bits & 1) == 0 ? 1 : -1;
            bits >>>= 1;
        }
    }

    /** @return the estimate from the samples of every probe, in probe order */
    public static TraceEstimate summarise(double[] samples) {
        int n = samples.length;
        double mean = 0;
        for (double s : samples) {
            mean += s;
        }
        mean /= n;
        if (n == 1) {
            return new TraceEstimate(mean, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                    samples);
        }
        double ss = 0;
        for (double s : samples) {
            ss += (s - mean) * (s - mean);
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        double t = studentQuantile975(n - 1);
        return new TraceEstimate(mean, se, mean - t * se, mean + t * se, samples);
    }

    /** The 0.975 quantile of Student's t by bisection on its CDF (via the regularised incomplete beta). */
    static double studentQuantile975(int dof) {
        double lo = 0;
        double hi = 20;
        if (dof == 1) {
            return 12.706204736174698;
        }
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            double tail = 0.5 * Beta.regularizedBeta(dof / (dof + mid * mid), dof / 2.0, 0.5);
            if (tail > 0.025) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
