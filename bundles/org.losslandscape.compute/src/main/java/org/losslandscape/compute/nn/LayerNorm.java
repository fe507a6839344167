package org.losslandscape.compute.nn;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Layer normalisation (Ba, Kiros and Hinton 2016, "Layer Normalization"), PyTorch's {@code nn.LayerNorm} over the
 * last dimension: each row is normalised over its features, then {@code y = γ⊙x̂ + β} when affine (parameters
 * "weight" γ, initialised to 1, then "bias" β, initialised to 0). Same in training and evaluation.
 * <pre>
 * per row i (a group of m = width values)
 * forward            x̂ = (x − μ)·s,  s = 1/√(var + ε)         y = γ⊙x̂ + β
 * forward tangent    Rx̂ = s·(Rx − mean(Rx) − x̂·mean(x̂⊙Rx))    Ry = Vγ⊙x̂ + γ⊙Rx̂ + Vβ
 * backward           dx̂ = γ⊙dy   dx = s·(dx̂ − mean(dx̂) − x̂·mean(dx̂⊙x̂))
 * backward tangent   see {@link Normalization}: R dx from Rs, Rx̂, R dx̂ = Vγ⊙dy + γ⊙R dy
 * </pre>
 * Keeps x̂, s and their tangents per slot ({@link Normalization.Cache}); writes nothing outside its slot but
 * {@code p.grad} and {@code p.hv}.
 */
public final class LayerNorm implements Layer {

    private final int width;
    private final double eps;
    private final boolean affine;

    /**
     * @param width features per row (input = output)
     * @param eps added to the variance, PyTorch's default is 1e-5
     * @param affine whether the layer has the learnable γ and β
     */
    public LayerNorm(int width, double eps, boolean affine) {
        if (width < 1) {
            throw new IllegalArgumentException("LayerNorm needs at least 1 feature, got " + width);
        }
        if (!(eps > 0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("LayerNorm eps must be positive, got " + eps);
        }
        this.width = width;
        this.eps = eps;
        this.affine = affine;
    }

    /** A LayerNorm with ε = 1e-5 and affine parameters, as PyTorch's default. */
    public LayerNorm(int width) {
        this(width, 1e-5, true);
    }

    @Override
    public String kind() {
        return "LayerNorm";
    }

    @Override
    public String describe() {
        return "LayerNorm " + width + " (eps " + eps + (affine ? ")" : ", no affine)");
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
    }

    @Override
    public Slot newSlot(int paramOffset, int bufferOffset, int id, int maxBatch) {
        Slot s = Layer.super.newSlot(paramOffset, bufferOffset, id, maxBatch);
        s.cache = new Normalization.Cache(maxBatch * width, maxBatch);
        return s;
    }

    @Override
    public void forward(Pass p, Slot s) {
        Normalization.Cache c = (Normalization.Cache) s.cache;
        for (int i = 0; i < p.n; i++) {
            int start = i * width;
            double mu = Normalization.mean(s.in, start, 1, width);
            double var = Normalization.variance(s.in, start, 1, width, mu);
            c.inv[i] = 1 / Math.sqrt(var + eps);
            Normalization.standardise(s.in, c.xhat, start, 1, width, mu, c.inv[i]);
        }
        Normalization.affineForward(p, s.paramOffset, affine, c.xhat, s.out, p.n, width);
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        Normalization.Cache c = (Normalization.Cache) s.cache;
        if (s.inputConstant) {
            Arrays.fill(c.rxhat, 0, p.n * width, 0);
            Arrays.fill(c.rinv, 0, p.n, 0);
        } else {
            for (int i = 0; i < p.n; i++) {
                c.rinv[i] = Normalization.tangent(s.rin, c.xhat, c.rxhat, i * width, 1, width, c.inv[i]);
            }
        }
        Normalization.affineTangent(p, s.paramOffset, affine, c.xhat, c.rxhat, s.rout, p.n, width);
    }

    @Override
    public void backward(Pass p, Slot s) {
        Normalization.Cache c = (Normalization.Cache) s.cache;
        Normalization.affineBackward(p, s.paramOffset, affine, s.gout, c.xhat, c.dxhat, p.n, width);
        if (s.needInputGradient) {
            for (int i = 0; i < p.n; i++) {
                Normalization.backward(c.dxhat, c.xhat, s.gin, i * width, 1, width, c.inv[i]);
            }
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        Normalization.Cache c = (Normalization.Cache) s.cache;
        Normalization.affineBackwardTangent(p, s.paramOffset, affine, s.gout, s.rgout, c.xhat, c.rxhat, c.rdxhat,
                p.n, width);
        if (s.needInputGradient) {
            for (int i = 0; i < p.n; i++) {
                Normalization.backwardTangent(c.dxhat, c.rdxhat, c.xhat, c.rxhat, c.inv[i], c.rinv[i], s.rgin,
                        i * width, 1, width);
            }
        }
    }
}
