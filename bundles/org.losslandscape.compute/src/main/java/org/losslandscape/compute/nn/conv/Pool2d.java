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
 * Max or average pooling over windows of each channel, PyTorch's {@code nn.MaxPool2d} and {@code nn.AvgPool2d}
 * ({@code ceil_mode=False}; max pooling pads with −∞ and takes the first maximum of a window, average pooling pads
 * with zeros and divides by the whole window unless {@code countIncludePad} is false). No parameters.
 * <pre>
 * max      forward  y[o] = x[a(o)], a(o) the window's argmax     tangent  Ry[o] = Rx[a(o)]
 *          backward gx[a(o)] += gy[o]                             tangent  Rgx[a(o)] += Rgy[o]
 * average  forward  y[o] = Σ_window x / d(o)                      tangent  Ry likewise from Rx
 *          backward gx[window] += gy[o] / d(o)                    tangent  Rgx likewise from Rgy
 * </pre>
 * Both are piecewise linear in x, so the R-operator adds no second-order term (the argmax is held fixed, as the
 * derivative is almost everywhere). Samples run in parallel; each writes only its own rows.
 */
public final class Pool2d implements Layer {

    /** Which reduction a window takes. */
    public enum Mode {
        /** the window's maximum */
        MAX,
        /** the window's mean */
        AVERAGE
    }

    private static final int GRAIN = 8;

    private final Mode mode;
    private final ImageShape input;
    private final ImageShape output;
    private final int kernel;
    private final int stride;
    private final int padding;
    private final int dilation;
    private final boolean countIncludePad;

    /**
     * @param mode max or average
     * @param input the input's image shape
     * @param kernel window extent
     * @param stride step between windows
     * @param padding added on every side, at most half the kernel (as PyTorch requires)
     * @param dilation spacing of a max window's taps (1 for average pooling)
     * @param countIncludePad average pooling divides by the whole window, padding included (PyTorch's default)
     */
    public Pool2d(Mode mode, ImageShape input, int kernel, int stride, int padding, int dilation,
            boolean countIncludePad) {
        if (kernel < 1 || stride < 1 || dilation < 1 || padding < 0 || 2 * padding > kernel) {
            throw new IllegalArgumentException("pooling needs positive kernel, stride and dilation and a padding of "
                    + "at most half the kernel");
        }
        if (mode == Mode.AVERAGE && dilation != 1) {
            throw new IllegalArgumentException("average pooling has no dilation");
        }
        int oh = Conv2d.outputExtent(input.height(), kernel, stride, padding, dilation);
        int ow = Conv2d.outputExtent(input.width(), kernel, stride, padding, dilation);
        if (oh < 1 || ow < 1) {
            throw new IllegalArgumentException("the pooling window does not fit the input " + input);
        }
        this.mode = mode;
        this.input = input;
        this.output = new ImageShape(input.channels(), oh, ow);
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        this.dilation = dilation;
        this.countIncludePad = countIncludePad;
    }

    /** @return max or average */
    public Mode mode() {
        return mode;
    }

    @Override
    public String kind() {
        return mode == Mode.MAX ? "MaxPool2d" : "AvgPool2d";
    }

    @Override
    public String describe() {
        return kind() + " " + kernel + "×" + kernel + (stride != kernel ? ", stride " + stride : "")
                + (padding != 0 ? ", pad " + padding : "") + (dilation != 1 ? ", dilation " + dilation : "")
                + " → " + output;
    }

    @Override
    public ImageShape outputImage(ImageShape in) {
        return output;
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
        if (mode == Mode.MAX) {
            s.setCache(new int[maxBatch * outputWidth()]);
        }
        return s;
    }

    @Override
    public void forward(Pass p, Slot s) {
        if (mode == Mode.MAX) {
            maxForward(p.rows(), s.input(), s.output(), (int[]) s.cache());
        } else {
            average(p.rows(), s.input(), s.output());
        }
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        int n = p.rows();
        if (s.inputConstant()) {
            Arrays.fill(s.outputTangent(), 0, n * outputWidth(), 0);
        } else if (mode == Mode.MAX) {
            gather(n, s.inputTangent(), s.outputTangent(), (int[]) s.cache());
        } else {
            average(n, s.inputTangent(), s.outputTangent());
        }
    }

    @Override
    public void backward(Pass p, Slot s) {
        if (s.needsInputGradient()) {
            adjoint(p.rows(), s.outputGradient(), s.inputGradient(), (int[]) s.cache());
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        if (s.needsInputGradient()) {
            adjoint(p.rows(), s.outputGradientTangent(), s.inputGradientTangent(), (int[]) s.cache());
        }
    }

    private void adjoint(int n, double[] gy, double[] gx, int[] argmax) {
        if (mode == Mode.MAX) {
            scatter(n, gy, gx, argmax);
        } else {
            spread(n, gy, gx);
        }
    }

    /** Max pooling: writes y and the argmax of every window (index within the sample's row). */
    private void maxForward(int n, double[] x, double[] y, int[] argmax) {
        int inSize = inputWidth();
        int outSize = outputWidth();
        int h = input.height();
        int w = input.width();
        Parallel.forRange(n, GRAIN, (from, to) -> {
            for (int i = from; i < to; i++) {
                int xo = i * inSize;
                int o = i * outSize;
                for (int c = 0; c < output.channels(); c++) {
                    int plane = c * h * w;
                    for (int oy = 0; oy < output.height(); oy++) {
                        for (int ox = 0; ox < output.width(); ox++, o++) {
                            double best = Double.NEGATIVE_INFINITY;
                            int at = -1;
                            for (int a = 0; a < kernel; a++) {
                                int iy = oy * stride - padding + a * dilation;
                                if (iy < 0 || iy >= h) {
                                    continue;
                                }
                                for (int b = 0; b < kernel; b++) {
                                    int ix = ox * stride - padding + b * dilation;
                                    if (ix < 0 || ix >= w) {
                                        continue;
                                    }
                                    int q = plane + iy * w + ix;
                                    double v = x[xo + q];
                                    if (v > best || at < 0 || Double.isNaN(v)) {
                                        best = v;
                                        at = q;
                                    }
                                }
                            }
                            y[o] = best;
                            argmax[o] = at;
                        }
                    }
                }
            }
        });
    }

    /** {@code y[o] = x[argmax(o)]}. */
    private void gather(int n, double[] x, double[] y, int[] argmax) {
        int inSize = inputWidth();
        int outSize = outputWidth();
        Parallel.forRange(n, GRAIN, (from, to) -> {
            for (int i = from; i < to; i++) {
                for (int o = i * outSize, e = o + outSize; o < e; o++) {
                    y[o] = x[i * inSize + argmax[o]];
                }
            }
        });
    }

    /** {@code gx = 0; gx[argmax(o)] += gy[o]}. */
    private void scatter(int n, double[] gy, double[] gx, int[] argmax) {
        int inSize = inputWidth();
        int outSize = outputWidth();
        Parallel.forRange(n, GRAIN, (from, to) -> {
            Arrays.fill(gx, from * inSize, to * inSize, 0);
            for (int i = from; i < to; i++) {
                for (int o = i * outSize, e = o + outSize; o < e; o++) {
                    gx[i * inSize + argmax[o]] += gy[o];
                }
            }
        });
    }

    /** @return the divisor of the window at (oy, ox) */
    private int divisor(int oy, int ox) {
        if (countIncludePad) {
            return kernel * kernel;
        }
        int y0 = Math.max(0, oy * stride - padding);
        int y1 = Math.min(input.height(), oy * stride - padding + kernel);
        int x0 = Math.max(0, ox * stride - padding);
        int x1 = Math.min(input.width(), ox * stride - padding + kernel);
        return (y1 - y0) * (x1 - x0);
    }

    /** Average pooling: {@code y[o] = Σ_window x / d(o)}. */
    private void average(int n, double[] x, double[] y) {
        int inSize = inputWidth();
        int outSize = outputWidth();
        int h = input.height();
        int w = input.width();
        Parallel.forRange(n, GRAIN, (from, to) -> {
            for (int i = from; i < to; i++) {
                int xo = i * inSize;
                int o = i * outSize;
                for (int c = 0; c < output.channels(); c++) {
                    int plane = xo + c * h * w;
                    for (int oy = 0; oy < output.height(); oy++) {
                        int y0 = Math.max(0, oy * stride - padding);
                        int y1 = Math.min(h, oy * stride - padding + kernel);
                        for (int ox = 0; ox < output.width(); ox++, o++) {
                            int x0 = Math.max(0, ox * stride - padding);
                            int x1 = Math.min(w, ox * stride - padding + kernel);
                            double sum = 0;
                            for (int iy = y0; iy < y1; iy++) {
                                for (int ix = x0; ix < x1; ix++) {
                                    sum += x[plane + iy * w + ix];
                                }
                            }
                            y[o] = sum / divisor(oy, ox);
                        }
                    }
                }
            }
        });
    }

    /** The adjoint of {@link #average}: {@code gx = 0; gx[window] += gy[o] / d(o)}. */
    private void spread(int n, double[] gy, double[] gx) {
        int inSize = inputWidth();
        int outSize = outputWidth();
        int h = input.height();
        int w = input.width();
        Parallel.forRange(n, GRAIN, (from, to) -> {
            Arrays.fill(gx, from * inSize, to * inSize, 0);
            for (int i = from; i < to; i++) {
                int xo = i * inSize;
                int o = i * outSize;
                for (int c = 0; c < output.channels(); c++) {
                    int plane = xo + c * h * w;
                    for (int oy = 0; oy < output.height(); oy++) {
                        int y0 = Math.max(0, oy * stride - padding);
                        int y1 = Math.min(h, oy * stride - padding + kernel);
                        for (int ox = 0; ox < output.width(); ox++, o++) {
                            int x0 = Math.max(0, ox * stride - padding);
                            int x1 = Math.min(w, ox * stride - padding + kernel);
                            double share = gy[o] / divisor(oy, ox);
                            for (int iy = y0; iy < y1; iy++) {
                                for (int ix = x0; ix < x1; ix++) {
                                    gx[plane + iy * w + ix] += share;
                                }
                            }
                        }
                    }
                }
            }
        });
    }
}
