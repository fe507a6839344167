package org.losslandscape.compute.nn;

import java.util.List;
import java.util.SplittableRandom;

import org.losslandscape.compute.linalg.Gemm;
import org.losslandscape.compute.linalg.Parallel;

/**
 * Scaled dot-product attention over the heads of a sequence (Vaswani et al. 2017, "Attention is all you need"),
 * without parameters: the input row holds, at each of {@code T} positions, the query, key and value vectors
 * ({@code [q | k | v]}, {@code 3d} values, as {@link SelfAttention}'s input projection writes them); the output row
 * holds, at each position, the heads' outputs side by side ({@code d} values). Per sample and head ({@code d_h = d/h}
 * columns of each), with {@code c = 1/√d_h} and a causal mask optional:
 * <pre>
 * forward            S = c·Q·Kᵀ (masked: −∞ above the diagonal)   A = softmax_rows(S)   O = A·V
 * backward           dV = Aᵀ·dO   dA = dO·Vᵀ   dS = A⊙(dA − δ), δ = rowsum(A⊙dA)
 *                    dQ = c·dS·K   dK = c·dSᵀ·Q
 * forward tangent    RS = c·(RQ·Kᵀ + Q·RKᵀ)   RA = A⊙(RS − rowsum(A⊙RS))   RO = RA·V + A·RV
 * backward tangent   R dV = RAᵀ·dO + Aᵀ·R dO   R dA = R dO·Vᵀ + dO·RVᵀ
 *                    R dS = RA⊙(dA − δ) + A⊙(R dA − Rδ), Rδ = rowsum(RA⊙dA + A⊙R dA)
 *                    R dQ = c·(R dS·K + dS·RK)   R dK = c·(R dSᵀ·Q + dSᵀ·RQ)
 * </pre>
 * (Pearlmutter's R-operator applied line by line.) The products are batched over samples and heads: each is a
 * {@link Gemm} call on strided views of the rows, no copy, and the samples are split into fixed chunks run in
 * parallel; no value is summed across samples, so the result is the same for any number of threads.
 */
final class AttentionCore implements Layer {

    /** Samples per parallel task. */
    private static final int GRAIN = 32;

    private final int tokens;
    private final int dim;
    private final int heads;
    private final int headDim;
    private final boolean causal;
    private final double scale;

    AttentionCore(int tokens, int dim, int heads, boolean causal) {
        if (tokens < 1 || dim < 1 || heads < 1 || dim % heads != 0) {
            throw new IllegalArgumentException("attention needs tokens ≥ 1 and a width divisible by the heads, got "
                    + tokens + " tokens, width " + dim + ", " + heads + " heads");
        }
        this.tokens = tokens;
        this.dim = dim;
        this.heads = heads;
        this.headDim = dim / heads;
        this.causal = causal;
        this.scale = 1 / Math.sqrt(headDim);
    }

    /** Per-slot memory: probabilities, their tangent, dA, c·dS and the scratch of the backward tangent. */
    private static final class Cache {
        final double[] a;
        final double[] ra;
        final double[] da;
        final double[] ds;
        final double[] scratch;

        Cache(int size) {
            a = new double[size];
            ra = new double[size];
            da = new double[size];
            ds = new double[size];
            scratch = new double[size];
        }
    }

    @Override
    public String kind() {
        return "Attention";
    }

    @Override
    public String describe() {
        return "Attention " + heads + " heads × " + headDim + (causal ? " (causal)" : "");
    }

    @Override
    public int inputWidth() {
        return tokens * 3 * dim;
    }

    @Override
    public int outputWidth() {
        return tokens * dim;
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
        s.cache = new Cache(maxBatch * heads * tokens * tokens);
        return s;
    }

    /** The per-(sample, head) body of a pass. */
    @FunctionalInterface
    private interface Group {
        /**
         * @param q offset of the head's query block in the input rows (keys at {@code + dim}, values at
         *            {@code + 2·dim}, row stride {@code 3·dim})
         * @param o offset of the head's output block (row stride {@code dim})
         * @param m offset of the head's {@code T×T} matrices
         */
        void run(int q, int o, int m);
    }

    private void forGroups(int n, Group g) {
        int tt = tokens * tokens;
        Parallel.forRange(n, GRAIN, (from, to) -> {
            for (int i = from; i < to; i++) {
                for (int h = 0; h < heads; h++) {
                    g.run(i * tokens * 3 * dim + h * headDim, i * tokens * dim + h * headDim, (i * heads + h) * tt);
                }
            }
        });
    }

    /** Row-wise masked softmax of {@code c·S} in place on the {@code T×T} block at {@code m}. */
    private void softmax(double[] a, int m) {
        for (int t = 0; t < tokens; t++) {
            int r = m + t * tokens;
            int last = causal ? t : tokens - 1;
            double max = Double.NEGATIVE_INFINITY;
            for (int u = 0; u <= last; u++) {
                a[r + u] *= scale;
                max = Math.max(max, a[r + u]);
            }
            double sum = 0;
            for (int u = 0; u <= last; u++) {
                double e = Math.exp(a[r + u] - max);
                a[r + u] = e;
                sum += e;
            }
            double inv = 1 / sum;
            for (int u = 0; u <= last; u++) {
                a[r + u] *= inv;
            }
            for (int u = last + 1; u < tokens; u++) {
                a[r + u] = 0;
            }
        }
    }

    /** {@code out = A⊙(x − rowsum(A⊙x))·factor} on the {@code T×T} block at {@code m} (out may be x). */
    private void softmaxJacobian(double[] a, double[] x, double[] out, int m, double factor) {
        for (int t = 0; t < tokens; t++) {
            int r = m + t * tokens;
            double dot = 0;
            for (int u = 0; u < tokens; u++) {
                dot += a[r + u] * x[r + u];
            }
            for (int u = 0; u < tokens; u++) {
                out[r + u] = a[r + u] * (x[r + u] - dot) * factor;
            }
        }
    }

    @Override
    public void forward(Pass p, Slot s) {
        Cache c = (Cache) s.cache;
        double[] x = s.in;
        int ld = 3 * dim;
        int t = tokens;
        forGroups(p.n, (q, o, m) -> {
            Gemm.gemm(false, true, t, t, headDim, x, q, ld, x, q + dim, ld, c.a, m, t, false);
            softmax(c.a, m);
            Gemm.gemm(false, false, t, headDim, t, c.a, m, t, x, q + 2 * dim, ld, s.out, o, dim, false);
        });
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        Cache c = (Cache) s.cache;
        double[] x = s.in;
        double[] rx = s.rin;
        int ld = 3 * dim;
        int t = tokens;
        forGroups(p.n, (q, o, m) -> {
            Gemm.gemm(false, true, t, t, headDim, rx, q, ld, x, q + dim, ld, c.ra, m, t, false);
            Gemm.gemm(false, true, t, t, headDim, x, q, ld, rx, q + dim, ld, c.ra, m, t, true);
            softmaxJacobian(c.a, c.ra, c.ra, m, scale);
            Gemm.gemm(false, false, t, headDim, t, c.ra, m, t, x, q + 2 * dim, ld, s.rout, o, dim, false);
            Gemm.gemm(false, false, t, headDim, t, c.a, m, t, rx, q + 2 * dim, ld, s.rout, o, dim, true);
        });
    }

    @Override
    public void backward(Pass p, Slot s) {
        if (!s.needInputGradient) {
            return; // no parameters: nothing else to compute
        }
        Cache c = (Cache) s.cache;
        double[] x = s.in;
        double[] dout = s.gout;
        double[] gx = s.gin;
        int ld = 3 * dim;
        int t = tokens;
        forGroups(p.n, (q, o, m) -> {
            Gemm.gemm(true, false, t, headDim, t, c.a, m, t, dout, o, dim, gx, q + 2 * dim, ld, false);
            Gemm.gemm(false, true, t, t, headDim, dout, o, dim, x, q + 2 * dim, ld, c.da, m, t, false);
            softmaxJacobian(c.a, c.da, c.ds, m, scale);
            Gemm.gemm(false, false, t, headDim, t, c.ds, m, t, x, q + dim, ld, gx, q, ld, false);
            Gemm.gemm(true, false, t, headDim, t, c.ds, m, t, x, q, ld, gx, q + dim, ld, false);
        });
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        if (!s.needInputGradient) {
            return;
        }
        Cache c = (Cache) s.cache;
        double[] x = s.in;
        double[] rx = s.rin;
        double[] dout = s.gout;
        double[] rdout = s.rgout;
        double[] rgx = s.rgin;
        int ld = 3 * dim;
        int t = tokens;
        forGroups(p.n, (q, o, m) -> {
            // R dV = RAᵀ·dO + Aᵀ·R dO
            Gemm.gemm(true, false, t, headDim, t, c.ra, m, t, dout, o, dim, rgx, q + 2 * dim, ld, false);
            Gemm.gemm(true, false, t, headDim, t, c.a, m, t, rdout, o, dim, rgx, q + 2 * dim, ld, true);
            // R dA = R dO·Vᵀ + dO·RVᵀ, into the scratch
            double[] rda = c.scratch;
            Gemm.gemm(false, true, t, t, headDim, rdout, o, dim, x, q + 2 * dim, ld, rda, m, t, false);
            Gemm.gemm(false, true, t, t, headDim, dout, o, dim, rx, q + 2 * dim, ld, rda, m, t, true);
            // c·R dS = c·(RA⊙(dA − δ) + A⊙(R dA − Rδ)), in place of R dA
            for (int r = 0; r < t; r++) {
                int b = m + r * t;
                double delta = 0;
                double rdelta = 0;
                for (int u = 0; u < t; u++) {
                    delta += c.a[b + u] * c.da[b + u];
                    rdelta += c.ra[b + u] * c.da[b + u] + c.a[b + u] * rda[b + u];
                }
                for (int u = 0; u < t; u++) {
                    rda[b + u] = scale * (c.ra[b + u] * (c.da[b + u] - delta) + c.a[b + u] * (rda[b + u] - rdelta));
                }
            }
            // R dQ = c·R dS·K + c·dS·RK;  R dK = c·R dSᵀ·Q + c·dSᵀ·RQ  (c.ds holds c·dS)
            Gemm.gemm(false, false, t, headDim, t, rda, m, t, x, q + dim, ld, rgx, q, ld, false);
            Gemm.gemm(false, false, t, headDim, t, c.ds, m, t, rx, q + dim, ld, rgx, q, ld, true);
            Gemm.gemm(true, false, t, headDim, t, rda, m, t, x, q, ld, rgx, q + dim, ld, false);
            Gemm.gemm(true, false, t, headDim, t, c.ds, m, t, rx, q, ld, rgx, q + dim, ld, true);
        });
    }
}
