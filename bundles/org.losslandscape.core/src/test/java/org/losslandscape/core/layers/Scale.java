package org.losslandscape.core.layers;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.ParameterBlock;
import org.losslandscape.compute.nn.Pass;
import org.losslandscape.compute.nn.Slot;

/**
 * A layer from outside the engine: a learnable scale per feature, {@code y = γ⊙x}.
 * <pre>
 * forward            y   = γ⊙x
 * backward           gx  = γ⊙gy                 gγ += Σ_rows gy⊙x
 * forward tangent    Ry  = Vγ⊙x + γ⊙Rx
 * backward tangent   Rgx = Vγ⊙gy + γ⊙Rgy        hγ += Σ_rows (Rgy⊙x + gy⊙Rx)
 * </pre>
 */
final class Scale implements Layer {

    private final int width;
    private final double initial;

    Scale(int width, double initial) {
        this.width = width;
        this.initial = initial;
    }

    @Override
    public String kind() {
        return "Scale";
    }

    @Override
    public String describe() {
        return "Scale " + width;
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
        return width;
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        return List.of(new ParameterBlock("weight", 0, 1, width, ParameterBlock.Role.NORM_SCALE));
    }

    @Override
    public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        Arrays.fill(params, offset, offset + width, initial);
    }

    @Override
    public void forward(Pass p, Slot s) {
        double[] x = s.input();
        double[] y = s.output();
        double[] gamma = p.parameters();
        int off = s.parameterOffset();
        for (int i = 0; i < p.rows() * width; i++) {
            y[i] = gamma[off + i % width] * x[i];
        }
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        double[] x = s.input();
        double[] rx = s.inputTangent();
        double[] ry = s.outputTangent();
        double[] gamma = p.parameters();
        double[] v = p.direction();
        int off = s.parameterOffset();
        for (int i = 0; i < p.rows() * width; i++) {
            ry[i] = v[off + i % width] * x[i] + (s.inputConstant() ? 0 : gamma[off + i % width] * rx[i]);
        }
    }

    @Override
    public void backward(Pass p, Slot s) {
        double[] x = s.input();
        double[] g = s.outputGradient();
        double[] gamma = p.parameters();
        int off = s.parameterOffset();
        for (int i = 0; i < p.rows() * width; i++) {
            if (s.needsInputGradient()) {
                s.inputGradient()[i] = gamma[off + i % width] * g[i];
            }
            if (p.gradient() != null) {
                p.gradient()[off + i % width] += g[i] * x[i];
            }
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        double[] x = s.input();
        double[] rx = s.inputTangent();
        double[] g = s.outputGradient();
        double[] rg = s.outputGradientTangent();
        double[] gamma = p.parameters();
        double[] v = p.direction();
        int off = s.parameterOffset();
        for (int i = 0; i < p.rows() * width; i++) {
            int j = off + i % width;
            if (s.needsInputGradient()) {
                s.inputGradientTangent()[i] = v[j] * g[i] + gamma[j] * rg[i];
            }
            p.hessianVector()[j] += rg[i] * x[i] + (s.inputConstant() ? 0 : g[i] * rx[i]);
        }
    }
}
