package org.losslandscape.compute.nn.conv;

import java.util.List;
import java.util.SplittableRandom;

import org.losslandscape.compute.linalg.Gemm;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.nn.ImageShape;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.ParameterBlock;
import org.losslandscape.compute.nn.Pass;
import org.losslandscape.compute.nn.Slot;

/**
 * A 2-D convolution with PyTorch's {@code nn.Conv2d} semantics (cross-correlation; kernel, stride, zero padding,
 * dilation, groups, optional bias) on {@code [n, C, H, W]} rows. Parameters: "weight" {@code [OC, C/groups, kh, kw]}
 * row-major (one filter per row of an {@code OC × K} matrix, {@code K = C/groups·kh·kw}), then "bias" {@code [OC]}.
 * <p>
 * Method: im2col (Chellapilla et al. 2006, "High Performance Convolutional Neural Networks for Document
 * Processing"). For each sample and group the receptive fields are unfolded into a {@code K × P} matrix
 * {@code col(x)} ({@code P = OH·OW} output positions) and the convolution is the product {@code W·col(x)} on the
 * register-tiled {@link Gemm}; a 1×1 convolution with stride 1 and no padding reads {@code x} in place. With
 * {@code col2im} the adjoint of the unfolding:
 * <pre>
 * forward            y   = W·col(x) + b
 * backward           gx  = col2im(Wᵀ·gy)         gW += gy·col(x)ᵀ                   gb += Σ_pos gy
 * forward tangent    Ry  = W·col(Rx) + V·col(x) + Vb
 * backward tangent   Rgx = col2im(Wᵀ·Rgy + Vᵀ·gy)  hW += Rgy·col(x)ᵀ + gy·col(Rx)ᵀ     hb += Σ_pos Rgy
 * </pre>
 * (the layer is bilinear in W and x, so these are all the second-order terms). Samples run in parallel in fixed
 * chunks of {@link #CHUNK}; each chunk sums its parameter gradient on its own and the chunks are added in order, so
 * the result does not depend on the number of threads. Each sample's columns are unfolded into per-thread scratch
 * that stays in L2 (for the weight gradient transposed, rows padded to whole kernel panels); the whole batch's
 * columns are not kept between passes (streaming them back from memory cost more than unfolding anew).
 */
public final class Conv2d implements Layer {

    /** Samples per parallel task; fixed so that the parameter gradient's summation order is too. */
    static final int CHUNK = 4;
    private static final ThreadLocal<double[][]> SCRATCH = ThreadLocal.withInitial(() -> new double[3][0]);

    private final ImageShape input;
    private final ImageShape output;
    private final int kh;
    private final int kw;
    private final int sh;
    private final int sw;
    private final int ph;
    private final int pw;
    private final int dh;
    private final int dw;
    private final int groups;
    private final boolean bias;
    /** Input channels per group. */
    private final int cg;
    /** Output channels per group. */
    private final int og;
    /** Rows of the unfolded matrix: {@code cg·kh·kw}. */
    private final int k;
    /** Output positions {@code OH·OW}. */
    private final int positions;
    /** A 1×1 kernel with stride 1 and no padding: {@code col(x)} is x itself. */
    private final boolean pointwise;

    /**
     * A convolution with the same kernel, stride, padding and dilation along both axes.
     *
     * @param input the input's image shape
     * @param outChannels output channels, a multiple of {@code groups}
     * @param kernel kernel extent
     * @param stride step between output positions
     * @param padding zeros added on every side
     * @param dilation spacing of the kernel taps
     * @param groups channel groups, dividing both channel counts
     * @param bias whether the layer adds a learnable bias per output channel
     */
    public Conv2d(ImageShape input, int outChannels, int kernel, int stride, int padding, int dilation, int groups,
            boolean bias) {
        this(input, outChannels, kernel, kernel, stride, stride, padding, padding, dilation, dilation, groups, bias);
    }

    /**
     * A convolution with separate extents along the height and the width.
     *
     * @throws IllegalArgumentException for settings PyTorch would refuse, naming the problem
     */
    public Conv2d(ImageShape input, int outChannels, int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw,
            int groups, boolean bias) {
        if (kh < 1 || kw < 1 || sh < 1 || sw < 1 || dh < 1 || dw < 1 || ph < 0 || pw < 0 || groups < 1
                || outChannels < 1) {
            throw new IllegalArgumentException("Conv2d needs positive kernel, stride, dilation, groups and channels "
                    + "and non-negative padding");
        }
        if (input.channels() % groups != 0 || outChannels % groups != 0) {
            throw new IllegalArgumentException("Conv2d: groups " + groups + " must divide the input channels "
                    + input.channels() + " and the output channels " + outChannels);
        }
        int oh = outputExtent(input.height(), kh, sh, ph, dh);
        int ow = outputExtent(input.width(), kw, sw, pw, dw);
        if (oh < 1 || ow < 1) {
            throw new IllegalArgumentException("Conv2d: the kernel does not fit the input " + input);
        }
        this.input = input;
        this.output = new ImageShape(outChannels, oh, ow);
        this.kh = kh;
        this.kw = kw;
        this.sh = sh;
        this.sw = sw;
        this.ph = ph;
        this.pw = pw;
        this.dh = dh;
        this.dw = dw;
        this.groups = groups;
        this.bias = bias;
        this.cg = input.channels() / groups;
        this.og = outChannels / groups;
        this.k = cg * kh * kw;
        this.positions = oh * ow;
        this.pointwise = kh == 1 && kw == 1 && sh == 1 && sw == 1 && ph == 0 && pw == 0;
    }

    /**
     * @return PyTorch's output extent {@code ⌊(in + 2·pad − dil·(kernel−1) − 1)/stride⌋ + 1}; below 1 when the kernel
     *         does not fit
     */
    public static int outputExtent(int in, int kernel, int stride, int pad, int dil) {
        long span = in + 2L * pad - (long) dil * (kernel - 1) - 1;
        return span < 0 ? 0 : (int) (span / stride + 1);
    }

    /** @return the input's image shape */
    public ImageShape inputImage() {
        return input;
    }

    /** @return the output's image shape */
    public ImageShape outputImage() {
        return output;
    }

    @Override
    public ImageShape outputImage(ImageShape in) {
        return output;
    }

    @Override
    public String kind() {
        return "Conv2d";
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder("Conv2d ").append(input.channels()).append(" → ")
                .append(output.channels()).append(", ").append(kh).append('×').append(kw);
        if (sh != 1 || sw != 1) {
            sb.append(", stride ").append(sh == sw ? "" + sh : sh + "×" + sw);
        }
        if (ph != 0 || pw != 0) {
            sb.append(", pad ").append(ph == pw ? "" + ph : ph + "×" + pw);
        }
        if (dh != 1 || dw != 1) {
            sb.append(", dilation ").append(dh == dw ? "" + dh : dh + "×" + dw);
        }
        if (groups != 1) {
            sb.append(", groups ").append(groups);
        }
        return sb.append(bias ? "" : " (no bias)").toString();
    }

    @Override
    public int inputWidth() {
        return (int) input.size();
    }

    @Override
    public int outputWidth() {
        return (int) output.size();
    }

    @Override
    public int parameterCount() {
        return output.channels() * k + (bias ? output.channels() : 0);
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        int oc = output.channels();
        var w = new ParameterBlock("weight", 0, oc, k, ParameterBlock.Role.WEIGHT, List.of(oc, cg, kh, kw));
        return bias ? List.of(w, new ParameterBlock("bias", oc * k, 1, oc, ParameterBlock.Role.BIAS)) : List.of(w);
    }

    /** PyTorch's default: weights and biases uniform in ±1/√fan_in with {@code fan_in = C/groups·kh·kw}. */
    @Override
    public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        int oc = output.channels();
        init.weights(params, offset, k, oc, rng);
        if (bias) {
            init.biases(params, offset + oc * k, oc, k, rng);
        }
    }

    /** Per slot: one partial parameter gradient per chunk of samples, summed in chunk order. */
    private static final class Cache {
        final double[] partial;

        Cache(int chunks, int parameters) {
            partial = new double[chunks * parameters];
        }
    }

    @Override
    public Slot newSlot(int paramOffset, int bufferOffset, int id, int maxBatch) {
        Slot s = Layer.super.newSlot(paramOffset, bufferOffset, id, maxBatch);
        s.setCache(new Cache((maxBatch + CHUNK - 1) / CHUNK, parameterCount()));
        return s;
    }

    // ----------------------------------------------------------------------------------------------------------
    // the passes

    @Override
    public void forward(Pass p, Slot s) {
        double[] w = p.parameters();
        convolve(p.rows(), s.input(), w, s.parameterOffset(), bias ? w : null, null, null, s.output());
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        double[] v = p.direction();
        boolean constant = s.inputConstant();
        convolve(p.rows(), s.input(), v, s.parameterOffset(), bias ? v : null, constant ? null : s.inputTangent(),
                constant ? null : p.parameters(), s.outputTangent());
    }

    @Override
    public void backward(Pass p, Slot s) {
        int n = p.rows();
        if (s.needsInputGradient()) {
            transpose(n, s.outputGradient(), p.parameters(), s.parameterOffset(), null, null, s.inputGradient());
        }
        if (p.gradient() != null) {
            parameterGradient(s, n, s.outputGradient(), s.input(), null, null, p.gradient());
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        int n = p.rows();
        if (s.needsInputGradient()) {
            transpose(n, s.outputGradientTangent(), p.parameters(), s.parameterOffset(), s.outputGradient(),
                    p.direction(), s.inputGradientTangent());
        }
        boolean constant = s.inputConstant();
        parameterGradient(s, n, s.outputGradientTangent(), s.input(), constant ? null : s.outputGradient(),
                constant ? null : s.inputTangent(), p.hessianVector());
    }

    // ----------------------------------------------------------------------------------------------------------
    // the kernels

    /**
     * {@code y = W·col(x) (+ b) (+ W2·col(x2))} for every sample, each sample's columns unfolded into this thread's
     * scratch (at most a few hundred KiB, so the product reads them from L2; keeping the whole batch's columns
     * between passes streamed them from memory and was slower).
     *
     * @param w the weights at {@code off} (parameters or a direction)
     * @param b where the bias is read (after the weights at {@code off}), or null for none
     * @param x2 a second input, or null
     * @param w2 the weights that go with it (at {@code off}), or null
     * @param y written, first {@code n·outputWidth} entries
     */
    private void convolve(int n, double[] x, double[] w, int off, double[] b, double[] x2, double[] w2, double[] y) {
        int outSize = outputWidth();
        int oc = output.channels();
        Parallel.forRange(n, CHUNK, (from, to) -> {
            double[] scratch = pointwise ? null : scratch(0, k * positions);
            for (int i = from; i < to; i++) {
                int yo = i * outSize;
                if (b != null) {
                    for (int c = 0; c < oc; c++) {
                        java.util.Arrays.fill(y, yo + c * positions, yo + (c + 1) * positions, b[off + oc * k + c]);
                    }
                }
                for (int g = 0; g < groups; g++) {
                    int xo = i * inputWidth() + g * cg * input.plane();
                    int wo = off + g * og * k;
                    int dst = yo + g * og * positions;
                    product(x, xo, w, wo, scratch, y, dst, b != null);
                    if (x2 != null) {
                        product(x2, xo, w2, wo, scratch, y, dst, true);
                    }
                }
            }
        });
    }

    /** {@code y[dst] (+)= W·col(x)} for one group of one sample ({@code xo}: its first channel in x). */
    private void product(double[] x, int xo, double[] w, int wo, double[] scratch, double[] y, int dst, boolean add) {
        if (pointwise) {
            Gemm.gemm(false, false, og, positions, k, w, wo, k, x, xo, positions, y, dst, positions, add);
        } else {
            unfold(x, xo, scratch);
            Gemm.gemm(false, false, og, positions, k, w, wo, k, scratch, 0, positions, y, dst, positions, add);
        }
    }

    /**
     * {@code gx = col2im(Wᵀ·gy (+ W2ᵀ·gy2))} for every sample: both products go into one unfolded gradient, folded once.
     *
     * @param gy2 a second signal, or null
     * @param w2 the weights that go with it (at the same offset), or null
     * @param gx written, first {@code n·inputWidth} entries
     */
    private void transpose(int n, double[] gy, double[] w, int off, double[] gy2, double[] w2, double[] gx) {
        int inSize = inputWidth();
        int outSize = outputWidth();
        Parallel.forRange(n, CHUNK, (from, to) -> {
            double[] gcol = pointwise ? null : scratch(1, k * positions);
            for (int i = from; i < to; i++) {
                for (int g = 0; g < groups; g++) {
                    int xo = i * inSize + g * cg * input.plane();
                    int yo = i * outSize + g * og * positions;
                    double[] dst = pointwise ? gx : gcol;
                    int dstOff = pointwise ? xo : 0;
                    Gemm.gemm(true, false, k, positions, og, w, off + g * og * k, k, gy, yo, positions, dst, dstOff,
                            positions, false);
                    if (gy2 != null) {
                        Gemm.gemm(true, false, k, positions, og, w2, off + g * og * k, k, gy2, yo, positions, dst,
                                dstOff, positions, true);
                    }
                    if (!pointwise) {
                        fold(gcol, gx, xo);
                    }
                }
            }
        });
    }

    /**
     * {@code acc[W] += g·col(x)ᵀ (+ g2·col(x2)ᵀ)} and {@code acc[b] += Σ_pos g}: each chunk of samples sums into its
     * own partial, the partials are then added to {@code acc} in chunk order.
     * <p>
     * The input is unfolded transposed, {@code P × K'} with {@code K'} = K rounded up to {@link #ROW_ALIGN} (zero
     * columns), so that the product {@code g·colᵀ} reads both operands in place: as {@code g·col(x)ᵀ} with the usual
     * {@code K × P} columns the GEMM had to pack (transpose) all of them per sample, which cost as much as the
     * product itself at these sizes. A 1×1 convolution reads x in place as before.
     *
     * @param x the input that goes with {@code g}
     * @param g2 a second signal, or null
     * @param x2 the input that goes with it, or null
     */
    private void parameterGradient(Slot s, int n, double[] g, double[] x, double[] g2, double[] x2, double[] acc) {
        int size = parameterCount();
        int oc = output.channels();
        int outSize = outputWidth();
        int kp = (k + ROW_ALIGN - 1) / ROW_ALIGN * ROW_ALIGN;
        double[] partial = ((Cache) s.cache()).partial;
        int chunks = (n + CHUNK - 1) / CHUNK;
        Parallel.forEach(chunks, c -> {
            int po = c * size;
            java.util.Arrays.fill(partial, po, po + size, 0);
            double[] rows = pointwise ? null : scratch(0, positions * kp);
            // the chunk's weight gradient with padded rows, og × K' per group
            double[] gw = pointwise ? partial : scratch(2, groups * og * kp);
            int gwOff = pointwise ? po : 0;
            int ld = pointwise ? k : kp;
            if (!pointwise) {
                java.util.Arrays.fill(gw, 0, groups * og * kp, 0);
            }
            for (int i = c * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                for (int term = 0; term < (g2 == null ? 1 : 2); term++) {
                    double[] sig = term == 0 ? g : g2;
                    double[] in = term == 0 ? x : x2;
                    for (int grp = 0; grp < groups; grp++) {
                        int yo = i * outSize + grp * og * positions;
                        int xo = i * inputWidth() + grp * cg * input.plane();
                        if (pointwise) {
                            Gemm.gemm(false, true, og, k, positions, sig, yo, positions, in, xo, positions, gw,
                                    gwOff + grp * og * k, ld, true);
                        } else {
                            unfoldTransposed(in, xo, rows, kp);
                            Gemm.gemm(false, false, og, kp, positions, sig, yo, positions, rows, 0, kp, gw,
                                    grp * og * kp, ld, true);
                        }
                    }
                    if (bias && term == 0) {
                        for (int ch = 0; ch < oc; ch++) {
                            double sum = 0;
                            for (int q = i * outSize + ch * positions, e = q + positions; q < e; q++) {
                                sum += sig[q];
                            }
                            partial[po + oc * k + ch] += sum;
                        }
                    }
                }
            }
            if (!pointwise) {
                for (int row = 0; row < groups * og; row++) {
                    System.arraycopy(gw, row * kp, partial, po + row * k, k);
                }
            }
        });
        int off = s.parameterOffset();
        for (int c = 0; c < chunks; c++) {
            int po = c * size;
            for (int j = 0; j < size; j++) {
                acc[off + j] += partial[po + j];
            }
        }
    }

    /** The transposed unfolding's rows are padded to a multiple of this: whole panels of the GEMM's micro-kernel. */
    static final int ROW_ALIGN = 16;

    /**
     * im2col of one group of one sample, transposed: {@code rows[pos·kp + r] = col[r, pos]} for {@code r < k}, zero for
     * {@code k ≤ r < kp}.
     *
     * @param rows written, {@code positions·kp} entries
     */
    private void unfoldTransposed(double[] x, int xo, double[] rows, int kp) {
        int h = input.height();
        int wd = input.width();
        int oh = output.height();
        int ow = output.width();
        java.util.Arrays.fill(rows, 0, positions * kp, 0);
        int row = 0;
        for (int c = 0; c < cg; c++) {
            int plane = xo + c * h * wd;
            for (int a = 0; a < kh; a++) {
                for (int b = 0; b < kw; b++, row++) {
                    int off = b * dw - pw;
                    int x0 = first(off, sw);
                    int x1 = end(off, sw, wd, ow);
                    for (int oy = 0; oy < oh; oy++) {
                        int iy = oy * sh - ph + a * dh;
                        if (iy < 0 || iy >= h) {
                            continue;
                        }
                        int src = plane + iy * wd + off;
                        for (int ox = x0, d = (oy * ow + x0) * kp + row; ox < x1; ox++, d += kp) {
                            rows[d] = x[src + ox * sw];
                        }
                    }
                }
            }
        }
    }

    /** @return this thread's scratch array number {@code which}, of at least {@code size} entries */
    private static double[] scratch(int which, int size) {
        double[][] all = SCRATCH.get();
        if (all[which].length < size) {
            all[which] = new double[size];
        }
        return all[which];
    }

    /**
     * im2col of one group of one sample: {@code col[(c·kh + a)·kw + b, oy·OW + ox] = x[c, oy·sh − ph + a·dh,
     * ox·sw − pw + b·dw]}, zero outside the image. Per kernel tap, the output columns whose input lies inside the
     * image are one range {@code [x0, x1)} ({@link #first}, {@link #end}): zeros around it, a copy (stride 1) or a
     * strided gather inside, no test per element.
     *
     * @param xo start of the group's first channel in {@code x}
     * @param col written, {@code k·positions} entries
     */
    private void unfold(double[] x, int xo, double[] col) {
        unfold(x, xo, col, 0);
    }

    /** As {@link #unfold(double[], int, double[])}, writing {@code col} from {@code co} on. */
    private void unfold(double[] x, int xo, double[] col, int co) {
        int h = input.height();
        int wd = input.width();
        int oh = output.height();
        int ow = output.width();
        int row = 0;
        for (int c = 0; c < cg; c++) {
            int plane = xo + c * h * wd;
            for (int a = 0; a < kh; a++) {
                for (int b = 0; b < kw; b++, row++) {
                    int dst = co + row * positions;
                    int off = b * dw - pw;
                    int x0 = first(off, sw);
                    int x1 = end(off, sw, wd, ow);
                    for (int oy = 0; oy < oh; oy++) {
                        int iy = oy * sh - ph + a * dh;
                        int o = dst + oy * ow;
                        if (iy < 0 || iy >= h || x0 >= x1) {
                            java.util.Arrays.fill(col, o, o + ow, 0);
                            continue;
                        }
                        if (x0 > 0) {
                            java.util.Arrays.fill(col, o, o + x0, 0);
                        }
                        if (x1 < ow) {
                            java.util.Arrays.fill(col, o + x1, o + ow, 0);
                        }
                        int src = plane + iy * wd + off;
                        if (sw == 1) {
                            System.arraycopy(x, src + x0, col, o + x0, x1 - x0);
                        } else {
                            for (int ox = x0; ox < x1; ox++) {
                                col[o + ox] = x[src + ox * sw];
                            }
                        }
                    }
                }
            }
        }
    }

    /** @return the first output column {@code ox ≥ 0} whose input column {@code ox·stride + off} is ≥ 0 */
    private static int first(int off, int stride) {
        return off >= 0 ? 0 : (-off + stride - 1) / stride;
    }

    /** @return one past the last output column {@code < ow} whose input column {@code ox·stride + off} is {@code < w} */
    private static int end(int off, int stride, int w, int ow) {
        if (off >= w) {
            return 0;
        }
        return Math.min(ow, (w - 1 - off) / stride + 1);
    }

    /**
     * col2im, the adjoint of {@link #unfold}: adds every entry of {@code col} to the input position it was read from.
     *
     * @param gx written at the group's channels of one sample
     */
    private void fold(double[] col, double[] gx, int xo) {
        int h = input.height();
        int wd = input.width();
        int oh = output.height();
        int ow = output.width();
        java.util.Arrays.fill(gx, xo, xo + cg * h * wd, 0);
        int row = 0;
        for (int c = 0; c < cg; c++) {
            int plane = xo + c * h * wd;
            for (int a = 0; a < kh; a++) {
                for (int b = 0; b < kw; b++, row++) {
                    int src = row * positions;
                    int off = b * dw - pw;
                    int x0 = first(off, sw);
                    int x1 = end(off, sw, wd, ow);
                    for (int oy = 0; oy < oh; oy++) {
                        int iy = oy * sh - ph + a * dh;
                        if (iy < 0 || iy >= h) {
                            continue;
                        }
                        int o = src + oy * ow;
                        int dst = plane + iy * wd + off;
                        if (sw == 1) {
                            for (int ox = x0; ox < x1; ox++) {
                                gx[dst + ox] += col[o + ox];
                            }
                        } else {
                            for (int ox = x0; ox < x1; ox++) {
                                gx[dst + ox * sw] += col[o + ox];
                            }
                        }
                    }
                }
            }
        }
    }
}
