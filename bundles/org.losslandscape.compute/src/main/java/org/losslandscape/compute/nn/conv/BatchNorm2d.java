package org.losslandscape.compute.nn.conv;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.nn.ImageShape;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.ParameterBlock;
import org.losslandscape.compute.nn.Pass;
import org.losslandscape.compute.nn.Slot;

/**
 * Batch normalisation per channel of {@code [n, C, H, W]} images (Ioffe and Szegedy 2015), PyTorch's
 * {@code nn.BatchNorm2d}: the group of channel c is its {@code m = n·H·W} values over the batch and the positions.
 * Training mode normalises with the group's mean and biased variance and, when the pass updates buffers, sets
 * {@code running = (1 − momentum)·running + momentum·batch} with the unbiased variance {@code var·m/(m−1)};
 * evaluation mode uses the running statistics. Parameters "weight" γ (1) and "bias" β (0) per channel when affine;
 * buffers {@code running_mean} (0) then {@code running_var} (1).
 * <pre>
 * training, per channel
 *   forward          s = 1/√(var + ε)   x̂ = (x − μ)·s   y = γ·x̂ + β
 *   forward tangent  Rx̂ = s·(Rx − mean(Rx) − x̂·mean(x̂·Rx))   Rs = −s²·mean(x̂·Rx)   Ry = Vγ·x̂ + γ·Rx̂ + Vβ
 *   backward         dx̂ = γ·dy   gγ += Σ dy·x̂   gβ += Σ dy   dx = s·(dx̂ − m1 − x̂·m2)
 *                    m1 = mean(dx̂), m2 = mean(dx̂·x̂)
 *   backward tangent R dx̂ = Vγ·dy + γ·R dy   hγ += Σ (R dy·x̂ + dy·Rx̂)   hβ += Σ R dy
 *                    R dx = Rs·(dx̂ − m1 − x̂·m2) + s·(R dx̂ − r1 − Rx̂·m2 − x̂·r2)
 *                    r1 = mean(R dx̂), r2 = mean(R dx̂·x̂ + dx̂·Rx̂)
 * evaluation: s = 1/√(running_var + ε) is constant: Rx̂ = s·Rx, dx = s·dx̂, R dx = s·R dx̂
 * </pre>
 * The same formulas as {@code BatchNorm} (the R-operator of Pearlmutter 1994 applied to the normalisation), on
 * groups that are n blocks of H·W contiguous values. Channels run in parallel; each writes only its own values.
 */
public final class BatchNorm2d implements Layer {

    private final ImageShape shape;
    private final double eps;
    private final double momentum;
    private final boolean affine;

    /**
     * @param shape the images' shape (input = output)
     * @param eps added to the variance, PyTorch's default is 1e-5
     * @param momentum weight of the batch statistics in the running update, PyTorch's default is 0.1
     * @param affine whether the layer has the learnable γ and β
     */
    public BatchNorm2d(ImageShape shape, double eps, double momentum, boolean affine) {
        if (!(eps > 0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("BatchNorm2d eps must be positive, got " + eps);
        }
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException("BatchNorm2d momentum must be in [0, 1], got " + momentum);
        }
        this.shape = shape;
        this.eps = eps;
        this.momentum = momentum;
        this.affine = affine;
    }

    /** A BatchNorm2d with ε = 1e-5, momentum 0.1 and affine parameters, as PyTorch's default. */
    public BatchNorm2d(ImageShape shape) {
        this(shape, 1e-5, 0.1, true);
    }

    @Override
    public String kind() {
        return "BatchNorm2d";
    }

    @Override
    public String describe() {
        return "BatchNorm2d " + shape.channels() + " (eps " + eps + ", momentum " + momentum
                + (affine ? ")" : ", no affine)");
    }

    @Override
    public ImageShape outputImage(ImageShape input) {
        return shape;
    }

    @Override
    public int inputWidth() {
        return (int) shape.size();
    }

    @Override
    public int outputWidth() {
        return (int) shape.size();
    }

    @Override
    public int parameterCount() {
        return affine ? 2 * shape.channels() : 0;
    }

    @Override
    public int bufferCount() {
        return 2 * shape.channels();
    }

    @Override
    public List<String> bufferNames() {
        return List.of("running_mean", "running_var");
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        int c = shape.channels();
        return affine ? List.of(new ParameterBlock("weight", 0, 1, c, ParameterBlock.Role.NORM_SCALE),
                new ParameterBlock("bias", c, 1, c, ParameterBlock.Role.NORM_SHIFT)) : List.of();
    }

    @Override
    public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        int c = shape.channels();
        if (affine) {
            Arrays.fill(params, offset, offset + c, 1);
            Arrays.fill(params, offset + c, offset + 2 * c, 0);
        }
        Arrays.fill(buffers, bufferOffset, bufferOffset + c, 0);
        Arrays.fill(buffers, bufferOffset + c, bufferOffset + 2 * c, 1);
    }

    /** Per-slot scratch for the largest batch. */
    private static final class Cache {
        final double[] xhat;
        final double[] rxhat;
        final double[] dxhat;
        final double[] rdxhat;
        final double[] inv;
        final double[] rinv;

        Cache(int elements, int channels) {
            xhat = new double[elements];
            rxhat = new double[elements];
            dxhat = new double[elements];
            rdxhat = new double[elements];
            inv = new double[channels];
            rinv = new double[channels];
        }
    }

    @Override
    public Slot newSlot(int paramOffset, int bufferOffset, int id, int maxBatch) {
        Slot s = Layer.super.newSlot(paramOffset, bufferOffset, id, maxBatch);
        s.setCache(new Cache(maxBatch * inputWidth(), shape.channels()));
        return s;
    }

    /** @return γ of channel c (1 without the affine map) */
    private double gamma(double[] w, int off, int c) {
        return affine ? w[off + c] : 1;
    }

    /**
     * Σ over the group of channel c of {@code a[q]·b[q]} (b null: of {@code a[q]}), with four partial sums per plane
     * so that the additions do not wait on each other (a fixed order all the same).
     */
    private double sum(double[] a, double[] b, int c, int n) {
        int plane = shape.plane();
        int row = inputWidth();
        double total = 0;
        for (int i = 0; i < n; i++) {
            int o = i * row + c * plane;
            int e = o + plane;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int q = o;
            if (b == null) {
                for (; q + 3 < e; q += 4) {
                    s0 += a[q];
                    s1 += a[q + 1];
                    s2 += a[q + 2];
                    s3 += a[q + 3];
                }
                for (; q < e; q++) {
                    s0 += a[q];
                }
            } else {
                for (; q + 3 < e; q += 4) {
                    s0 += a[q] * b[q];
                    s1 += a[q + 1] * b[q + 1];
                    s2 += a[q + 2] * b[q + 2];
                    s3 += a[q + 3] * b[q + 3];
                }
                for (; q < e; q++) {
                    s0 += a[q] * b[q];
                }
            }
            total += (s0 + s1) + (s2 + s3);
        }
        return total;
    }

    /** Σ over the group of channel c of {@code (a[q] − mu)²}, four partial sums per plane as in {@link #sum}. */
    private double squares(double[] a, double mu, int c, int n) {
        int plane = shape.plane();
        int row = inputWidth();
        double total = 0;
        for (int i = 0; i < n; i++) {
            int o = i * row + c * plane;
            int e = o + plane;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int q = o;
            for (; q + 3 < e; q += 4) {
                double d0 = a[q] - mu;
                double d1 = a[q + 1] - mu;
                double d2 = a[q + 2] - mu;
                double d3 = a[q + 3] - mu;
                s0 += d0 * d0;
                s1 += d1 * d1;
                s2 += d2 * d2;
                s3 += d3 * d3;
            }
            for (; q < e; q++) {
                double d = a[q] - mu;
                s0 += d * d;
            }
            total += (s0 + s1) + (s2 + s3);
        }
        return total;
    }

    @Override
    public void forward(Pass p, Slot s) {
        Cache cache = (Cache) s.cache();
        int n = p.rows();
        double[] buffers = p.buffers();
        int rm = s.bufferOffset();
        int channels = shape.channels();
        int rv = rm + channels;
        if (buffers == null || buffers.length < rv + channels) {
            throw new IllegalArgumentException("BatchNorm2d needs the network's buffers (running statistics); pass "
                    + "network.initialBuffers() or the trained buffers");
        }
        long m = (long) n * shape.plane();
        if (p.training() && m < 2) {
            throw new IllegalArgumentException("BatchNorm2d in training mode needs at least 2 values per channel, got "
                    + m + "; use a larger batch or evaluation mode");
        }
        double[] x = s.input();
        double[] y = s.output();
        double[] w = p.parameters();
        int off = s.parameterOffset();
        int plane = shape.plane();
        int row = inputWidth();
        Parallel.forEach(channels, c -> {
            double mu;
            double inv;
            if (p.training()) {
                mu = sum(x, null, c, n) / m;
                double var = squares(x, mu, c, n) / m;
                inv = 1 / Math.sqrt(var + eps);
                if (p.updatesBuffers()) {
                    buffers[rm + c] = (1 - momentum) * buffers[rm + c] + momentum * mu;
                    buffers[rv + c] = (1 - momentum) * buffers[rv + c] + momentum * var * m / (m - 1);
                }
            } else {
                mu = buffers[rm + c];
                inv = 1 / Math.sqrt(buffers[rv + c] + eps);
            }
            cache.inv[c] = inv;
            double g = gamma(w, off, c);
            double b = affine ? w[off + channels + c] : 0;
            for (int i = 0; i < n; i++) {
                int o = i * row + c * plane;
                for (int q = o, e = o + plane; q < e; q++) {
                    double xh = (x[q] - mu) * inv;
                    cache.xhat[q] = xh;
                    y[q] = g * xh + b;
                }
            }
        });
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        Cache cache = (Cache) s.cache();
        int n = p.rows();
        int channels = shape.channels();
        long m = (long) n * shape.plane();
        double[] rx = s.inputTangent();
        double[] ry = s.outputTangent();
        double[] w = p.parameters();
        double[] v = p.direction();
        int off = s.parameterOffset();
        int plane = shape.plane();
        int row = inputWidth();
        boolean constant = s.inputConstant();
        Parallel.forEach(channels, c -> {
            double inv = cache.inv[c];
            double m1 = 0;
            double m2 = 0;
            if (!constant && p.training()) {
                m1 = sum(rx, null, c, n) / m;
                m2 = sum(rx, cache.xhat, c, n) / m;
            }
            cache.rinv[c] = constant || !p.training() ? 0 : -inv * inv * m2;
            double g = gamma(w, off, c);
            double vg = affine ? v[off + c] : 0;
            double vb = affine ? v[off + channels + c] : 0;
            for (int i = 0; i < n; i++) {
                int o = i * row + c * plane;
                for (int q = o, e = o + plane; q < e; q++) {
                    double rxh = constant ? 0 : inv * (rx[q] - m1 - cache.xhat[q] * m2);
                    cache.rxhat[q] = rxh;
                    ry[q] = vg * cache.xhat[q] + g * rxh + vb;
                }
            }
        });
    }

    @Override
    public void backward(Pass p, Slot s) {
        Cache cache = (Cache) s.cache();
        int n = p.rows();
        int channels = shape.channels();
        long m = (long) n * shape.plane();
        double[] dy = s.outputGradient();
        double[] dx = s.inputGradient();
        double[] w = p.parameters();
        double[] grad = p.gradient();
        int off = s.parameterOffset();
        int plane = shape.plane();
        int row = inputWidth();
        boolean input = s.needsInputGradient();
        Parallel.forEach(channels, c -> {
            double g = gamma(w, off, c);
            double sdy = 0;
            double sdyx = 0;
            for (int i = 0; i < n; i++) {
                int o = i * row + c * plane;
                double a = 0;
                double b = 0;
                for (int q = o, e = o + plane; q < e; q++) {
                    a += dy[q];
                    b += dy[q] * cache.xhat[q];
                    cache.dxhat[q] = g * dy[q];
                }
                sdy += a;
                sdyx += b;
            }
            if (affine && grad != null) {
                grad[off + c] += sdyx;
                grad[off + channels + c] += sdy;
            }
            if (!input) {
                return;
            }
            double inv = cache.inv[c];
            if (!p.training()) {
                for (int i = 0; i < n; i++) {
                    int o = i * row + c * plane;
                    for (int q = o, e = o + plane; q < e; q++) {
                        dx[q] = inv * cache.dxhat[q];
                    }
                }
                return;
            }
            double m1 = g * sdy / m;
            double m2 = g * sdyx / m;
            for (int i = 0; i < n; i++) {
                int o = i * row + c * plane;
                for (int q = o, e = o + plane; q < e; q++) {
                    dx[q] = inv * (cache.dxhat[q] - m1 - cache.xhat[q] * m2);
                }
            }
        });
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        Cache cache = (Cache) s.cache();
        int n = p.rows();
        int channels = shape.channels();
        long m = (long) n * shape.plane();
        double[] dy = s.outputGradient();
        double[] rdy = s.outputGradientTangent();
        double[] rdx = s.inputGradientTangent();
        double[] w = p.parameters();
        double[] v = p.direction();
        double[] hv = p.hessianVector();
        int off = s.parameterOffset();
        int plane = shape.plane();
        int row = inputWidth();
        boolean input = s.needsInputGradient();
        if (!p.training()) {
            evaluationBackwardTangent(cache, n, dy, rdy, rdx, w, v, hv, off, input);
            return;
        }
        Parallel.forEach(channels, c -> {
            double g = gamma(w, off, c);
            double vg = affine ? v[off + c] : 0;
            double srdy = 0;
            double sh = 0;
            // the sums of the input-gradient tangent, in the same pass: Σ dx̂, Σ dx̂·x̂, Σ R dx̂, Σ (R dx̂·x̂ + dx̂·Rx̂)
            double s1 = 0;
            double s2 = 0;
            double t1 = 0;
            double t2 = 0;
            for (int i = 0; i < n; i++) {
                int o = i * row + c * plane;
                double a = 0;
                double b = 0;
                double p1 = 0;
                double p2 = 0;
                double q1 = 0;
                double q2 = 0;
                for (int q = o, e = o + plane; q < e; q++) {
                    double xh = cache.xhat[q];
                    double rxh = cache.rxhat[q];
                    double dxh = cache.dxhat[q];
                    double rdxh = vg * dy[q] + g * rdy[q];
                    a += rdy[q];
                    b += rdy[q] * xh + dy[q] * rxh;
                    cache.rdxhat[q] = rdxh;
                    p1 += dxh;
                    p2 += dxh * xh;
                    q1 += rdxh;
                    q2 += rdxh * xh + dxh * rxh;
                }
                srdy += a;
                sh += b;
                s1 += p1;
                s2 += p2;
                t1 += q1;
                t2 += q2;
            }
            if (affine) {
                hv[off + c] += sh;
                hv[off + channels + c] += srdy;
            }
            if (!input) {
                return;
            }
            double inv = cache.inv[c];
            if (!p.training()) {
                for (int i = 0; i < n; i++) {
                    int o = i * row + c * plane;
                    for (int q = o, e = o + plane; q < e; q++) {
                        rdx[q] = inv * cache.rdxhat[q];
                    }
                }
                return;
            }
            double m1 = s1 / m;
            double m2 = s2 / m;
            double r1 = t1 / m;
            double r2 = t2 / m;
            double rinv = cache.rinv[c];
            for (int i = 0; i < n; i++) {
                int o = i * row + c * plane;
                for (int q = o, e = o + plane; q < e; q++) {
                    double dxh = cache.dxhat[q];
                    double xh = cache.xhat[q];
                    rdx[q] = rinv * (dxh - m1 - xh * m2) + inv * (cache.rdxhat[q] - r1 - cache.rxhat[q] * m2 - xh * r2);
                }
            }
        });
    }

    /**
     * The backward tangent in evaluation mode, where s is constant: {@code R dx = s·(Vγ·dy + γ·R dy)} is written
     * directly (no R dx̂ kept, none of the batch means of training mode) and the parameter terms are summed with four
     * partial sums per plane, which breaks the chain of dependent additions (fixed order: the same bits for any thread
     * count).
     */
    private void evaluationBackwardTangent(Cache cache, int n, double[] dy, double[] rdy, double[] rdx, double[] w,
            double[] v, double[] hv, int off, boolean input) {
        int channels = shape.channels();
        int plane = shape.plane();
        int row = inputWidth();
        double[] xhat = cache.xhat;
        double[] rxhat = cache.rxhat;
        Parallel.forEach(channels, c -> {
            double g = gamma(w, off, c);
            double vg = affine ? v[off + c] : 0;
            double inv = cache.inv[c];
            double ig = inv * g;
            double ivg = inv * vg;
            double srdy = 0;
            double sh = 0;
            for (int i = 0; i < n; i++) {
                int o = i * row + c * plane;
                int e = o + plane;
                double a0 = 0;
                double a1 = 0;
                double a2 = 0;
                double a3 = 0;
                double b0 = 0;
                double b1 = 0;
                double b2 = 0;
                double b3 = 0;
                int q = o;
                for (; q + 3 < e; q += 4) {
                    a0 += rdy[q];
                    a1 += rdy[q + 1];
                    a2 += rdy[q + 2];
                    a3 += rdy[q + 3];
                    b0 += rdy[q] * xhat[q] + dy[q] * rxhat[q];
                    b1 += rdy[q + 1] * xhat[q + 1] + dy[q + 1] * rxhat[q + 1];
                    b2 += rdy[q + 2] * xhat[q + 2] + dy[q + 2] * rxhat[q + 2];
                    b3 += rdy[q + 3] * xhat[q + 3] + dy[q + 3] * rxhat[q + 3];
                }
                for (; q < e; q++) {
                    a0 += rdy[q];
                    b0 += rdy[q] * xhat[q] + dy[q] * rxhat[q];
                }
                srdy += (a0 + a1) + (a2 + a3);
                sh += (b0 + b1) + (b2 + b3);
                if (input) {
                    for (q = o; q < e; q++) {
                        rdx[q] = ivg * dy[q] + ig * rdy[q];
                    }
                }
            }
            if (affine) {
                hv[off + c] += sh;
                hv[off + channels + c] += srdy;
            }
        });
    }
}
