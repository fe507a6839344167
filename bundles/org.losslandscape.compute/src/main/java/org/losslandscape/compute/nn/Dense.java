package org.losslandscape.compute.nn;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.losslandscape.compute.linalg.Gemm;
import org.losslandscape.compute.linalg.SparseRows;

/**
 * Fully connected layer {@code y = x·Wᵀ + b}, with {@code W} stored {@code out×in} row-major as PyTorch's
 * {@code nn.Linear} does (parameters: weight, then bias).
 * <pre>
 * forward            y   = x·Wᵀ + b
 * backward           gx  = gy·W            gW += gyᵀ·x            gb += Σ_rows gy
 * forward tangent    Ry  = Rx·Wᵀ + x·VWᵀ + Vb
 * backward tangent   Rgx = Rgy·W + gy·VW   hW += Rgyᵀ·x + gyᵀ·Rx  hb += Σ_rows Rgy
 * </pre>
 * A {@linkplain #scaled scaled} layer (the NTK and mean-field parameterisations, {@link Parameterization}) computes
 * {@code y = s·x·Wᵀ + b} with a fixed multiplier s: every product with W above is multiplied by s, the bias terms are
 * not, unless the layer scales its bias too ({@code y = s·(x·Wᵀ + b)}: every term above times s).
 */
public final class Dense implements Layer {

    private final int in;
    private final int out;
    private final boolean bias;
    /** The weight multiplier s; 1 for a standard layer. */
    private final double scale;
    /** A scaled layer starts its weights N(0, 1) and its biases at 0, whatever the initializer. */
    private final boolean scaled;
    /** Whether s multiplies the bias too ({@code y = s·(x·Wᵀ + b)}). */
    private final boolean scaleBias;

    /**
     * @param in input features
     * @param out output features
     * @param bias whether the layer has a bias
     */
    public Dense(int in, int out, boolean bias) {
        this(in, out, bias, 1, false, false);
    }

    private Dense(int in, int out, boolean bias, double scale, boolean scaled, boolean scaleBias) {
        this.in = in;
        this.out = out;
        this.bias = bias;
        this.scale = scale;
        this.scaled = scaled;
        this.scaleBias = scaleBias;
    }

    /**
     * A layer {@code y = s·x·Wᵀ + b} whose weights start N(0, 1) and biases at 0 whatever the network's initializer:
     * the scale of the weights lives in the fixed multiplier s instead of in their initial values (Jacot et al. 2018,
     * "Neural tangent kernel", section 2).
     *
     * @param scale the multiplier s, finite and > 0 (e.g. 1/√in)
     * @param scaleBias whether s multiplies the bias too, {@code y = s·(x·Wᵀ + b)} (a mean-field output layer, whose
     *        bias must move as slowly as its weights)
     * @throws IllegalArgumentException for any other multiplier
     */
    public static Dense scaled(int in, int out, boolean bias, double scale, boolean scaleBias) {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("a scaled Dense layer needs a finite multiplier > 0, got " + scale);
        }
        return new Dense(in, out, bias, scale, true, scaleBias);
    }

    /** @return the weight multiplier s of {@code y = s·x·Wᵀ + b} (1 for a standard layer) */
    public double scale() {
        return scale;
    }

    /** @return whether s multiplies the bias too */
    public boolean scalesBias() {
        return scaleBias;
    }

    /** @return whether this is a {@linkplain #scaled scaled} layer (shortcuts that read W as the map skip it) */
    public boolean isScaled() {
        return scaled;
    }

    /** A dense layer with bias. */
    public Dense(int in, int out) {
        this(in, out, true);
    }

    @Override
    public String kind() {
        return "Dense";
    }

    @Override
    public String describe() {
        return "Dense " + in + " → " + out + (bias ? "" : " (no bias)") + (scaled ? String.format(
                Locale.ROOT, scaleBias ? " ×%.4g (with the bias)" : " ×%.4g", scale) : "");
    }

    @Override
    public int inputWidth() {
        return in;
    }

    @Override
    public int outputWidth() {
        return out;
    }

    /** A Dense layer sees its input as plain features and gives plain features, whatever its width. */
    @Override
    public ImageShape outputImage(ImageShape input) {
        return null;
    }

    @Override
    public int parameterCount() {
        return in * out + (bias ? out : 0);
    }

    /** @return whether the layer has a bias */
    public boolean hasBias() {
        return bias;
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        var w = new ParameterBlock("weight", 0, out, in, ParameterBlock.Role.WEIGHT);
        return bias ? List.of(w, new ParameterBlock("bias", in * out, 1, out, ParameterBlock.Role.BIAS)) : List.of(w);
    }

    @Override
    public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        if (scaled) {
            for (int i = 0; i < in * out; i++) {
                params[offset + i] = rng.nextGaussian();
            }
            if (bias) {
                Arrays.fill(params, offset + in * out, offset + in * out + out, 0);
            }
            return;
        }
        init.weights(params, offset, in, out, rng);
        if (bias) {
            init.biases(params, offset + in * out, out, in, rng);
        }
    }

    /** A scaled layer keeps {@code s·g} of a back-propagated signal here ({@code maxBatch × out}). */
    @Override
    public Slot newSlot(int paramOffset, int bufferOffset, int id, int maxBatch) {
        Slot s = Layer.super.newSlot(paramOffset, bufferOffset, id, maxBatch);
        if (scaled) {
            s.cache = new double[maxBatch * out];
        }
        return s;
    }

    /** @return {@code g} for a standard layer, else {@code s·g} in the slot's scratch */
    private double[] times(Slot slot, int n, double[] g) {
        if (!scaled) {
            return g;
        }
        double[] sg = (double[]) slot.cache;
        for (int i = 0; i < n * out; i++) {
            sg[i] = scale * g[i];
        }
        return sg;
    }

    /** Multiplies the first {@code count} entries of {@code a} by s (nothing for a standard layer). */
    private void scaleInPlace(double[] a, int count) {
        if (scaled) {
            for (int i = 0; i < count; i++) {
                a[i] *= scale;
            }
        }
    }

    /** Adds the bias {@code w[off + in·out …]} (times s when it is scaled) to every row of y. */
    private void addBias(int n, double[] w, int off, double[] y) {
        double m = scaleBias ? scale : 1;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < out; j++) {
                y[i * out + j] += m * w[off + in * out + j];
            }
        }
    }

    /**
     * {@code y = s·x·Wᵀ (+ b)} for the given weight/bias source (parameters or a tangent direction).
     */
    private void affine(Pass p, double[] x, double[] w, int off, double[] y, boolean withBias) {
        product(p, x, w, off, y, withBias && !scaled);
        finish(p.n, w, off, y, withBias);
    }

    /** Scales {@code y = x·Wᵀ} of a scaled layer by s and then adds its bias. */
    private void finish(int n, double[] w, int off, double[] y, boolean withBias) {
        if (scaled) {
            scaleInPlace(y, n * out);
            if (withBias) {
                addBias(n, w, off, y);
            }
        }
    }

    /**
     * {@code y = x·Wᵀ (+ b)}; through the nonzeros of x when x is the network's sparse input (the same bits).
     */
    private void product(Pass p, double[] x, double[] w, int off, double[] y, boolean withBias) {
        int n = p.n;
        SparseRows sparse = p.sparse(x);
        if (sparse != null) {
            sparse.multiplyTransposed(w, off, out, withBias ? w : null, off + in * out, y);
            return;
        }
        if (withBias) {
            for (int i = 0; i < n; i++) {
                System.arraycopy(w, off + in * out, y, i * out, out);
            }
        }
        Gemm.gemm(false, true, n, out, in, x, 0, in, w, off, in, y, 0, out, withBias);
    }

    @Override
    public void forward(Pass p, Slot s) {
        affine(p, s.in, p.params, s.paramOffset, s.out, bias);
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        product(p, s.in, p.v, s.paramOffset, s.rout, bias && !scaled);
        if (!s.inputConstant) {
            Gemm.gemm(false, true, p.n, out, in, s.rin, 0, in, p.params, s.paramOffset, in, s.rout, 0, out, true);
        }
        finish(p.n, p.v, s.paramOffset, s.rout, bias);
    }

    /** {@code gW += s·gᵀ·x}, {@code gb += Σ g} into {@code acc} at this layer's offset. */
    private void parameterGradient(Pass p, Slot slot, double[] g, double[] x, double[] acc, int off) {
        int n = p.n;
        double[] sg = times(slot, n, g);
        SparseRows sparse = p.sparse(x);
        if (sparse != null) {
            sparse.addTransposeTimes(sg, out, acc, off);
        } else {
            Gemm.gemm(true, false, out, in, n, sg, 0, out, x, 0, in, acc, off, in, true);
        }
        if (bias) {
            ColumnSums.add(scaleBias ? sg : g, n, out, acc, off + in * out);
        }
    }

    @Override
    public void backward(Pass p, Slot s) {
        if (s.needInputGradient) {
            Gemm.gemm(false, false, p.n, in, out, s.gout, 0, out, p.params, s.paramOffset, in, s.gin, 0, in, false);
            scaleInPlace(s.gin, p.n * in);
        }
        if (p.grad != null) {
            parameterGradient(p, s, s.gout, s.in, p.grad, s.paramOffset);
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        if (s.needInputGradient) {
            Gemm.gemm(false, false, p.n, in, out, s.rgout, 0, out, p.params, s.paramOffset, in, s.rgin, 0, in,
                    false);
            Gemm.gemm(false, false, p.n, in, out, s.gout, 0, out, p.v, s.paramOffset, in, s.rgin, 0, in, true);
            scaleInPlace(s.rgin, p.n * in);
        }
        parameterGradient(p, s, s.rgout, s.in, p.hv, s.paramOffset);
        if (!s.inputConstant) {
            Gemm.gemm(true, false, out, in, p.n, times(s, p.n, s.gout), 0, out, s.rin, 0, in, p.hv, s.paramOffset, in,
                    true);
        }
    }
}
