package org.losslandscape.compute.nn;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Dropout (Srivastava et al. 2014, "Dropout: A Simple Way to Prevent Neural Networks from Overfitting"), the
 * "inverted" form PyTorch uses: in training mode {@code y = x⊙m/(1−p)} with a Bernoulli mask {@code m}
 * ({@code P(m = 0) = p}); in evaluation mode {@code y = x}.
 * <p>
 * The mask is a pure function of {@code (pass.dropoutSeed, slot id, row, column)} (a splitmix64 hash), so every
 * pass with the same seed sees the same mask: finite differences, gradients and Hessian-vector products then
 * differentiate one and the same function. With the mask fixed the layer is linear, {@code y = d⊙x}:
 * <pre>
 * forward            y   = d⊙x          d = m/(1−p) in training, 1 in evaluation
 * backward           gx  = d⊙gy
 * forward tangent    Ry  = d⊙Rx
 * backward tangent   Rgx = d⊙Rgy        (no parameters, no second-order term)
 * </pre>
 * Keeps the scale {@code d} of the last training pass in its slot.
 */
public final class Dropout implements Layer {

    private final int width;
    private final double rate;

    /**
     * @param width features per row (input = output)
     * @param p probability of dropping an element, in [0, 1)
     */
    public Dropout(int width, double p) {
        if (width < 1) {
            throw new IllegalArgumentException("Dropout needs at least 1 feature, got " + width);
        }
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("Dropout rate " + p + " must be in [0, 1)");
        }
        this.width = width;
        this.rate = p;
    }

    /** @return the drop probability p */
    public double rate() {
        return rate;
    }

    @Override
    public String kind() {
        return "Dropout";
    }

    @Override
    public String describe() {
        return "Dropout (p = " + rate + ")";
    }

    @Override
    public int inputWidth() {
        return width;
    }

    @Override
    public int outputWidth() {
        return width;
    }

    @Override
    public int parameterCount() {
        return 0;
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        return List.of();
    }

    @Override
    public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        // no parameters
    }

    @Override
    public Slot newSlot(int paramOffset, int bufferOffset, int id, int maxBatch) {
        Slot s = Layer.super.newSlot(paramOffset, bufferOffset, id, maxBatch);
        s.cache = new double[maxBatch * width];
        return s;
    }

    /** splitmix64's finaliser (Steele, Lea and Flood 2014): a bijective 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** @return a uniform number in [0, 1) determined by the seed, the slot, the row and the column */
    static double uniform(long seed, int slot, int row, int column) {
        long h = mix(seed + 0x9E3779B97F4A7C15L);
        h = mix(h ^ (slot * 0x9E3779B97F4A7C15L + 1));
        h = mix(h ^ (row * 0xC2B2AE3D27D4EB4FL + 2));
        h = mix(h ^ (column * 0x165667B19E3779F9L + 3));
        return (h >>> 11) * 0x1.0p-53;
    }

    /** Whether this pass drops anything. */
    private boolean active(Pass p) {
        return p.training && rate > 0;
    }

    /** Writes the scale d = m/(1−p) of this pass into the slot's cache. */
    @Override
    public void forward(Pass p, Slot s) {
        int count = p.n * width;
        if (!active(p)) {
            System.arraycopy(s.in, 0, s.out, 0, count);
            return;
        }
        double[] d = (double[]) s.cache;
        double keep = 1 / (1 - rate);
        for (int i = 0; i < p.n; i++) {
            int o = i * width;
            for (int j = 0; j < width; j++) {
                d[o + j] = uniform(p.dropoutSeed, s.id, i, j) < rate ? 0 : keep;
                s.out[o + j] = d[o + j] * s.in[o + j];
            }
        }
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        scale(p, s, s.rin, s.rout, s.inputConstant);
    }

    @Override
    public void backward(Pass p, Slot s) {
        if (s.needInputGradient) {
            scale(p, s, s.gout, s.gin, false);
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        if (s.needInputGradient) {
            scale(p, s, s.rgout, s.rgin, false);
        }
    }

    /** {@code y = d⊙x} with this pass's scale; {@code y = 0} when {@code zero}. */
    private void scale(Pass p, Slot s, double[] x, double[] y, boolean zero) {
        int count = p.n * width;
        if (zero) {
            Arrays.fill(y, 0, count, 0);
        } else if (!active(p)) {
            System.arraycopy(x, 0, y, 0, count);
        } else {
            double[] d = (double[]) s.cache;
            for (int i = 0; i < count; i++) {
                y[i] = d[i] * x[i];
            }
        }
    }
}
