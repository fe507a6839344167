package org.losslandscape.compute.thirdparty;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.ParameterBlock;
import org.losslandscape.compute.nn.Pass;
import org.losslandscape.compute.nn.Slot;

/**
 * A layer written as a third party would, through the engine's public API only: it multiplies the features in
 * pairs, {@code y_k = w_k·a·b + c_k} with {@code a = x_2k}, {@code b = x_2k+1} (so the width halves). It is bilinear
 * in the input and in (weight, input), so both R-operator halves have second-order terms.
 * <pre>
 * forward            y   = w·p + c                          p = a·b
 * backward           ga  = g·w·b     gb = g·w·a             gw += g·p       gc += g
 * forward tangent    Ry  = Vw·p + w·(Ra·b + a·Rb) + Vc
 * backward tangent   Rga = Rg·w·b + g·Vw·b + g·w·Rb          (Rgb alike)
 *                    hw += Rg·p + g·(Ra·b + a·Rb)           hc += Rg
 * </pre>
 */
final class PairProduct implements Layer {

    private final int pairs;
    private final boolean bias;
    private final double gain;

    PairProduct(int inputWidth, boolean bias, double gain) {
        this.pairs = inputWidth / 2;
        this.bias = bias;
        this.gain = gain;
    }

    @Override
    public String kind() {
        return "PairProduct";
    }

    @Override
    public String describe() {
        return "PairProduct " + 2 * pairs + " → " + pairs;
    }

    @Override
    public int inputWidth() {
        return 2 * pairs;
    }

    @Override
    public int outputWidth() {
        return pairs;
    }

    @Override
    public int parameterCount() {
        return bias ? 2 * pairs : pairs;
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        ParameterBlock w = new ParameterBlock("weight", 0, 1, pairs, ParameterBlock.Role.NORM_SCALE);
        return bias ? List.of(w, new ParameterBlock("bias", pairs, 1, pairs, ParameterBlock.Role.BIAS)) : List.of(w);
    }

    @Override
    public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        Arrays.fill(params, offset, offset + pairs, gain);
        if (bias) {
            Arrays.fill(params, offset + pairs, offset + 2 * pairs, 0);
        }
    }

    @Override
    public void forward(Pass p, Slot s) {
        double[] x = s.input();
        double[] y = s.output();
        double[] theta = p.parameters();
        int off = s.parameterOffset();
        for (int i = 0; i < p.rows(); i++) {
            for (int k = 0; k < pairs; k++) {
                double a = x[i * 2 * pairs + 2 * k];
                double b = x[i * 2 * pairs + 2 * k + 1];
                y[i * pairs + k] = theta[off + k] * a * b + (bias ? theta[off + pairs + k] : 0);
            }
        }
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        double[] x = s.input();
        double[] rx = s.inputTangent();
        double[] ry = s.outputTangent();
        double[] theta = p.parameters();
        double[] v = p.direction();
        int off = s.parameterOffset();
        for (int i = 0; i < p.rows(); i++) {
            for (int k = 0; k < pairs; k++) {
                int j = i * 2 * pairs + 2 * k;
                double a = x[j];
                double b = x[j + 1];
                double r = v[off + k] * a * b + (bias ? v[off + pairs + k] : 0);
                if (!s.inputConstant()) {
                    r += theta[off + k] * (rx[j] * b + a * rx[j + 1]);
                }
                ry[i * pairs + k] = r;
            }
        }
    }

    @Override
    public void backward(Pass p, Slot s) {
        double[] x = s.input();
        double[] g = s.outputGradient();
        double[] gx = s.inputGradient();
        double[] theta = p.parameters();
        double[] grad = p.gradient();
        int off = s.parameterOffset();
        for (int i = 0; i < p.rows(); i++) {
            for (int k = 0; k < pairs; k++) {
                int j = i * 2 * pairs + 2 * k;
                double gy = g[i * pairs + k];
                if (s.needsInputGradient()) {
                    gx[j] = gy * theta[off + k] * x[j + 1];
                    gx[j + 1] = gy * theta[off + k] * x[j];
                }
                if (grad != null) {
                    grad[off + k] += gy * x[j] * x[j + 1];
                    if (bias) {
                        grad[off + pairs + k] += gy;
                    }
                }
            }
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        double[] x = s.input();
        double[] rx = s.inputTangent();
        double[] g = s.outputGradient();
        double[] rg = s.outputGradientTangent();
        double[] rgx = s.inputGradientTangent();
        double[] theta = p.parameters();
        double[] v = p.direction();
        double[] hv = p.hessianVector();
        int off = s.parameterOffset();
        boolean constant = s.inputConstant();
        for (int i = 0; i < p.rows(); i++) {
            for (int k = 0; k < pairs; k++) {
                int j = i * 2 * pairs + 2 * k;
                double a = x[j];
                double b = x[j + 1];
                double ra = constant ? 0 : rx[j];
                double rb = constant ? 0 : rx[j + 1];
                double gy = g[i * pairs + k];
                double rgy = rg[i * pairs + k];
                double w = theta[off + k];
                if (s.needsInputGradient()) {
                    rgx[j] = rgy * w * b + gy * v[off + k] * b + gy * w * rb;
                    rgx[j + 1] = rgy * w * a + gy * v[off + k] * a + gy * w * ra;
                }
                hv[off + k] += rgy * a * b + gy * (ra * b + a * rb);
                if (bias) {
                    hv[off + pairs + k] += rgy;
                }
            }
        }
    }
}
