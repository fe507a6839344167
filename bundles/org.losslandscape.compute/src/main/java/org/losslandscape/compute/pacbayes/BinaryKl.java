package org.losslandscape.compute.pacbayes;

/**
 * The Kullback–Leibler divergence between Bernoulli distributions, {@code kl(q‖p) = q ln(q/p) + (1−q) ln((1−q)/(1−p))},
 * and its upper inverse {@code kl⁻¹(q, c) = sup {p ∈ [q, 1] : kl(q‖p) ≤ c}}, the form in which PAC-Bayes bounds of
 * Langford–Seeger type and the sample-convergence bound of Langford and Caruana are stated.
 */
public final class BinaryKl {

    /** Bisection steps of the inverse: the interval [q, 1] halves to below 1e-15 (more would not change it). */
    private static final int STEPS = 60;

    private BinaryKl() {
    }

    /**
     * @param q the empirical rate, in [0, 1]
     * @param p the true rate, in [0, 1]
     * @return kl(q‖p) ≥ 0, infinite when p is 0 or 1 and q is not
     */
    public static double kl(double q, double p) {
        check(q, "q");
        check(p, "p");
        return term(q, p) + term(1 - q, 1 - p);
    }

    /** @return a·ln(a/b), with 0·ln(0/b) = 0 */
    private static double term(double a, double b) {
        if (a == 0) {
            return 0;
        }
        return b == 0 ? Double.POSITIVE_INFINITY : a * Math.log(a / b);
    }

    /**
     * The largest p ≥ q with kl(q‖p) ≤ c, by bisection (kl(q‖·) increases on [q, 1]). The bisection ends within 1e-15;
     * for budgets so small that kl(q‖p) ≈ (p − q)²/(2q(1 − q)) is lost to rounding (c below about 1e-16) the answer is
     * good to about 1e-8.
     *
     * @param q the empirical rate, in [0, 1]
     * @param c the budget, ≥ 0 (infinite: 1)
     * @return kl⁻¹(q, c) in [q, 1]
     */
    public static double upperInverse(double q, double c) {
        check(q, "q");
        if (!(c >= 0)) {
            throw new IllegalArgumentException("the kl budget must be ≥ 0, is " + c);
        }
        if (kl(q, 1) <= c) {
            return 1;
        }
        double lo = q;
        double hi = 1;
        for (int i = 0; i < STEPS; i++) {
            double mid = (lo + hi) / 2;
            if (kl(q, mid) > c) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return lo;
    }

    private static void check(double rate, String name) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], is " + rate);
        }
    }
}
