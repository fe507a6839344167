package org.losslandscape.compute.dynamics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The restricted and excluded logits of Nanda et al. (2023, "Progress measures for grokking via mechanistic
 * interpretability", section 5.1) for a network's logits over the complete table of modular addition mod {@code p}.
 * A network that adds by the Fourier algorithm gives, for each output {@code c}, logits that are a sum over a few
 * key frequencies {@code w_k = 2πk/p} of {@code cos(w_k(a+b−c))} — as functions of the input, combinations of
 * {@code cos(w_k(a+b))} and {@code sin(w_k(a+b))}. Over the complete {@code p×p} table these directions are
 * orthogonal (each of squared norm {@code p²/2}), so each output column of the logits is split exactly into its
 * constant, its component along each frequency's pair, and the rest:
 * <ul>
 * <li><b>restricted</b> logits keep the constant and the key frequencies' components only: their loss falls as the
 * general circuit forms, before the validation loss does;</li>
 * <li><b>excluded</b> logits remove the key frequencies' components: their training loss rises as the circuit
 * forms, since memorisation no longer carries the training set alone.</li>
 * </ul>
 * Rows may come in any order; the table must be complete (every pair once).
 */
public final class FourierAblation {

    private final int p;
    private final int classes;
    /** {@code (a + b) mod p} of each row. */
    private final int[] sums;
    private final ProgressMeasures.Circle circle;

    /**
     * @param p the (odd prime) modulus
     * @param classes outputs per row (normally p)
     * @param a left operand of each row
     * @param b right operand of each row
     * @throws IllegalArgumentException unless the rows are the complete table, each pair once
     */
    public FourierAblation(int p, int classes, int[] a, int[] b) {
        if (p < 3 || a.length != b.length || a.length != p * p) {
            throw new IllegalArgumentException("the Fourier ablation needs the complete table of " + p + "² pairs, got "
                    + a.length + " rows");
        }
        boolean[] seen = new boolean[p * p];
        sums = new int[a.length];
        for (int r = 0; r < a.length; r++) {
            int key = a[r] * p + b[r];
            if (a[r] < 0 || a[r] >= p || b[r] < 0 || b[r] >= p || seen[key]) {
                throw new IllegalArgumentException("row " + r + " = (" + a[r] + ", " + b[r] + ") is outside the table or "
                        + "repeats a pair");
            }
            seen[key] = true;
            sums[r] = (a[r] + b[r]) % p;
        }
        this.p = p;
        this.classes = classes;
        this.circle = new ProgressMeasures.Circle(p);
    }

    /** @return the number of frequencies, {@code (p − 1)/2} */
    public int frequencies() {
        return (p - 1) / 2;
    }

    /**
     * The components of each output column: {@code coefficients[0][c]} the column's mean, then for frequency
     * {@code f} the coefficients of {@code cos(w_f(a+b))} at {@code [2f−1][c]} and of {@code sin} at {@code [2f][c]}.
     */
    private double[][] coefficients(double[] logits) {
        double[] bySum = new double[p * classes];
        for (int r = 0; r < sums.length; r++) {
            int o = sums[r] * classes;
            for (int c = 0; c < classes; c++) {
                bySum[o + c] += logits[r * classes + c];
            }
        }
        int frequencies = frequencies();
        double[][] k = new double[2 * frequencies + 1][classes];
        double norm = p * (double) p / 2;
        for (int m = 0; m < p; m++) {
            for (int c = 0; c < classes; c++) {
                double s = bySum[m * classes + c];
                k[0][c] += s / (p * (double) p);
                for (int f = 1; f <= frequencies; f++) {
                    int phase = (int) ((long) f * m % p);
                    k[2 * f - 1][c] += s * circle.cos[phase] / norm;
                    k[2 * f][c] += s * circle.sin[phase] / norm;
                }
            }
        }
        return k;
    }

    /** @return the energy of each frequency in the logits, at index {@code f − 1} for {@code f = 1 … (p−1)/2} */
    public double[] energies(double[] logits) {
        double[][] k = coefficients(logits);
        double[] e = new double[frequencies()];
        double norm = p * (double) p / 2;
        for (int f = 1; f <= e.length; f++) {
            for (int c = 0; c < classes; c++) {
                e[f - 1] += (k[2 * f - 1][c] * k[2 * f - 1][c] + k[2 * f][c] * k[2 * f][c]) * norm;
            }
        }
        return e;
    }

    /** @return the {@code count} frequencies of the largest energy in the logits, ascending */
    public int[] keyFrequencies(double[] logits, int count) {
        double[] e = energies(logits);
        if (count < 1 || count > e.length) {
            throw new IllegalArgumentException("count must be in [1, " + e.length + "], got " + count);
        }
        return IntStream.rangeClosed(1, e.length).boxed()
                .sorted(Comparator.comparingDouble((Integer f) -> -e[f - 1]).thenComparing(f -> f)).limit(count)
                .mapToInt(Integer::intValue).sorted().toArray();
    }

    /** @return new logits: each column's mean plus its components along the given frequencies */
    public double[] restricted(double[] logits, int[] frequencies) {
        double[] out = new double[sums.length * classes];
        double[][] k = coefficients(logits);
        for (int r = 0; r < sums.length; r++) {
            System.arraycopy(k[0], 0, out, r * classes, classes);
        }
        addComponents(out, k, frequencies, 1);
        return out;
    }

    /** @return new logits: the given logits without their components along the given frequencies */
    public double[] excluded(double[] logits, int[] frequencies) {
        double[] out = Arrays.copyOf(logits, sums.length * classes);
        addComponents(out, coefficients(logits), frequencies, -1);
        return out;
    }

    private void addComponents(double[] out, double[][] k, int[] frequencies, double sign) {
        for (int f : frequencies) {
            if (f < 1 || f > frequencies()) {
                throw new IllegalArgumentException("frequency " + f + " is not in 1 … " + frequencies());
            }
            for (int r = 0; r < sums.length; r++) {
                int phase = (int) ((long) f * sums[r] % p);
                double cos = sign * circle.cos[phase];
                double sin = sign * circle.sin[phase];
                int o = r * classes;
                for (int c = 0; c < classes; c++) {
                    out[o + c] += cos * k[2 * f - 1][c] + sin * k[2 * f][c];
                }
            }
        }
    }

    /**
     * @param rows the rows to average over (e.g. the training split's)
     * @param labels the label of every row of the table
     * @return the mean softmax cross-entropy of the logits over those rows
     */
    public double crossEntropy(double[] logits, int[] rows, int[] labels) {
        double sum = 0;
        for (int r : rows) {
            int o = r * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, logits[o + c]);
            }
            double z = 0;
            for (int c = 0; c < classes; c++) {
                z += Math.exp(logits[o + c] - max);
            }
            sum += max + Math.log(z) - logits[o + labels[r]];
        }
        return sum / rows.length;
    }
}
