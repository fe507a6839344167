package org.losslandscape.compute.nn;

import java.util.Arrays;
import java.util.List;

/**
 * The normalisation core shared by {@link LayerNorm} (a group is one row) and {@link BatchNorm} (a group is one
 * feature column over the batch), written once on a strided group {@code x[start + k·stride]},
 * {@code k < count}, plus the per-feature affine map {@code y = γ⊙x̂ + β} both layers apply afterwards.
 * <pre>
 * forward            μ = mean(x)   var = mean((x−μ)²)   s = 1/√(var+ε)   x̂ = (x−μ)·s
 * forward tangent    Rx̂ = s·(Rx − mean(Rx) − x̂·mean(x̂⊙Rx))        Rs = −s²·mean(x̂⊙Rx)
 * backward           dx = s·(dx̂ − m1 − x̂·m2)                       m1 = mean(dx̂), m2 = mean(dx̂⊙x̂)
 * backward tangent   R(dx) = Rs·(dx̂ − m1 − x̂·m2)
 *                          + s·(R dx̂ − mean(R dx̂) − Rx̂·m2 − x̂·mean(R dx̂⊙x̂ + dx̂⊙Rx̂))
 * </pre>
 * The tangent uses {@code x−μ = x̂/s}, so {@code Rvar = 2·mean((x−μ)⊙Rx) = (2/s)·mean(x̂⊙Rx)} and
 * {@code Rs = −½s³·Rvar}; substituting in {@code Rx̂ = (Rx − Rμ)s + (x−μ)Rs} gives the line above (Pearlmutter
 * 1994 applied to Ba et al. 2016 and Ioffe and Szegedy 2015). Affine part, per feature j:
 * <pre>
 * forward            y  = γ⊙x̂ + β
 * forward tangent    Ry = Vγ⊙x̂ + γ⊙Rx̂ + Vβ
 * backward           dx̂ = γ⊙dy             gγ += Σ dy⊙x̂                    gβ += Σ dy
 * backward tangent   R dx̂ = Vγ⊙dy + γ⊙R dy  hγ += Σ (R dy⊙x̂ + dy⊙Rx̂)       hβ += Σ R dy
 * </pre>
 * Without the affine map γ = 1, β = 0 and there are no parameters.
 */
final class Normalization {

    private Normalization() {
    }

    /** A normalisation layer's per-slot scratch, sized for the slot's largest batch. */
    static final class Cache {
        /** x̂, row-major like the input. */
        final double[] xhat;
        /** Rx̂ of the last tangent pass. */
        final double[] rxhat;
        /** dx̂ = γ⊙dy of the last backward pass. */
        final double[] dxhat;
        /** R dx̂ of the last backward tangent pass. */
        final double[] rdxhat;
        /** s = 1/√(var+ε) per group. */
        final double[] inv;
        /** Rs per group. */
        final double[] rinv;

        Cache(int elements, int groups) {
            xhat = new double[elements];
            rxhat = new double[elements];
            dxhat = new double[elements];
            rdxhat = new double[elements];
            inv = new double[groups];
            rinv = new double[groups];
        }
    }

    /** @return the mean of the group */
    static double mean(double[] x, int start, int stride, int count) {
        double sum = 0;
        for (int k = 0, i = start; k < count; k++, i += stride) {
            sum += x[i];
        }
        return sum / count;
    }

    /** @return the biased variance {@code mean((x−μ)²)} of the group (two-pass, given its mean) */
    static double variance(double[] x, int start, int stride, int count, double mu) {
        double sum = 0;
        for (int k = 0, i = start; k < count; k++, i += stride) {
            double d = x[i] - mu;
            sum += d * d;
        }
        return sum / count;
    }

    /**
     * {@code x̂ = (x−μ)·s} over the group.
     *
     * @param xhat written at the group's positions
     */
    static void standardise(double[] x, double[] xhat, int start, int stride, int count, double mu, double s) {
        for (int k = 0, i = start; k < count; k++, i += stride) {
            xhat[i] = (x[i] - mu) * s;
        }
    }

    /**
     * Forward tangent of the group statistics: {@code Rx̂ = s·(Rx − mean(Rx) − x̂·mean(x̂⊙Rx))}.
     *
     * @param rxhat written at the group's positions
     * @return {@code Rs = −s²·mean(x̂⊙Rx)}
     */
    static double tangent(double[] rx, double[] xhat, double[] rxhat, int start, int stride, int count, double s) {
        double m1 = 0;
        double m2 = 0;
        for (int k = 0, i = start; k < count; k++, i += stride) {
            m1 += rx[i];
            m2 += xhat[i] * rx[i];
        }
        m1 /= count;
        m2 /= count;
        for (int k = 0, i = start; k < count; k++, i += stride) {
            rxhat[i] = s * (rx[i] - m1 - xhat[i] * m2);
        }
        return -s * s * m2;
    }

    /**
     * Backward through the group statistics: {@code dx = s·(dx̂ − mean(dx̂) − x̂·mean(dx̂⊙x̂))}.
     *
     * @param dx written at the group's positions
     */
    static void backward(double[] dxhat, double[] xhat, double[] dx, int start, int stride, int count, double s) {
        double m1 = 0;
        double m2 = 0;
        for (int k = 0, i = start; k < count; k++, i += stride) {
            m1 += dxhat[i];
            m2 += dxhat[i] * xhat[i];
        }
        m1 /= count;
        m2 /= count;
        for (int k = 0, i = start; k < count; k++, i += stride) {
            dx[i] = s * (dxhat[i] - m1 - xhat[i] * m2);
        }
    }

    /**
     * The R-operator of {@link #backward}, second-order terms included (see the class comment).
     *
     * @param rdx written at the group's positions
     */
    static void backwardTangent(double[] dxhat, double[] rdxhat, double[] xhat, double[] rxhat, double s, double rs,
            double[] rdx, int start, int stride, int count) {
        double m1 = 0;
        double m2 = 0;
        double r1 = 0;
        double r2 = 0;
        for (int k = 0, i = start; k < count; k++, i += stride) {
            m1 += dxhat[i];
            m2 += dxhat[i] * xhat[i];
            r1 += rdxhat[i];
            r2 += rdxhat[i] * xhat[i] + dxhat[i] * rxhat[i];
        }
        m1 /= count;
        m2 /= count;
        r1 /= count;
        r2 /= count;
        for (int k = 0, i = start; k < count; k++, i += stride) {
            rdx[i] = rs * (dxhat[i] - m1 - xhat[i] * m2) + s * (rdxhat[i] - r1 - rxhat[i] * m2 - xhat[i] * r2);
        }
    }

    /** Writes γ = 1 and β = 0 at {@code params[offset …]} for {@code width} features. */
    static void initialiseAffine(double[] params, int offset, int width) {
        Arrays.fill(params, offset, offset + width, 1);
        Arrays.fill(params, offset + width, offset + 2 * width, 0);
    }

    /**
     * {@code y = γ⊙x̂ + β} (or {@code y = x̂}), γ at {@code p.params[off …]}, β after it.
     *
     * @param y written, first {@code n·width} entries
     */
    static void affineForward(Pass p, int off, boolean affine, double[] xhat, double[] y, int n, int width) {
        int count = n * width;
        if (!affine) {
            System.arraycopy(xhat, 0, y, 0, count);
            return;
        }
        double[] w = p.params;
        for (int i = 0; i < n; i++) {
            int o = i * width;
            for (int j = 0; j < width; j++) {
                y[o + j] = w[off + j] * xhat[o + j] + w[off + width + j];
            }
        }
    }

    /**
     * {@code Ry = Vγ⊙x̂ + γ⊙Rx̂ + Vβ} (or {@code Ry = Rx̂}).
     *
     * @param ry written, first {@code n·width} entries
     */
    static void affineTangent(Pass p, int off, boolean affine, double[] xhat, double[] rxhat, double[] ry, int n,
            int width) {
        int count = n * width;
        if (!affine) {
            System.arraycopy(rxhat, 0, ry, 0, count);
            return;
        }
        double[] w = p.params;
        double[] v = p.v;
        for (int i = 0; i < n; i++) {
            int o = i * width;
            for (int j = 0; j < width; j++) {
                ry[o + j] = v[off + j] * xhat[o + j] + w[off + j] * rxhat[o + j] + v[off + width + j];
            }
        }
    }

    /**
     * {@code dx̂ = γ⊙dy}; {@code gγ += Σ dy⊙x̂}, {@code gβ += Σ dy} into {@code p.grad} when it is not null.
     *
     * @param dxhat written, first {@code n·width} entries
     */
    static void affineBackward(Pass p, int off, boolean affine, double[] dy, double[] xhat, double[] dxhat, int n,
            int width) {
        int count = n * width;
        if (!affine) {
            System.arraycopy(dy, 0, dxhat, 0, count);
            return;
        }
        double[] w = p.params;
        double[] g = p.grad;
        for (int i = 0; i < n; i++) {
            int o = i * width;
            for (int j = 0; j < width; j++) {
                double d = dy[o + j];
                dxhat[o + j] = w[off + j] * d;
                if (g != null) {
                    g[off + j] += d * xhat[o + j];
                    g[off + width + j] += d;
                }
            }
        }
    }

    /**
     * {@code R dx̂ = Vγ⊙dy + γ⊙R dy}; {@code hγ += Σ (R dy⊙x̂ + dy⊙Rx̂)}, {@code hβ += Σ R dy} into {@code p.hv}.
     *
     * @param rdxhat written, first {@code n·width} entries
     */
    static void affineBackwardTangent(Pass p, int off, boolean affine, double[] dy, double[] rdy, double[] xhat,
            double[] rxhat, double[] rdxhat, int n, int width) {
        int count = n * width;
        if (!affine) {
            System.arraycopy(rdy, 0, rdxhat, 0, count);
            return;
        }
        double[] w = p.params;
        double[] v = p.v;
        double[] h = p.hv;
        for (int i = 0; i < n; i++) {
            int o = i * width;
            for (int j = 0; j < width; j++) {
                double d = dy[o + j];
                double rd = rdy[o + j];
                rdxhat[o + j] = v[off + j] * d + w[off + j] * rd;
                h[off + j] += rd * xhat[o + j] + d * rxhat[o + j];
                h[off + width + j] += rd;
            }
        }
    }

    /** @return γ then β, PyTorch names, or nothing without the affine map */
    static List<ParameterBlock> affineBlocks(boolean affine, int width) {
        return affine ? List.of(new ParameterBlock("weight", 0, 1, width, ParameterBlock.Role.NORM_SCALE),
                new ParameterBlock("bias", width, 1, width, ParameterBlock.Role.NORM_SHIFT)) : List.of();
    }
}
