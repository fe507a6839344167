package org.losslandscape.compute.dynamics;

import java.util.Arrays;

import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Network;

/**
 * Progress measures of grokking, computed from the parameters alone (Nanda et al. 2023, "Progress measures for
 * grokking via mechanistic interpretability"; Liu et al. 2023, "Omnigrok" for the weight norm).
 * <ul>
 * <li>{@link #weightNorm}: the L2 norm of all parameters; weight decay shrinks it while the network moves from
 * memorising to the general solution.</li>
 * <li>{@link #fourierConcentration}: for modular arithmetic with one-hot inputs, the share of the first layer's
 * input-weight energy that lies in its {@code k} strongest Fourier frequencies. Each hidden unit's weights over the
 * residues {@code a = 0 … p−1} (and, separately, over {@code b}) are transformed by the discrete Fourier
 * transform; the energy of frequency {@code f} and {@code p − f} (the same real frequency) is summed over units and
 * both operands; the constant component is left out. A network that computes modular addition with a few
 * frequencies, as Nanda et al. found, scores near 1; random weights score about {@code k/((p−1)/2)}.</li>
 * </ul>
 */
public final class ProgressMeasures {

    private ProgressMeasures() {
    }

    /** @return {@code ‖θ‖₂} */
    public static double weightNorm(double[] params) {
        double s = 0;
        for (double v : params) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /**
     * @param network a network whose first layer is a {@link Dense} on {@code 2p} one-hot inputs
     * @param p the modulus
     * @param k how many frequencies count, 1 ≤ k ≤ (p−1)/2
     * @return the share of the non-constant Fourier energy in the {@code k} strongest frequencies, in [0, 1]
     * @throws IllegalArgumentException if the first layer does not fit
     */
    public static double fourierConcentration(Network network, double[] params, int p, int k) {
        if (!(network.layers().get(0) instanceof Dense first) || first.inputWidth() != 2 * p) {
            throw new IllegalArgumentException("the Fourier measure needs a first Dense layer on 2p = " + 2 * p
                    + " one-hot inputs");
        }
        int frequencies = (p - 1) / 2;
        if (k < 1 || k > frequencies) {
            throw new IllegalArgumentException("k must be in [1, " + frequencies + "], got " + k);
        }
        int in = first.inputWidth();
        int out = first.outputWidth();
        double[] energy = new double[frequencies + 1];
        Circle circle = new Circle(p);
        for (int unit = 0; unit < out; unit++) {
            for (int operand = 0; operand < 2; operand++) {
                // weight block starts at offset 0 of the flat vector
                circle.addEnergy(params, unit * in + operand * p, 1, energy);
            }
        }
        return topShare(energy, k);
    }

    /**
     * The Fourier concentration of a token embedding (Nanda et al. found the embedding of a grokked transformer
     * sparse in the Fourier basis): each of the table's {@code dim} columns, over the tokens {@code 0 … p−1} (the
     * residues; rows beyond them, such as "=", are left out), is transformed as in {@link #fourierConcentration}.
     *
     * @param offset start of the {@code vocabulary×dim} table (row-major, one row per token) in {@code params}
     * @return the share of the non-constant Fourier energy in the {@code k} strongest frequencies, in [0, 1]
     */
    public static double embeddingConcentration(double[] params, int offset, int dim, int p, int k) {
        int frequencies = (p - 1) / 2;
        if (k < 1 || k > frequencies) {
            throw new IllegalArgumentException("k must be in [1, " + frequencies + "], got " + k);
        }
        double[] energy = new double[frequencies + 1];
        Circle circle = new Circle(p);
        for (int j = 0; j < dim; j++) {
            circle.addEnergy(params, offset + j, dim, energy);
        }
        return topShare(energy, k);
    }

    /** @return the share of {@code energy[1 …]} in its {@code k} largest entries (0 when all are 0) */
    private static double topShare(double[] energy, int k) {
        int frequencies = energy.length - 1;
        double total = 0;
        for (int f = 1; f <= frequencies; f++) {
            total += energy[f];
        }
        if (total == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOfRange(energy, 1, frequencies + 1);
        Arrays.sort(sorted);
        double top = 0;
        for (int i = 0; i < k; i++) {
            top += sorted[sorted.length - 1 - i];
        }
        return top / total;
    }

    /** The p-th roots of unity, for discrete Fourier transforms over the residues. */
    static final class Circle {
        final int p;
        final double[] cos;
        final double[] sin;

        Circle(int p) {
            this.p = p;
            cos = new double[p];
            sin = new double[p];
            for (int a = 0; a < p; a++) {
                cos[a] = Math.cos(2 * Math.PI * a / p);
                sin[a] = Math.sin(2 * Math.PI * a / p);
            }
        }

        /**
         * Adds the energy of frequencies {@code 1 … (p−1)/2} of {@code x[base + a·stride]}, {@code a < p}, to
         * {@code energy[f]} (f and p − f carry the same energy, so each counts twice).
         */
        void addEnergy(double[] x, int base, int stride, double[] energy) {
            for (int f = 1; f < energy.length; f++) {
                double re = 0;
                double im = 0;
                for (int a = 0; a < p; a++) {
                    int phase = (int) ((long) f * a % p);
                    re += x[base + a * stride] * cos[phase];
                    im -= x[base + a * stride] * sin[phase];
                }
                energy[f] += 2 * (re * re + im * im);
            }
        }
    }
}
