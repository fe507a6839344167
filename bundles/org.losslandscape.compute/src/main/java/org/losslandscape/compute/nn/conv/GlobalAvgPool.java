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
 * Global average pooling {@code [n, C, H, W] → [n, C, 1, 1]}: the mean of each channel, PyTorch's
 * {@code nn.AdaptiveAvgPool2d(1)} (a Dense layer after it sees C features, as after {@code flatten}). Linear, no
 * parameters:
 * <pre>
 * forward            y[c]  = mean_pos x[c, pos]        forward tangent   Ry = mean_pos Rx
 * backward           gx[c, pos] = gy[c] / (H·W)       backward tangent  Rgx = Rgy / (H·W)
 * </pre>
 */
public final class GlobalAvgPool implements Layer {

    private static final int GRAIN = 16;
    private final ImageShape input;

    /** @param input the input's image shape */
    public GlobalAvgPool(ImageShape input) {
        this.input = input;
    }

    @Override
    public String kind() {
        return "GlobalAvgPool";
    }

    @Override
    public String describe() {
        return "GlobalAvgPool " + input + " → [n, " + input.channels() + ", 1, 1]";
    }

    @Override
    public ImageShape outputImage(ImageShape in) {
        return new ImageShape(input.channels(), 1, 1);
    }

    @Override
    public int inputWidth() {
        return (int) input.size();
    }

    @Override
    public int outputWidth() {
        return input.channels();
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

    private void mean(int n, double[] x, double[] y) {
        int plane = input.plane();
        int rows = n * input.channels();
        Parallel.forRange(rows, GRAIN * input.channels(), (from, to) -> {
            for (int r = from; r < to; r++) {
                double sum = 0;
                for (int q = r * plane, e = q + plane; q < e; q++) {
                    sum += x[q];
                }
                y[r] = sum / plane;
            }
        });
    }

    private void spread(int n, double[] gy, double[] gx) {
        int plane = input.plane();
        int rows = n * input.channels();
        Parallel.forRange(rows, GRAIN * input.channels(), (from, to) -> {
            for (int r = from; r < to; r++) {
                Arrays.fill(gx, r * plane, (r + 1) * plane, gy[r] / plane);
            }
        });
    }

    @Override
    public void forward(Pass p, Slot s) {
        mean(p.rows(), s.input(), s.output());
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        if (s.inputConstant()) {
            Arrays.fill(s.outputTangent(), 0, p.rows() * input.channels(), 0);
        } else {
            mean(p.rows(), s.inputTangent(), s.outputTangent());
        }
    }

    @Override
    public void backward(Pass p, Slot s) {
        if (s.needsInputGradient()) {
            spread(p.rows(), s.outputGradient(), s.inputGradient());
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        if (s.needsInputGradient()) {
            spread(p.rows(), s.outputGradientTangent(), s.inputGradientTangent());
        }
    }
}
