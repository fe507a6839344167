package org.losslandscape.compute.nn;

import java.util.List;
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
 */
public final class Dense implements Layer {

    private final int in;
    private final int out;
    private final boolean bias;

    /**
     * @param in input features
     * @param out output features
     * @param bias whether the layer has a bias
     */
    public Dense(int in, int out, boolean bias) {
        this.in = in;
        this.out = out;
        this.bias = bias;
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
        return "Dense " + in + " → " + out + (bias ? "" : " (no bias)");
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
        init.weights(params, offset, in, out, rng);
        if (bias) {
            init.biases(params, offset + in * out, out, in, rng);
        }
    }

    /**
     * {@code y = x·Wᵀ + b} for the given weight/bias source (parameters or a tangent direction); through the nonzeros
     * of x when x is the network's sparse input (the same bits).
     */
    private void affine(Pass p, double[] x, double[] w, int off, double[] y, boolean withBias) {
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
        affine(p, s.in, p.v, s.paramOffset, s.rout, bias);
        if (!s.inputConstant) {
            Gemm.gemm(false, true, p.n, out, in, s.rin, 0, in, p.params, s.paramOffset, in, s.rout, 0, out, true);
        }
    }

    /** {@code gW += gᵀ·x}, {@code gb += Σ g} into {@code acc} at this layer's offset. */
    private void parameterGradient(Pass p, double[] g, double[] x, double[] acc, int off) {
        int n = p.n;
        SparseRows sparse = p.sparse(x);
        if (sparse != null) {
            sparse.addTransposeTimes(g, out, acc, off);
        } else {
            Gemm.gemm(true, false, out, in, n, g, 0, out, x, 0, in, acc, off, in, true);
        }
        if (bias) {
            ColumnSums.add(g, n, out, acc, off + in * out);
        }
    }

    @Override
    public void backward(Pass p, Slot s) {
        if (s.needInputGradient) {
            Gemm.gemm(false, false, p.n, in, out, s.gout, 0, out, p.params, s.paramOffset, in, s.gin, 0, in, false);
        }
        if (p.grad != null) {
            parameterGradient(p, s.gout, s.in, p.grad, s.paramOffset);
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        if (s.needInputGradient) {
            Gemm.gemm(false, false, p.n, in, out, s.rgout, 0, out, p.params, s.paramOffset, in, s.rgin, 0, in,
                    false);
            Gemm.gemm(false, false, p.n, in, out, s.gout, 0, out, p.v, s.paramOffset, in, s.rgin, 0, in, true);
        }
        parameterGradient(p, s.rgout, s.in, p.hv, s.paramOffset);
        if (!s.inputConstant) {
            Gemm.gemm(true, false, out, in, p.n, s.gout, 0, out, s.rin, 0, in, p.hv, s.paramOffset, in, true);
        }
    }
}
