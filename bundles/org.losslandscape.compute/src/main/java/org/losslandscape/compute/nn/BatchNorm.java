package org.losslandscape.compute.nn;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Batch normalisation over the batch per feature (Ioffe and Szegedy 2015, "Batch Normalization: Accelerating
 * Deep Network Training by Reducing Internal Covariate Shift"), with PyTorch's {@code nn.BatchNorm1d} semantics:
 * <ul>
 * <li>training mode normalises each feature column with the batch mean and the biased batch variance, and, when
 * {@code p.updateBuffers}, updates {@code running = (1 − momentum)·running + momentum·batch} with the unbiased
 * variance {@code var·n/(n−1)}; it needs at least 2 rows;</li>
 * <li>evaluation mode uses the running statistics, so the layer is a fixed affine map per feature.</li>
 * </ul>
 * Parameters "weight" γ (1) and "bias" β (0) when affine; buffers {@code running_mean} (0) then
 * {@code running_var} (1), {@code width} each.
 * <pre>
 * training, per feature column j (a group of n values): as {@link LayerNorm} with the group a column
 *   forward          x̂ = (x − μ_B)·s,  s = 1/√(var_B + ε)       y = γ⊙x̂ + β
 *   forward tangent  Rx̂ = s·(Rx − mean(Rx) − x̂·mean(x̂⊙Rx))      Ry = Vγ⊙x̂ + γ⊙Rx̂ + Vβ
 *   backward         dx = s·(dx̂ − mean(dx̂) − x̂·mean(dx̂⊙x̂)),  dx̂ = γ⊙dy
 *   backward tangent see {@link Normalization}
 * evaluation, s = 1/√(running_var + ε) constant
 *   forward          x̂ = (x − running_mean)·s                   y = γ⊙x̂ + β
 *   forward tangent  Rx̂ = s·Rx
 *   backward         dx = s·dx̂
 *   backward tangent R dx = s·R dx̂,  R dx̂ = Vγ⊙dy + γ⊙R dy
 * </pre>
 * Writes {@code p.buffers} (its slice) only in a training pass with {@code updateBuffers}; {@code p.grad} and
 * {@code p.hv} as every layer.
 */
public final class BatchNorm implements Layer {

    private final int width;
    private final double eps;
    private final double momentum;
    private final boolean affine;

    /**
     * @param width features per row (input = output)
     * @param eps added to the variance, PyTorch's default is 1e-5
     * @param momentum weight of the batch statistics in the running update, PyTorch's default is 0.1
     * @param affine whether the layer has the learnable γ and β
     */
    public BatchNorm(int width, double eps, double momentum, boolean affine) {
        if (width < 1) {
            throw new IllegalArgumentException("BatchNorm needs at least 1 feature, got " + width);
        }
        if (!(eps > 0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("BatchNorm eps must be positive, got " + eps);
        }
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException("BatchNorm momentum must be in [0, 1], got " + momentum);
        }
        this.width = width;
        this.eps = eps;
        this.momentum = momentum;
        this.affine = affine;
    }

    /** A BatchNorm with ε = 1e-5, momentum 0.1 and affine parameters, as PyTorch's default. */
    public BatchNorm(int width) {
        this(width, 1e-5, 0.1, true);
    }

    @Override
    public String kind() {
        return "BatchNorm";
    }

    @Override
    public String describe() {
        return "BatchNorm " + width + " (eps " + eps + ", momentum " + momentum + (affine ? ")" : ", no affine)");
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
        return affine ? 2 * width : 0;
    }

    /** running_mean, then running_var. */
    @Override
    public int bufferCount() {
        return 2 * width;
    }

    @Override
    public List<String> bufferNames() {
        return List.of("running_mean", "running_var");
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        return Normalization.affineBlocks(affine, width);
    }

    @Override
    public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        if (affine) {
            Normalization.initialiseAffine(params, offset, width);
        }
        Arrays.fill(buffers, bufferOffset, bufferOffset + width, 0);
        Arrays.fill(buffers, bufferOffset + width, bufferOffset + 2 * width, 1);
    }

    @Override
    public Slot newSlot(int paramOffset, int bufferOffset, int id, int maxBatch) {
        Slot s = Layer.super.newSlot(paramOffset, bufferOffset, id, maxBatch);
        s.cache = new Normalization.Cache(maxBatch * width, width);
        return s;
    }

    /**
     * Normalises with batch (training) or running (evaluation) statistics.
     * Writes the running statistics in {@code p.buffers} when training with {@code p.updateBuffers}.
     */
    @Override
    public void forward(Pass p, Slot s) {
        Normalization.Cache c = (Normalization.Cache) s.cache;
        int n = p.n;
        if (p.buffers == null || p.buffers.length < s.bufferOffset + 2 * width) {
            throw new IllegalArgumentException("BatchNorm needs the network's buffers (running statistics); pass "
                    + "network.initialBuffers() or the trained buffers");
        }
        int rm = s.bufferOffset;
        int rv = s.bufferOffset + width;
        if (p.training) {
            if (n < 2) {
                throw new IllegalArgumentException("BatchNorm in training mode needs at least 2 rows per batch, got "
                        + n + "; use a larger batch or evaluation mode");
            }
            for (int j = 0; j < width; j++) {
                double mu = Normalization.mean(s.in, j, width, n);
                double var = Normalization.variance(s.in, j, width, n, mu);
                c.inv[j] = 1 / Math.sqrt(var + eps);
                Normalization.standardise(s.in, c.xhat, j, width, n, mu, c.inv[j]);
                if (p.updateBuffers) {
                    p.buffers[rm + j] = (1 - momentum) * p.buffers[rm + j] + momentum * mu;
                    p.buffers[rv + j] = (1 - momentum) * p.buffers[rv + j] + momentum * var * n / (n - 1);
                }
            }
        } else {
            for (int j = 0; j < width; j++) {
                c.inv[j] = 1 / Math.sqrt(p.buffers[rv + j] + eps);
                Normalization.standardise(s.in, c.xhat, j, width, n, p.buffers[rm + j], c.inv[j]);
            }
        }
        Normalization.affineForward(p, s.paramOffset, affine, c.xhat, s.out, n, width);
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        Normalization.Cache c = (Normalization.Cache) s.cache;
        int n = p.n;
        if (s.inputConstant) {
            Arrays.fill(c.rxhat, 0, n * width, 0);
            Arrays.fill(c.rinv, 0, width, 0);
        } else if (p.training) {
            for (int j = 0; j < width; j++) {
                c.rinv[j] = Normalization.tangent(s.rin, c.xhat, c.rxhat, j, width, n, c.inv[j]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                int o = i * width;
                for (int j = 0; j < width; j++) {
                    c.rxhat[o + j] = c.inv[j] * s.rin[o + j];
                }
            }
            Arrays.fill(c.rinv, 0, width, 0);
        }
        Normalization.affineTangent(p, s.paramOffset, affine, c.xhat, c.rxhat, s.rout, n, width);
    }

    @Override
    public void backward(Pass p, Slot s) {
        Normalization.Cache c = (Normalization.Cache) s.cache;
        int n = p.n;
        Normalization.affineBackward(p, s.paramOffset, affine, s.gout, c.xhat, c.dxhat, n, width);
        if (!s.needInputGradient) {
            return;
        }
        if (p.training) {
            for (int j = 0; j < width; j++) {
                Normalization.backward(c.dxhat, c.xhat, s.gin, j, width, n, c.inv[j]);
            }
        } else {
            scaleColumns(c.inv, c.dxhat, s.gin, n);
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        Normalization.Cache c = (Normalization.Cache) s.cache;
        int n = p.n;
        Normalization.affineBackwardTangent(p, s.paramOffset, affine, s.gout, s.rgout, c.xhat, c.rxhat, c.rdxhat, n,
                width);
        if (!s.needInputGradient) {
            return;
        }
        if (p.training) {
            for (int j = 0; j < width; j++) {
                Normalization.backwardTangent(c.dxhat, c.rdxhat, c.xhat, c.rxhat, c.inv[j], c.rinv[j], s.rgin, j,
                        width, n);
            }
        } else {
            scaleColumns(c.inv, c.rdxhat, s.rgin, n);
        }
    }

    /** {@code out[i, j] = scale[j]·x[i, j]} for the first n rows. */
    private void scaleColumns(double[] scale, double[] x, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            int o = i * width;
            for (int j = 0; j < width; j++) {
                out[o + j] = scale[j] * x[o + j];
            }
        }
    }
}
