package org.losslandscape.compute.landscape;

import java.util.Arrays;
import java.util.List;

import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.linalg.Gemm;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.Network;

/**
 * A network's first {@link Dense} layer on the data at a plane's origin and along its axes, computed once: the
 * layer's pre-activations at plane point (a, b) are {@code z0 + a·zx + b·zy}, with this rounding order.
 */
final class FirstLayer {
    /** the layer's output width */
    final int width;
    /** the layer's parameter count; the rest of the network's parameters follow */
    final int parameters;
    /** {@code X·W₀ᵀ + b₀}, rows × width */
    final double[] z0;
    /** {@code X·Uᵀ + u_b} (the x axis's part of the layer) */
    final double[] zx;
    /** {@code X·Vᵀ + v_b}, or null for a line */
    final double[] zy;
    /** Whether a ReLU follows the layer, so that it can be applied while the products are mixed. */
    final boolean relu;
    /** the layers after the first (and after its ReLU, if {@link #relu}), with the network's loss */
    final Network tail;
    /** the buffers of {@link #tail} */
    final double[] tailBuffers;

    FirstLayer(Network network, Plane plane, double[] buffers, Dataset data, Dense first) {
        width = first.outputWidth();
        parameters = first.parameterCount();
        z0 = product(data, first, plane.origin());
        zx = product(data, first, plane.xAxis());
        zy = plane.isLine() ? null : product(data, first, plane.yAxis());
        List<Layer> layers = network.layers();
        relu = layers.size() > 2 && layers.get(1) instanceof Activation a
                && a.function() == Activation.Function.RELU;
        int skip = relu ? 2 : 1;
        tail = new Network(layers.subList(skip, layers.size()), network.loss());
        tailBuffers = Arrays.copyOfRange(buffers, first.bufferCount(), buffers.length);
    }

    /** @return {@code X·Wᵀ + b} with W, b taken from {@code source} at the layer's offset (0) */
    private double[] product(Dataset data, Dense d, double[] source) {
        int n = data.size();
        int in = d.inputWidth();
        double[] z = new double[n * width];
        Gemm.gemm(false, true, n, width, in, data.features(), 0, in, source, 0, in, z, 0, width, false);
        if (d.hasBias()) {
            int b = in * width;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < width; j++) {
                    z[i * width + j] += source[b + j];
                }
            }
        }
        return z;
    }
}
